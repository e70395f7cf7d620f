"""Parts a count of the hit or of attacks is split into by their outcome: "two men were shot,
one critically" (a part of the hurt: hurt), "three shootings, one fatal and two non-fatal"
(each deadly attack counts its dead, each other one its hurt). The parser hangs the part
anywhere (an apposition, a conjunct, a loose "dep"), so the part is read from its words: a
bare number right before its outcome word, after a count of the harm in its sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.extract.shooting import FATAL_DEEDS, fatal_part
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

NEGATION = "non"  # "non-fatal" as the tokenizer cuts it ("non", "-", "fatal")
HYPHENS = frozenset({"-", "–"})
SKIPPED = frozenset({"of", "them", "those"})  # "two of them fatal"
ENDS = frozenset({",", ";", "—", "–", "--", "-", "and", ".", ")", "("})
HURT_VERBS = frozenset({"shoot", "stab"})  # a hit verb the lexicon may count as either harm
SEVERE_RULE = "part:severe"
OUTCOME_RULE = "part:outcome"
# parts a victim named later is no restatement of: the part's victim may be told in full later
# ("two shootings, one fatal ... Jo Roe, 4, died"), as the report's own first telling
TOLD_PART_RULES = (SEVERE_RULE, OUTCOME_RULE)


def told_part(num: Token) -> bool:
    """The figure is a part its sentence tells by outcome: "two were shot, one fatally / one
    critically", "three shootings, one fatal"."""
    return fatal_part(num) or outcome_part(num) is not None


def part_reading(num: Token) -> Reading | None:
    """The reading of a part told by outcome (``told_part``)."""
    if fatal_part(num):
        return Reading(measure="killed", anchor=num.head, rule="part:fatally")
    return outcome_part(num)


def outcome_part(num: Token) -> Reading | None:
    """The part's reading when the figure is a part of the hurt told by its severity or a part
    of the attacks told by their outcome; None otherwise."""
    if not num.like_num or num.i == num.sent.start:
        return None
    words = _words_after(num)
    # a number on a noun is no part, unless that noun is the outcome word ("- one fatal, one
    # non-fatal": "fatal" parsed as the noun "one" counts)
    if not words or (num.dep_ in ("nummod", "quantmod") and num.head.i != words[0].i):
        return None
    # "12 of them critically" is a subset the partitive readers link to its whole
    of_them = num.i + 1 < num.sent.end and num.doc[num.i + 1].lower_ == "of"
    hurt = _hurt_before(num) if _severe(words[0]) and not of_them else None
    if hurt is not None:
        return Reading(measure="injured", noun=_part_of(num, hurt), anchor=words[0],
                       rule=SEVERE_RULE, total_of=_whole(hurt))
    measure, last = _outcome(words)
    if measure is None or last is None or not _ended(last) or not _attacks_before(num):
        return None
    return Reading(measure=measure, anchor=last, rule=f"{OUTCOME_RULE}:{measure}")


def _words_after(num: Token) -> list[Token]:
    """The words after the figure, past an "of them"."""
    doc, i = num.doc, num.i + 1
    while i < num.sent.end and doc[i].lower_ in SKIPPED:
        i += 1
    return list(doc[i : min(i + 3, num.sent.end)])


def _severe(word: Token) -> bool:
    """ "one critically", "two seriously": the degree of a wound, said of the part."""
    return word.pos_ == "ADV" and word.lower_ in word_set("measures", "severity_adverbs")


def _outcome(words: list[Token]) -> tuple[Measure | None, Token | None]:
    """ "fatal" / "deadly" (the dead), "non-fatal" / "nonfatal" (the hurt) and the last word."""
    first = words[0].lower_
    if first in FATAL_DEEDS:
        return "killed", words[0]
    if first in ("nonfatal", "non-fatal"):
        return "injured", words[0]
    if (
        first == NEGATION and len(words) == 3
        and words[1].text in HYPHENS and words[2].lower_ in FATAL_DEEDS
    ):
        return "injured", words[2]
    return None, None


def _ended(last: Token) -> bool:
    """The outcome word closes the part ("one fatal, ..."; not "one fatal shooting")."""
    nxt = last.i + 1
    return nxt >= last.sent.end or last.doc[nxt].text in ENDS


def _hurt_before(num: Token) -> Token | None:
    """The verb of wounding before the part in its sentence ("five others injured, one
    critically")."""
    verbs = lexicon().verbs
    return next((
        t for t in num.doc[num.sent.start : num.i]
        if t.tag_ in ("VBN", "VBD")
        and (verbs.get(t.lemma_.lower()) == "injured" or t.lemma_.lower() in HURT_VERBS)
    ), None)


def _part_of(num: Token, hurt: Token) -> Token | None:
    """Who the part is taken from: the group after its "of" ("two of them critically"), or
    the hurt verb's people ("seven guards were hurt, three seriously")."""
    after = num.doc[num.i + 1 : num.i + 3]
    if len(after) == 2 and after[0].lower_ == "of":
        return after[1]
    return next((c for c in hurt.children
                 if c.dep_ in ("nsubj", "nsubjpass", "dobj") and not c.like_num), None)


def _whole(hurt: Token) -> Token | None:
    """The count the part is taken from, so that the part is filed under it and never set
    against it: "*five* others injured, one critically", "*seven* guards were hurt"."""
    people = next((c for c in hurt.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
    if people is None and hurt.dep_ == "acl":  # "five others injured": the verb hangs on them
        people = hurt.head
    if people is None or people.like_num:
        return people
    return next((c for c in people.children if c.dep_ == "nummod" and c.like_num), None)


def _attacks_before(num: Token) -> bool:
    """A counted noun of attacks before the part in its sentence ("two shootings")."""
    lex = lexicon()
    for tok in num.doc[num.sent.start : num.i]:
        if not any(c.dep_ == "nummod" for c in tok.children):
            continue
        lemma = tok.lemma_.lower()
        measure = lex.nouns.get(lemma) or lex.nouns.get(tok.lower_) or next(
            (lex.modified_nouns[(c.lower_, lemma)] for c in tok.children
             if (c.lower_, lemma) in lex.modified_nouns), None)
        if measure == "attacks":
            return True
    return False
