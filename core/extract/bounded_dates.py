"""A time written as a period and the bound it runs until, as two entities of the recogniser:
"in 2024 till October 15", "from Monday until Wednesday". Read apart, the first names the
whole year (or the one day); read together they name the stretch from its start to the bound."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

# the words that join a period to the bound it runs until
BOUND_WORDS = frozenset({"till", "until", "through"})


def bound_after(ent: Span, following: Span | None) -> Span | None:
    """The words from the end of ``ent`` to the end of the time entity right after it, when
    one bound word alone stands between them ("till November 30" after "2025")."""
    if following is None or following.label_ not in ("DATE", "TIME"):
        return None
    if following.start != ent.end + 1 or ent.doc[ent.end].lower_ not in BOUND_WORDS:
        return None
    return ent.doc[ent.end : following.end]
