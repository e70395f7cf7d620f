"""The subject of a tallying verb whose object ranks it: "Tarn recorded the most deaths, with
88", "Wend logged the highest number of raids". A breakdown by area writes each area as the
subject of "recorded"; a superlative object says the subject is ranked among the areas, not
who recorded the figure ("the monitor recorded 88 deaths": the monitor's count)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

SUPERLATIVES = frozenset({"JJS", "RBS"})  # "most", "highest", "lowest", "fewest"


def ranked_subject(verb: Token) -> bool:
    """Whether the verb's object is ranked by a superlative ("the highest number")."""
    return any(
        c.dep_ == "dobj"
        and any(m.tag_ in SUPERLATIVES for m in c.children if m.dep_ == "amod")
        for c in verb.children
    )
