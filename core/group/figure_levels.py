"""How two figures compare as amounts: a vague amount ("dozens", "hundreds") by the least it
asserts ("24 or more"), never by the unit its value holds (12), so that "dozens" then "20" is
a lower figure and "20" then "dozens" a higher one."""

from __future__ import annotations

from core.model import Claim


def figure_level(claim: Claim) -> float:
    """The amount a figure stands for when set against another: its value, or for a vague
    amount the least it asserts."""
    if claim.qualifier == "vague" and claim.low is not None:
        return claim.low
    return claim.value


def same_figure(a: Claim, b: Claim) -> bool:
    """Whether two figures state the same amount: equal values, or for a vague amount the
    same least and most ("dozens" and "at least 24"; "dozens" and "12" differ)."""
    if "vague" in (a.qualifier, b.qualifier):
        return (figure_level(a), _most(a)) == (figure_level(b), _most(b))
    return a.value == b.value


def _most(claim: Claim) -> float | None:
    """The most a figure asserts (None: open), as ``figure_level`` reads its least."""
    if claim.qualifier == "exact" and claim.high is None:
        return claim.value
    return claim.high
