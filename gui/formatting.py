"""Display strings of figures, intervals, periods and long texts: one wording for the grid,
the panels, the dialogs and the PDF report."""

from __future__ import annotations

import textwrap

from core.model import Claim

# Characters on a tooltip line: Qt does not wrap a plain-text tooltip, and a claim's sentence
# with its conflicts ran past both edges of a 1280-pixel screen.
TIP_CHARS = 90


def format_number(v: float | None) -> str:
    if v is None:
        return ""
    if float(v).is_integer():
        return f"{int(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".")


def format_interval(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return ""
    if low is not None and high is not None:
        if low == high:
            return format_number(low)
        return f"{format_number(low)}–{format_number(high)}"
    if low is not None:
        return f"≥ {format_number(low)}"
    return f"≤ {format_number(high)}"


def format_period(claim: Claim) -> str:
    start, end = claim.date_start, claim.date_end
    if start is None and end is None:
        return ""
    if start == end or end is None:
        return start.isoformat() if start else ""
    if start is None:
        return f"… – {end.isoformat()}"
    return f"{start.isoformat()} – {end.isoformat()}"


def short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def wrap_tip(text: str, width: int = TIP_CHARS) -> str:
    """A tooltip's text with its long lines broken at spaces (its own line breaks kept)."""
    return "\n".join(textwrap.fill(line, width) for line in text.split("\n"))
