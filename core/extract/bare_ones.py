"""Whether a bare "one" (or a duration) counts nothing: "one of the worst raids" (a rank),
"one of them was critical" (a part of those counted, in care), "one of the dead was a
teenager" (described) against "killing one" or "one of them succumbed" (a count of its own);
"20 years" counts nothing checkable. Asked by ``figures.not_a_figure`` of every number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.care import condition_of, in_condition, stated_condition
from core.extract.custody_counts import held_in_custody
from core.extract.losses import bereavement
from core.extract.measures import CASUALTY_MEASURES, lexicon, people_noun
from core.extract.missing_captives import said_missing
from core.extract.numbered_groups import group_part_words
from core.extract.outcome_parts import told_part
from core.extract.participants import governing_measure
from core.extract.partitives import gapped_part, harmed_part, of_group, parallel_part
from core.extract.ranking_spans import ranked_one
from core.extract.run_dates import count_before_a_date
from core.extract.tolls import toll
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.text.numbers import Amount

PERSON_MEASURES = frozenset({"killed", "injured", "arrested", "kidnapped"})
# what one of a group counted dead may have suffered before dying, no harm of its own
_HARMS_OF_THE_DEAD = frozenset({"injured", "kidnapped"})


def counts_nothing(num: Token, amount: Amount) -> bool:
    """ "one of the ...", "the one", a bare "one" that counts nothing (the "one" that ends
    "fifty-one" is a count); durations are not counts of anything checkable here ("20 years",
    "five months")."""
    if ranked_one(num):
        return True  # "one of the worst raids in a decade": a rank, no count
    if told_part(num) or gapped_part(num) is not None or parallel_part(num):
        # "two people were shot, one fatally": the one dead; "two of the dead were guards
        # and one a cook": one more of the dead
        return False
    if num.lower_ == "one" and num.dep_ == "pobj" and toll(num) is not None:
        return False  # "taking the death toll to one": a toll of one
    if num.lower_ == "one" and _of_pronoun(num) and (
        in_condition(num) or condition_of(num) is not None
    ):
        # "six remain in hospital, one of them in a critical condition", "the condition of
        # one of them is stated to be critical"
        return False
    if num.lower_ == "one" and held_in_custody(num) is not None:
        return False  # "we have one in custody"
    if num.lower_ == "one" and num.dep_ == "nsubj" and said_missing(num):
        return False  # "eight labourers freed, one still missing": a captive in a kidnapping
    if num.lower_ in ("one", "a", "an") and num.dep_ != "nummod" and amount.value == 1:
        # "shooting three people, killing one": a harm predicate makes "one" a count
        return (
            num.lower_ != "one"
            # "lent money to Omar and one of his cousins"; not a headline's "...; one killed"
            or (num.dep_ in ("conj", "pobj") and not _harmed_one(num))
            # "two were wounded and one of them is critical", "three, one of them a
            # woman, were killed": counted; "one of them succumbed" is a death of its own
            # "one of them is said to be critical" is a part of those hurt, in care
            or (_of_pronoun(num) and not _dies(num) and not _in_care(num) and not _hurt(num))
            # "one of the injured workers was released": one of a harmed group; "we lost one
            # of our soldiers": one of the kin or comrades lost
            # "one of the victims was pregnant", "one of the dead was a teenager": described,
            # as "one of them" is
            or (
                governing_measure(num) not in PERSON_MEASURES
                and (
                    getattr(harmed_part(num), "measure", None) is None
                    or _described(num)
                    or _identified(num)  # "one of the dead was identified as <Name>"
                )
                and bereavement(num, of_group(num)) is None
            )
        )
    noun = num.head if num.dep_ in ("nummod", "quantmod") else None
    return (
        noun is not None
        and noun.lemma_.lower() in lexicon().duration_nouns
        and not count_before_a_date(num, noun)  # "stood at 1,204 last year"
    )


def _dies(num: Token) -> bool:
    """The subject of its own death ("one of them succumbed", "one of the injured died"), or
    the object of a harm to a person ("the kidnappers killed one of them", "police cornered
    five suspects and arrested one of them"): a harm told of its own, as "killed two of
    them" is, unless those counted before already had it ("Two hostages were killed. The
    kidnappers beheaded one of them") or were counted dead: a wound or an abduction of one
    of the dead tells how they died ("Four people were killed. The gunman wounded one of
    them"); the dead are never arrested, so "them" are others there ("Gunmen killed two
    guards. Police later arrested one of them")."""
    measure = governing_measure(num)
    if measure not in PERSON_MEASURES:
        return False
    if num.dep_ in ("nsubj", "nsubjpass"):
        return measure == "killed"
    group = _group_before(num)
    before = None if group is None else governing_measure(group)
    if before == "killed" and measure in _HARMS_OF_THE_DEAD:
        return False
    if measure != "killed" and group is not None and not _people(group, before):
        return False  # "intercepted three boats and detained one of them": a thing
    return num.dep_ == "dobj" and before != measure


def _people(group: Token, measure: str | None) -> bool:
    """A group counted before that is people ("four militants", "five hostages", "four"), or
    counted as harmed people ("arrested four smugglers"), not things or animals ("three
    boats", "two calves")."""
    if measure in PERSON_MEASURES or people_noun(group):
        return True
    lemma = group.lemma_.lower()
    lex = lexicon()
    held = word_set("measures", "held_people")
    return lemma in lex.victim_nouns or lemma in lex.abductor_nouns or lemma in held


def _group_before(num: Token) -> Token | None:
    """The group "them" points back to: the last counted noun (or bare numeral) before the
    figure, in its sentence or the one before ("Two hostages were killed. The kidnappers
    beheaded one of them": one of the dead, no death of its own; "Bandits seized 8 herders
    and killed one of them": a death)."""
    doc = num.doc
    start = num.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    durations = lexicon().duration_nouns
    for tok in reversed(doc[start : num.i]):
        if not tok.like_num or tok.pos_ != "NUM":
            continue
        group = tok.head if tok.dep_ == "nummod" else tok
        if group is tok and tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue  # a year, a date, a sum
        if group is not tok and (group.pos_ != "NOUN" or group.lemma_.lower() in durations):
            continue  # "12 March", "three days"
        return group
    return None


def _hurt(num: Token) -> bool:
    """The subject of a hurt of its own ("treated seven people, one of them hurt in a fall"):
    "shot" may say how the dead died."""
    return (
        num.dep_ in ("nsubj", "nsubjpass")
        and (num.head.lemma_.lower() != "shoot" or _shot_of_others(num))
        and governing_measure(num) == "injured"
    )


def _shot_of_others(num: Token) -> bool:
    """ "Police intercepted four gunmen. One of them was shot": one of people counted before
    by no harm (cornered, chased, intercepted) was hurt, as "police shot one of them" reads;
    of people counted dead or hurt before, "shot" tells how ("Three were killed. One of them
    was shot in the head")."""
    group = _group_before(num)
    if group is None:
        return False
    before = governing_measure(group)
    # of a harm already had, "shot" tells how
    return before not in CASUALTY_MEASURES and _people(group, before)


def _harmed_one(num: Token) -> bool:
    """ "Inmates escape from jail; one killed in firing": the parser may join a headline's
    second clause to the first, its harm participle hung on "one"; "four were killed and one
    more injured": a gapped clause's, after a word of more."""
    verbs = lexicon().verbs
    after = num.i + 1
    if after < len(num.doc) and num.doc[after].lower_ in group_part_words():
        after += 1
    return num.dep_ == "conj" and any(
        c.dep_ in ("acl", "amod") and c.tag_ == "VBN" and c.i == after
        and c.lemma_.lower() in verbs
        for c in num.children
    )


def _described(num: Token) -> bool:
    """ "one of the dead was a teenager": the subject of a copula naming who they were; "my
    neighbour's son was one of the dead": its complement, the person named its subject."""
    head = num.head
    if head.lemma_.lower() != "be" or num.dep_ not in ("nsubj", "attr"):
        return False
    other = "attr" if num.dep_ == "nsubj" else "nsubj"
    return any(c.dep_ == other and c.pos_ in ("NOUN", "PROPN") for c in head.children)


def _identified(num: Token) -> bool:
    """ "one of the deceased was identified as <Name>, 32", "has been named as <Name>": the
    subject of a naming verb whose "as" names a person, who the toll counted already."""
    head = num.head
    return (
        num.dep_ == "nsubjpass"
        and head.lemma_.lower() in lexicon().naming_verbs
        and any(
            p.dep_ == "prep" and p.lower_ == "as"
            and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
            for p in head.children
        )
    )


def _in_care(num: Token) -> bool:
    """The subject of a patient's condition ("one of them is in critical condition", "one of
    whom was said to be critical")."""
    head = num.head
    return num.dep_ in ("nsubj", "nsubjpass") and (in_condition(head) or stated_condition(head))


def _of_pronoun(num: Token) -> bool:
    """ "one of them": a part of a group the text counted already."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.pos_ == "PRON" for o in c.children)
        for c in num.children
    )
