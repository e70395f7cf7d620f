"""Figures that count cases of a harm: "877 cases of unlawful detention", "64 instances of
abduction", "91 cases of murder" count the arrested, the taken, the dead, as the noun after
"of" names them. Cases of anything else ("cases of malaria", "40 cases of theft") count no
one here. The nouns of cases are ``case_nouns`` of ``core/rules/measures.json``."""

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
RULE = "cases"


def counted_cases(readings: list[Found]) -> list[Found]:
    """The readings, a figure of cases of a harm counted as that harm."""
    return [(amount, num, span, _case_reading(reading) or reading)
            for amount, num, span, reading in readings]


def _case_reading(reading: Reading) -> Reading | None:
    noun = reading.noun
    if (
        reading.measure not in (None, "other") or noun is None
        or noun.lemma_.lower() not in word_set("measures", "case_nouns")
    ):
        return None
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
    return None


def _only_tried(harm: Token) -> bool:
    """ "cases of attempted murder": the harm was tried, not done, so no one is counted."""
    return any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in lexicon().intent_verbs
        for c in harm.children
    )
