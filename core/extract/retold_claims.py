"""The claims a report tells again after their first telling, read over the whole report once
its sentences are read: a sentence the page printed twice (``repeated_sentences``) and one who
shot themselves told again by the reflexive alone (``self_harm_again``), and a list of victims
named again by the same nouns (``repeated_lists``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.repeated_lists import listed_again
from core.extract.repeated_sentences import repeated_claims
from core.extract.self_harm_again import self_harm_again

if TYPE_CHECKING:
    from collections.abc import Sequence

    from core.model import Claim


def retold_claims(claims: Sequence[Claim], headline_end: int) -> set[str]:
    """The ids of the claims told again (``headline_end``: where the headline ends, -1 for
    none)."""
    return (
        repeated_claims(claims, headline_end)
        | self_harm_again(claims, headline_end)
        | listed_again(claims, headline_end)
    )
