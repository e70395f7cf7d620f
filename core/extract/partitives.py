"""A part of a group the text names by its harm: "one of the wounded men was released", "five
of those killed were officers". The part shares the harm when its own clause says nothing of
what befell it; what its clause says comes first ("two of the wounded died" is read by the
predicate)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from spacy.attrs import LIKE_NUM

from core.extract.cues import cues
from core.extract.either_harms import either_harm
from core.extract.measures import VICTIMS_RULE, Reading, counts_things, lexicon
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

HARMS = frozenset({"killed", "injured"})  # a harm that stays with the people it befell
GROUP_WORDS = frozenset({"those", "people", "persons"})  # "five of those killed"
ANAPHORS = frozenset({"them", "these", "those"})  # "three of them", "among them"
SUBJECT_ANAPHORS = frozenset({"they", "these", "those"})  # "they included three women"
INCLUDE = "include"
COPULA = "be"  # "four of those held were foreigners": the part described, no new deed
HOLDING_VERBS = frozenset({"hold"})  # "those held": in custody (as "arrested" verbs)
CUSTODY_NOUNS = frozenset({"custody", "detention"})  # "the suspects in custody"
COPULAS = frozenset({"be", "include"})
_PARTITIVE_DETERMINERS = frozenset({"the", "those", "these"})


def of_group(num: Token) -> Token | None:
    """The group after the figure's "of" ("one of the wounded men": "men"), or a fronted
    "Of the dead, five were children" on the verb the figure is the subject of."""
    for prep in num.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return of_object(prep)
    if num.dep_ in ("nsubj", "nsubjpass"):
        for prep in num.head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of" and prep.i < num.i:
                return of_object(prep)
    return None


def counts_a_part(sent: Span) -> bool:
    """A figure of the sentence counts a part of people counted before ("Nine of them were
    killed in X camp", "two of those killed", "one of the victims"): where it puts them is the
    part's place, not the scene of the whole."""
    doc = sent.doc
    # the numerals told on the ids, read here: a Token only for them
    numerals = doc.to_array(LIKE_NUM)[sent.start : sent.end].tolist()
    for tok in (doc[sent.start + n] for n, num in enumerate(numerals) if num):
        group = of_group(tok)
        if group is not None and (
            group.pos_ == "PRON" or group_harm(group) is not None or victims(group)
        ):
            return True
    return False


def of_object(prep: Token) -> Token | None:
    """The object of an "of"; with a curly "’s" the parser may hang the owner beside the
    owned noun ("three of this year’s murders": "year" and "murders" both objects): the
    owned noun is the group."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    owned = [o for o in objs if not any(c.dep_ == "case" and c.tag_ == "POS" for c in o.children)]
    return owned[0] if owned else (objs[0] if objs else None)


def group_harm(group: Token) -> Measure | None:
    """The harm that names the group: its own word ("the wounded", "the dead"), a harm word on
    it ("the injured workers", "the slain officers"), or a participle after "those" ("those
    killed")."""
    lex = lexicon()
    own = lex.nouns.get(group.lower_)
    if own in HARMS and group.pos_ in ("ADJ", "NOUN", "VERB"):
        return own
    for child in group.children:
        # "the slain personnel": the tagger may take the participle for a noun compound
        modifier = child.dep_ in ("amod", "compound") and child.i < group.i
        if modifier and lex.nouns.get(child.lower_) in HARMS:
            return lex.nouns[child.lower_]
        # a compound the lexicon knows as a noun is one ("assault counts", "murder cases")
        misread = child.dep_ == "compound" and child.lower_ not in lex.nouns
        if modifier and (child.tag_ in ("VBN", "JJ") or misread):
            # "two of the slain officers", "one of the killed guards": a harm participle
            done = lex.verbs.get(child.lemma_.lower()) or lex.verbs.get(child.lower_)
            if done in HARMS:
                return done
        if (
            (group.lower_ in GROUP_WORDS or _participle_names(group, child))
            and child.dep_ in ("acl", "relcl")
            and (child.tag_ == "VBN" or befell(child))
            and lex.verbs.get(child.lemma_.lower()) in HARMS
        ):
            # "40 of the 85 killed and injured": a part of both, no part of the dead
            return "other" if either_harm(child) else lex.verbs[child.lemma_.lower()]
    return None


def _participle_names(group: Token, child: Token) -> bool:
    """ "21 of the guards killed were policemen": a participle right after a group the article
    names, with no object of its own (not "one of the men killed a guard"), says which of the
    group are meant: those it befell."""
    return (
        child.dep_ == "acl"
        and child.i == group.i + 1
        and any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in group.children)
        and not any(c.dep_ in ("dobj", "obj") for c in child.children)
    )


def befell(verb: Token) -> bool:
    """ "those who died", "those who drowned": a relative clause whose verb tells, of its
    subject, what befell it (an intransitive harm verb, not "those who killed")."""
    return verb.dep_ == "relcl" and verb.lemma_.lower() in lexicon().intransitive


def harmed_part(num: Token) -> Reading | None:
    """ "five of those killed were officers", "one of the injured workers was released": the
    part is counted in the group's harm."""
    group = of_group(num)
    if (
        group is not None
        and group.lower_ in ANAPHORS
        and group_harm(group) is None
        and not _in_custody(group)
    ):
        group = group_before(num)  # "the wounded were taken ..., where three of them ..."
    if group is None:
        return None
    if num.dep_ == "nsubj" and num.head.lemma_.lower() in cues().attributing:
        return None  # "one of the injured told reporters": a speaker, no count
    measure = group_harm(group)
    if measure is None and victims(group):
        # "three of the victims were women": the dead or the hurt counted before
        # (``hurt_parts.with_victims``)
        return Reading(measure=None, noun=group, anchor=group, rule=VICTIMS_RULE)
    if measure is None:
        return _held_part(num, group)
    return Reading(measure=measure, noun=group, anchor=group, rule=f"part_of:{group.lower_}")


def _held_part(num: Token, group: Token) -> Reading | None:
    """ "Four of those held were foreigners", "two of the detained men are Afghans", "three of
    the suspects in custody are students": a part of the people held that the sentence only
    describes (a copula), or says is still held ("of those arrested, nine were booked on
    theft charges": ``kept_held``), is counted arrested; "four of those held were released"
    is not (an arrest can end)."""
    described = num.dep_ == "nsubj" and num.head.lemma_.lower() == COPULA
    if not (described or kept_held(num)) or not _in_custody(group):
        return None
    return Reading(measure="arrested", noun=group, anchor=group, rule=f"part_of:{group.lower_}")


@functools.cache
def _kept_verbs() -> frozenset[str]:
    rules = load_rules("measures")
    return frozenset(rules["kept_verbs"]) | frozenset(rules["describing_verbs"])


def kept_held(num: Token) -> bool:
    """ "nine were booked on theft charges", "three were charged": the part's own verb says
    the people are still held (measures.json's "kept_verbs"), or only describes them ("five
    were students", "four were carrying bounties": its "describing_verbs"), not negated."""
    verb = num.head
    return (
        num.dep_ in ("nsubj", "nsubjpass")
        and verb.lemma_.lower() in _kept_verbs()
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _in_custody(group: Token) -> bool:
    """The group is named as people held: "the detainees", "the arrested men", "those held",
    "the suspects in custody"."""
    lex = lexicon()
    own = lex.nouns.get(group.lemma_.lower())
    if own is not None:
        return own == "arrested" and group.tag_ == "NNS"  # "the detainees", not "hostages"
    for child in group.children:
        # "detained" read as an adjective keeps its own form as its lemma
        forms = (child.lemma_.lower(), child.lower_[:-1], child.lower_[:-2])
        held = any(lex.verbs.get(f) == "arrested" or f in HOLDING_VERBS for f in forms) or (
            _phrasal(child) == "arrested"
        )
        if child.i < group.i and child.dep_ == "amod" and child.tag_ in ("VBN", "JJ") and held:
            return True  # "the detained men"
        if group.lower_ in GROUP_WORDS and child.dep_ in ("acl", "relcl") and held:
            return True  # "those held"
        if child.dep_ == "prep" and child.lower_ == "in" and any(
            o.lower_ in CUSTODY_NOUNS for o in child.children
        ):
            return True  # "the suspects in custody"
    return False


def _phrasal(verb: Token) -> Measure | None:
    """The measure of a verb with its particle ("those picked up"); "those picked up by
    ambulances" were collected, not held."""
    lex = lexicon()
    phrasal = lex.phrasal
    lemma = verb.lemma_.lower()
    if any(
        p.lower_ == "by" and any(o.lemma_.lower() in lex.care_agents for o in p.children)
        for p in verb.children
    ):
        return None
    return next(
        (phrasal[(lemma, c.lower_)] for c in verb.children
         if c.dep_ == "prt" and (lemma, c.lower_) in phrasal),
        None,
    )


def group_before(num: Token) -> Token | None:
    """ "Two traders were among the dead, while the wounded were taken to hospital, where
    the condition of three of them ...": the group named by its harm, with no figure, that
    the "them" of a part points back to: the last in the sentence before the part, with no
    figure between them."""
    for tok in reversed(num.doc[num.sent.start : num.i]):
        if tok.like_num:
            return None
        if (
            tok.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and group_harm(tok) is not None
            and any(c.dep_ == "det" and c.lower_ in _PARTITIVE_DETERMINERS for c in tok.children)
            and not any(c.like_num for c in tok.children)
        ):
            return tok
    return None


def victims(group: Token) -> bool:
    """ "the victims", "those victims": the people harmed the text named before."""
    return group.lemma_.lower() in lexicon().victim_groups and any(
        c.dep_ == "det" and c.lower_ in _PARTITIVE_DETERMINERS for c in group.children
    )


def remaining_harmed(num: Token) -> Reading | None:
    """ "the two remaining injured are being treated", "the three other wounded": people the
    text counted by their harm before, named again by the harm word the figure counts (a
    part of the whole before, or the same people again)."""
    head = num.head
    if (
        num.dep_ != "nummod"
        or head.i <= num.i
        or head.tag_ not in ("VBN", "JJ")
        or head.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr")
        or not any(c.dep_ == "det" and c.lower_ in _PARTITIVE_DETERMINERS for c in num.children)
        or not all(t.dep_ == "amod" and t.head.i == head.i for t in num.doc[num.i + 1 : head.i])
    ):
        return None
    measure = lexicon().nouns.get(head.lower_)
    if measure not in HARMS:
        return None
    return Reading(measure=measure, noun=head, anchor=head, rule=f"part_of:{head.lower_}")


def gapped_part(num: Token) -> Reading | None:
    """ "Two of those killed belonged to the border force and one to the district police",
    "two of the dead were guards and one a cook": a figure the parser joined to the verb of a
    part before it, the verb left out, is another part of the same group."""
    verb = num.head
    if num.dep_ == "conj" and verb.dep_ == "pobj" and verb.head.head.pos_ in ("VERB", "AUX"):
        # "two of the slain were from the army and one from the police": the parser joins
        # the figure to the object of the part's own "from"
        verb = verb.head.head
    if num.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX") or verb.i > num.i:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "cop", "aux") for c in num.children):
        return None  # a clause of its own
    subject = next(
        (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.like_num), None
    )
    part = harmed_part(subject) if subject is not None and subject.i < verb.i else None
    if part is None or part.measure is None:
        return None
    return Reading(measure=part.measure, noun=part.noun, anchor=part.anchor,
                   rule=f"gapped:{part.rule}")


def parallel_part(num: Token) -> bool:
    """ "two of them from the border unit and one from the district police": a figure joined to
    a part ("three of them"), described as the part is (its own "from ..."), is another part
    of the same whole."""
    head = num.head
    return (
        num.dep_ == "conj"
        and head.like_num
        and head.i < num.i
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
        and any(c.dep_ == "prep" for c in num.children)
    )


def definite_part(num: Token, noun: Token | None) -> Reading | None:
    """ "five of the dead were children": a part of a group the text named by its harm before
    (read as the harm's part, never as a count of its own the harm noun makes)."""
    if noun is None or noun.dep_ != "pobj" or noun.head.head.i != num.i:
        return None
    if not any(c.dep_ == "det" and c.lower_ in _PARTITIVE_DETERMINERS for c in noun.children):
        return None
    return harmed_part(num)


def part_of_before(num: Token) -> bool:
    """ "Three of them were women", "Of these, two were taken to hospital", "Among them were
    three children": a part of a group a pronoun points back to (in a sentence before); a
    counted noun joined to such a part ("among them four children and two women") is one too."""
    holder = _first_conjunct(num.head if num.dep_ == "nummod" else num)
    if holder.dep_ == "dobj" and holder.head.lemma_.lower() == INCLUDE:
        # "They included four children": the bare pronoun the including verb's subject is
        # (not "those taken to hospital included ...", a group of its own)
        subject = next((c for c in holder.head.children if c.dep_ == "nsubj"), None)
        return (
            subject is not None
            and subject.lower_ in SUBJECT_ANAPHORS
            and not any(True for _ in subject.children)
        )
    preps = [(p, True) for p in holder.children]
    if holder.dep_ in ("nsubj", "nsubjpass", "attr"):
        verb = holder.head
        copula = verb.lemma_.lower() in COPULAS
        # a fronted "Of these," belongs to the subject; "among them" only to a copula
        preps += [(p, (p.lower_ == "of" and p.i < holder.i) or copula) for p in verb.children]
    return any(
        fits
        and prep.dep_ == "prep"
        and prep.lower_ in ("of", "among")
        and any(c.dep_ == "pobj" and c.lower_ in ANAPHORS for c in prep.children)
        for prep, fits in preps
    )


def _first_conjunct(noun: Token) -> Token:
    """The first of the counted nouns ``noun`` is joined to ("four children and two women":
    "children"), or ``noun`` itself."""
    while (
        noun.dep_ == "conj"
        and noun.head.pos_ in ("NOUN", "PROPN")
        and noun.pos_ == "NOUN"
        and not counts_things(noun)  # "51 children, 40 goats and 12 cows": no part of them
    ):
        noun = noun.head
    return noun


def only_described(num: Token) -> bool:
    """A part its sentence only describes ("three of them were women", "among them were four
    children", "they included two teachers", "..., among them two teachers"), with no verb
    of its own that may end what befell the group ("three of them were freed")."""
    holder = num.head if num.dep_ == "nummod" else num
    if holder.dep_ in ("nsubj", "nsubjpass", "attr", "dobj"):
        return holder.head.lemma_.lower() in COPULAS  # "they included nine students"
    return holder.dep_ != "pobj" or holder.head.lower_ in ("of", "among")


PARTITIVE_REACH = 6  # words after a figure: "of the five CRPF jawans injured"
_CLAUSE_VERBS = frozenset({"were", "was", "are", "is", "have", "has", "had", "been"})
_WORD = re.compile(r"[\w'’]+")


@functools.cache
def _partitive_groups() -> frozenset[str]:
    return frozenset(load_rules("event_types")["partitive_groups"])


def of_the_counted(after: Sequence[str]) -> bool:
    """The words after a figure (lower case) take it out of casualties counted already: "of
    the injured", "of the five jawans injured"; not "of the 15 passengers were killed", whose
    verb makes the figure a count of its own. Read on the text, for the stages after the
    parse (conflicts, the report's scene)."""
    if len(after) < 3 or after[0] != "of" or after[1] not in _PARTITIVE_DETERMINERS:
        return False
    for word in after[2:PARTITIVE_REACH]:
        if word in _CLAUSE_VERBS:
            return False
        if word in _partitive_groups():
            return True
    return False


def words_after(text: str) -> list[str]:
    """The first words of ``text``, lower case, as ``of_the_counted`` reads them."""
    return [w.lower() for w in _WORD.findall(text[:200])][:PARTITIVE_REACH]


def part_of_plural(num: Token) -> bool:
    """ "Three of this year's murders": a part of a plural noun that is no time, though NER
    may take the figure into the date that owns the noun."""
    prep = next((c for c in num.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = of_object(prep) if prep is not None else None
    return (
        obj is not None
        and obj.tag_ == "NNS"
        and obj.ent_type_ not in ("DATE", "TIME")
        and obj.lemma_.lower() not in lexicon().duration_nouns
    )


def part_of_a_count(num: Token) -> Token | None:
    """ "Twelve of 64 shootings were gang-related": the parser may hang the part on the whole's
    number as a range ("twelve of 64"); the part counts the whole's noun."""
    doc = num.doc
    out = int(num.i + 1 < len(doc) and doc[num.i + 1].lower_ == "out")  # "five out of 20"
    if not num.like_num or num.dep_ != "quantmod" or num.i + 2 + out >= len(doc):
        return None
    of, whole = doc[num.i + 1 + out], doc[num.i + 2 + out]
    if of.lower_ == "of" and whole.like_num and num.head.i == whole.i and whole.dep_ == "nummod":
        return whole.head
    return None



def part_or_whole(
    num: Token, noun: Token | None, node: Token, read: Callable[[Token], Reading | None]
) -> Reading | None:
    """ "Nine of 40 riders were killed": the part takes the predicate of the whole's noun,
    and the whole (everyone the part was taken from) none; a harm the noun's own words tell
    ("four of 11 abducted workers") stays the whole's."""
    part = noun is not None and node.i == num.i and part_of_a_count(num) is not None
    whole = noun is not None and any(
        c.dep_ == "quantmod" and part_of_a_count(c) is not None for c in num.children
    )
    if noun is None or not (part or whole):
        return read(node)
    reading = read(noun if part else node)
    # the clause's predicate, over the noun; not a word of the noun's own phrase
    said = reading is not None and reading.anchor is not None and reading.anchor.is_ancestor(noun)
    if not said:
        return read(node) if part else reading
    return Reading(measure="other", anchor=num, rule="count:whole") if whole else reading
