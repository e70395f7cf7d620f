"""The hurt a subject names by their relation to someone in the story: "his daughter was
hospitalized in stable condition", "his brother and aunt were wounded by gunfire". Local news
names the family of a shooter or of a victim this way, with no numeral and no article: one
person each. Such a mention may be one a count of the hurt before it gave, so it counts only
in a report (and sentence) that counted no one hurt before; the dead counted before are
others. The dead named so ("her husband was killed in the blast") count alike, in a report
that counted no one dead before: "Four were killed. His son was killed, the farmer said" is
one of the four, unless the clause ties the death to the story's as one more ("his son was
also killed")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.later_deaths import nearly
from core.extract.list_members import POSSESSIVES
from core.extract.measures import lexicon
from core.extract.natural_deaths import DYING_VERBS
from core.extract.person_nouns import one_person_noun
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.measures import Reading

RELATION = "relation"
RELATION_RULES = (f"singular_victim:{RELATION}:", f"victim_list:{RELATION}:")
# "her uncle was also killed", "his son was killed too": the adverbs that make a death one
# of the story's
TIE_ADVERBS = frozenset({"also", "too"})
# words that make the noun no one person of the story's family ("his two sons", "his son's
# friend" is the friend's own noun, "all his children")
COUNTING_DEPS = frozenset({"det", "nummod", "quantmod", "predet"})
# the harms a relative named so is counted in (one held or taken is read by others)
RELATED_MEASURES = frozenset({"injured", "killed"})
# a witness's own kin in a quotation ("'My husband was killed in front of me,' she said"):
# the speaker's family, named as the story's in the same way
SPEAKERS_POSSESSIVES = frozenset({"my", "our"})
QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d", "''", "``"})

# a victim's family, whose death named by a possessive is one victim of the story
KIN = word_set("measures", "kin_victims")
# "was killed in 1971", "died in the 1990s": a year told of the death, a life's story
BACKSTORY = word_set("measures", "kin_backstory_words")
NATURAL = word_set("measures", "kin_natural_causes")
YEAR = re.compile(r"(?:1[89]|20)\d\ds?")
MONTHS = word_set("dates", "months")
DAY_REACH = 4  # "June 1, 2031": the words a year closing a day's date follows


def related_count(
    members: Sequence[Token], measure: str, verb: Token | None = None
) -> tuple[float, str, list[int]] | None:
    """One person hurt or dead for each member of a subject named by relation: the first by a
    possessive pronoun ("*his* daughter"), each after it by one too or sharing the first's
    ("her sister and mother"); None for anything else ("his family", "the girl and her
    mother", which other readers count). The dead so named count when they are kin, or when
    the clause of their death (``verb``) ties it to the story's shooting ("his friend was
    killed *in the same shooting*", "his boss was *also* killed")."""
    if measure not in RELATED_MEASURES or not members or not _related(members[0]):
        return None
    if verb is not None and nearly(verb):
        return None  # "her son was almost killed": no death
    if verb is not None and _speakers_kin(members[0]) and (
        _long_ago(_told_of_the_death(verb)) or _toll_after(verb, measure)
    ):
        # "'My son was injured in 2016,' she said": the speaker's past, hurt or dead; "'My
        # husband was killed,' said Amina. Gunmen killed 12 villagers": one of the toll after
        return None
    tied = measure == "killed" and verb is not None and _same_happening(verb)
    if measure == "killed" and not tied and (
        # "his friend died": a friend dead is news of the story's only when tied; "his father
        # was killed in the 1971 war": the kin's past, not the story
        not all(m.lemma_.lower() in KIN for m in members)
        or (verb is not None and kin_life(verb))
    ):
        return None
    if not all(_related(m) or _bare_person(m) for m in members[1:]):
        return None
    return float(len(members)), RELATION, []


def kin_life(verb: Token) -> bool:
    """A kin's death told as the kin's life: long ago (``_long_ago``), in a war told as past
    (``_in_a_past_war``) or of natural causes ("his father died of a heart attack", "her
    mother passed away after a long illness")."""
    told = _told_of_the_death(verb)
    return _long_ago(told) or _in_a_past_war(verb) or (
        verb.lemma_.lower() in DYING_VERBS
        and any(
            tok.lower_ in NATURAL and tok.dep_ in _CAUSE_DEPS and not _in_body(tok)
            for tok in told
        )
    )


_CAUSE_DEPS = frozenset({"pobj", "dobj", "compound", "amod", "advmod"})


def _in_a_past_war(verb: Token) -> bool:
    """ "'My father was killed in the war,' the refugee said", "my brother died during the
    civil war", "my husband had been killed": a kin's death set in a war (``conflict_nouns``)
    by a simple past or the past perfect, with no day of its own, is a memory of the speaker's
    life; "has been killed in this war" is the war's toll so far, "killed in the war last
    month" the news of its day, and a past perfect set in no war ("his wife had been killed
    when the bomb went off", "she learned her son had been killed") the story's death."""
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" and c.tag_ != "VBD"
           for c in verb.children):
        return False  # "has been killed in the war": its toll so far
    if any(t.ent_type_ in ("DATE", "TIME") for t in _told_of_the_death(verb)):
        return False  # "killed in the war last month", "on Tuesday": a day of the news
    wars = word_set("tallies", "conflict_nouns")
    return any(
        prep.dep_ == "prep" and prep.lower_ in _WITHIN
        and war.dep_ == "pobj" and war.lemma_.lower() in wars
        and not any(d.lower_ in _PRESENT for d in war.children)
        for prep in verb.children for war in prep.children
    )


