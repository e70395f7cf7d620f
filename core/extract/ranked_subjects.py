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


def a_followers_place(place: Token, num: Token) -> bool:
    """ "X was the worst hit, with 612 attacks, followed by Y, where ...", "followed by Y with
    98 and Z with 76": the places of the "followed by" phrase rank next, with the figures
    written in it; a figure before it is the ranking's first place's, however near the
    parser hangs the two."""
    follow = next(
        (
            a for a in place.ancestors
            if a.lemma_.lower() == "follow" and any(c.dep_ == "agent" for c in a.children)
        ),
        None,
    )
    return follow is not None and num.i < follow.i
