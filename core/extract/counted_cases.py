"""Figures that count cases of a harm: "877 cases of unlawful detention", "64 instances of
abduction", "91 cases of murder" count the arrested, the taken, the dead, as the noun after
"of" names them. Cases of anything else ("cases of malaria", "40 cases of theft") count no
one here, nor do the cases of one person's record ("wanted in 12 cases of murder"). The nouns
of cases are ``case_nouns`` of ``core/rules/measures.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.killing_victims import deed_with
from core.extract.measures import Reading, lexicon
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.text.numbers import Amount

    Found = tuple[Amount, Token, Span, Reading]

HARMS = frozenset({"killed", "kidnapped", "arrested"})  # what a case of befalls one person
OF = "of"
THE = "the"  # "eight of the cases": the cases a count before told
RULE = "cases"
AGAINST = "against"  # "cases registered against him": a person's record


def counted_cases(readings: list[Found], before: Reading | None = None) -> list[Found]:
    """The readings, a figure of cases of a harm counted as that harm; "the cases" as the
    harm the sentence before counted by its noun (``before``: "Peru logged 27 kidnappings
    in June. Lima accounted for eight of the cases")."""
    return [(amount, num, span, _case_reading(reading, before) or reading)
            for amount, num, span, reading in readings]


def _case_reading(reading: Reading, before: Reading | None) -> Reading | None:
    noun = reading.noun
    if (
        reading.measure not in (None, "other") or noun is None
        or noun.lemma_.lower() not in word_set("measures", "case_nouns")
        or _a_persons_record(noun)
    ):
        return None
    if before is not None and before.measure in HARMS and _told_before(noun):
        return Reading(measure=before.measure, noun=noun, anchor=noun, rule=f"{RULE}:{THE}")
    measure = deed_with(noun)  # "Kidnappings rose in May, with 38 cases recorded"
    if measure in HARMS:
        return Reading(measure=measure, noun=noun, anchor=noun.head, rule=f"{RULE}:with")
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ != OF:
            continue
        for harm in prep.children:
            measure = lexicon().nouns.get(harm.lemma_.lower())
            if harm.dep_ == "pobj" and measure in HARMS and not _only_tried(harm):
                return Reading(measure=measure, noun=noun, anchor=harm,
                               rule=f"{RULE}:{harm.lemma_.lower()}")
    return _named_before(noun)


def _a_persons_record(noun: Token) -> bool:
    """ "a man wanted in 12 cases of murder", "faces 7 murder cases", "14 cases registered
    against him": the cases of one person's record, no harms counted."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    records = word_set("measures", "record_verbs")
    if noun.dep_ in ("pobj", "dobj") and verb.lemma_.lower() in records:
        return True
    return any(
        p.dep_ == "prep" and p.lower_ == AGAINST
        for c in noun.children if c.dep_ in ("acl", "relcl")
        for p in c.children
    )


def _named_before(noun: Token) -> Reading | None:
    """A harm named as a noun before the noun of cases ("140 kidnapping cases", "35 murder
    cases"): the cases of that harm; "dengue cases" name none."""
    for harm in noun.children:
        if harm.dep_ != "compound" or harm.i > noun.i:
            continue
        measure = lexicon().nouns.get(harm.lemma_.lower())
        if measure in HARMS and not _only_tried(harm):
            return Reading(measure=measure, noun=noun, anchor=harm,
                           rule=f"{RULE}:{harm.lemma_.lower()}")
    return None


def _only_tried(harm: Token) -> bool:
    """ "cases of attempted murder": the harm was tried, not done, so no one is counted."""
    return any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in lexicon().intent_verbs
        for c in harm.children
    )


def _told_before(noun: Token) -> bool:
    """ "the cases" with nothing of their own to say what they are cases of: those told
    before."""
    return any(c.dep_ == "det" and c.lower_ == THE for c in noun.children) and not any(
        c.dep_ in ("compound", "amod", "prep", "relcl", "acl") for c in noun.children
    )