_WITHIN = frozenset({"in", "during", "throughout"})
_PRESENT = frozenset({"this", "current", "ongoing", "latest"})  # "in this war": today's


def _told_of_the_death(verb: Token) -> list[Token]:
    """The words of the clause of a death but its subject's ("his 2-year-old stepdaughter
    died": an age, no time of the death)."""
    return [
        tok for child in verb.children if child.dep_ not in ("nsubj", "nsubjpass")
        for tok in child.subtree
    ]


def _in_body(tok: Token) -> bool:
    """ "shot in the heart": the word a place on the body, no cause of death."""
    prep = tok.head if tok.dep_ == "pobj" else tok.head.head
    return prep.dep_ == "prep" and prep.lower_ in ("in", "into", "through")


def _long_ago(told: list[Token]) -> bool:
    """The words of a kin's death (``_told_of_the_death``) set it in the past apart from the
    story's days: a year ("in 2015", "in the 1990s"), a stretch back ("a decade ago", "last
    year", "years earlier"), or a time of the speaker's life ("when he was six")."""
    for tok in told:
        if tok.ent_type_ == "DATE" and not _an_age(tok) and (
            (tok.lower_ in BACKSTORY and not any(c.lower_ == "this" for c in tok.children))
            or (YEAR.fullmatch(tok.text) and not _closes_a_day(tok))
        ):
            return True  # not "earlier this year", nor the year of "on June 1, 2031"
        if tok.dep_ == "advcl" and tok.lemma_ == "be" and any(
            m.dep_ == "advmod" and m.lower_ == "when" for m in tok.children
        ):
            return True  # "when he was six", "when she was a girl"
    return False


def _closes_a_day(year: Token) -> bool:
    """ "on June 1, 2031": the year closing a day's date, the story's day, no past."""
    before = year.doc[max(year.i - DAY_REACH, 0) : year.i]
    return any(b.lower_.rstrip(".") in MONTHS for b in before) and any(
        b.text.isdigit() and len(b.text) <= 2 for b in before
    )


def _an_age(tok: Token) -> bool:
    """ "after the 3-year-old was hit", "a boy, 10 years old": a year of an age."""
    after = tok.doc[tok.i + 1 : tok.i + 3]
    return any(w.lower_ == "old" for w in after)


