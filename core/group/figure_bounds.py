"""How a figure is bounded and worded in a conflict's explanation: the interval a claim
asserts, where two intervals overlap, and "exactly 24" / "dozens (24 or more)"."""

from __future__ import annotations

from core.model import Claim


def interval(claim: Claim) -> tuple[float | None, float | None]:
    """The interval a claim asserts; an exact figure without bounds stands for itself."""
    if claim.low is None and claim.high is None and claim.qualifier == "exact":
        return claim.value, claim.value
    return claim.low, claim.high


def overlap(
    a: tuple[float | None, float | None], b: tuple[float | None, float | None]
) -> tuple[float | None, float | None] | None:
    lows = [x for x in (a[0], b[0]) if x is not None]
    highs = [x for x in (a[1], b[1]) if x is not None]
    lo = max(lows) if lows else None
    hi = min(highs) if highs else None
    if lo is not None and hi is not None and lo > hi:
        return None
    return lo, hi


def num(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"


def describe(claim: Claim) -> str:
    """The figure as the claim asserts it: "exactly 24", "at least 26", "dozens (24 or more)"."""
    v = num(claim.value)
    q = claim.qualifier
    if q == "range" and claim.high is not None:
        return (
            f"between {num(claim.low if claim.low is not None else claim.value)} and "
            f"{num(claim.high)}"
        )
    if q == "vague":
        lo, hi = interval(claim)
        bound = (
            f"{num(lo)} or more"
            if lo is not None and hi is None
            else f"{num(lo)}–{num(hi)}"
            if lo is not None and hi is not None
            else v
        )
        # the amount in words, lower case ("Dozens" opens a headline): its unit is no figure
        return f"{claim.number_text.strip().lower() or v} ({bound})"
    words = {
        "exact": "exactly",
        "at_least": "at least",
        "more_than": "more than",
        "nearly": "nearly",
        "approx": "about",
        "up_to": "up to",
        "less_than": "fewer than",
    }
    return f"{words.get(q, '')} {v}".strip()


def span(bounds: tuple[float | None, float | None]) -> str:
    lo, hi = bounds
    if lo is not None and hi is not None:
        return num(lo) if lo == hi else f"{num(lo)}–{num(hi)}"
    if lo is not None:
        return f"{num(lo)} or more"
    if hi is not None:
        return f"up to {num(hi)}"
    return "any figure"
