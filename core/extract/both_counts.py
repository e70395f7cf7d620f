""""Both" as the people a casualty predicate counts: "Two brothers were shot on Monday. Both
died at the scene", "shot two guards, killing both": two people, whatever the sentence
before counted them as (news tells the hurt at the wound and the dead at the death, and
"both" is the first telling of the deaths)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import people_noun

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

BOTH = "both"
BOTH_COUNT = 2.0
HOW = "both"  # how the figure is named, for its rule


def both_count(members: Sequence[Token]) -> tuple[float, str, list[int]] | None:
    """(2, "both", no numerals) when the subject or object is "both" standing alone ("Both
    died", "both of them were killed", "killing both") or people it determines ("both
    victims"); None for "both sides"."""
    if len(members) != 1:
        return None
    word = members[0]
    if _both_people(word):
        return BOTH_COUNT, HOW, []  # "Both victims died", "killing both men"
    if word.lower_ != BOTH or word.dep_ == "det" or word.pos_ not in ("PRON", "DET", "NOUN"):
        return None
    return BOTH_COUNT, HOW, []


def _both_people(noun: Token) -> bool:
    """ "both victims", "both men": a plural of people determined by "both" (no numeral
    reads it); not "both sides", "both cars"."""
    return (
        noun.tag_ == "NNS"
        and any(c.dep_ in ("det", "predet") and c.lower_ == BOTH for c in noun.children)
        and people_noun(noun)
    )