def _same_happening(verb: Token) -> bool:
    """ "was killed in the same shooting", "was also killed": the death is the story's."""
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj")]
    for v in verbs:
        for c in v.children:
            if c.dep_ == "advmod" and c.lower_ in TIE_ADVERBS:
                return True
            if c.dep_ == "prep" and c.lower_ == "in" and any(
                o.dep_ == "pobj" and any(a.lower_ == "same" for a in o.children)
                and lexicon().nouns.get(o.lower_) == "attacks"  # "the same shooting"
                for o in c.children
            ):
                return True
    return False


def _person(noun: Token) -> bool:
    """A person noun, a parent too ("her sister and *mom*")."""
    return one_person_noun(noun)


def _related(noun: Token) -> bool:
    """ "his daughter": a singular person noun whose only determiner is a possessive
    pronoun."""
    if not _person(noun) or any(c.dep_ in COUNTING_DEPS for c in noun.children):
        return False
    poss = [c for c in noun.children if c.dep_ == "poss"]
    return len(poss) == 1 and (
        poss[0].lower_ in POSSESSIVES
        or (poss[0].lower_ in SPEAKERS_POSSESSIVES and _quoted(noun))
    )


def kin_member(noun: Token) -> bool:
    """ "*his wife* and two daughters", "my two brothers and *my father*": one of the family
    named by a possessive, no numeral or article of its own (the speaker's own in a quote)."""
    return noun.lemma_.lower() in KIN and _related(noun)


def _quoted(tok: Token) -> bool:
    """Inside the quotation marks of its sentence: an odd number of them before it ("'My
    husband was killed,' she said"), the speaker's own words."""
    before = tok.doc[tok.sent.start : tok.i]
    return sum(t.text in QUOTE_MARKS for t in before) % 2 == 1


def _speakers_kin(noun: Token) -> bool:
    """ "'My husband was killed,' she said": a kin named by the speaker's own possessive."""
    return any(c.dep_ == "poss" and c.lower_ in SPEAKERS_POSSESSIVES for c in noun.children)


def _toll_after(verb: Token, measure: str) -> bool:
    """A figure of the same harm in a sentence after the quotation ("Gunmen killed 12
    villagers", "the blast left nine people dead"): the report's toll, the speaker's kin
    among it, as among a toll told before; not one its sentence sets in the past ("In 2019,
    five people were killed in a similar attack")."""
    lex = lexicon()
    for tok in verb.doc[verb.sent.end :]:
        if not tok.like_num or tok.pos_ != "NUM" or YEAR.fullmatch(tok.text):
            continue
        if _long_ago([t for t in tok.sent if t.i != tok.i]):
            continue
        heads = [tok.head, tok.head.head, *tok.head.children]
        if any(
            (h.pos_ in ("VERB", "AUX") and lex.verbs.get(h.lemma_.lower()) == measure)
            or lex.nouns.get(h.lower_) == measure
            for h in heads
        ):
            return True
    return False


def _bare_person(noun: Token) -> bool:
    """ "mother" in "her sister and mother": a person noun with no determiner of its own."""
    return _person(noun) and not any(
        c.dep_ in (*COUNTING_DEPS, "poss") for c in noun.children
    )


def restated_relation(reading: Reading, *, hurt: bool, dead: bool) -> bool:
    """Whether a victim named by relation (``reading``) may be one a count before gave, of
    the hurt (``hurt``: in the report or the sentence) or of the dead (``dead``); the dead
    counted before are others to the hurt ("Ava was killed while her sister was hurt"), and
    a death the clause ties to the story's ("his father was killed *in the same shooting*",
    "her uncle was *also* killed") is one more."""
    if not (reading.rule.startswith(RELATION_RULES) or speakers_object(reading.noun)):
        return False
    if reading.measure != "killed":
        return hurt
    return dead and (reading.anchor is None or not _same_happening(reading.anchor))


def speakers_object(noun: Token | None) -> bool:
    """ "'They killed *my son*,' she said": the speaker's own kin as the object of the deed,
    who, as "my son was killed" is, may be one a count before gave (the report's victim, his
    mother speaking); "the gunman killed *his wife*" names someone else."""
    return noun is not None and noun.dep_ == "dobj" and _speakers_kin(noun)
