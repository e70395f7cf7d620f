"""The periods two events hold against each other when they merge (``core.group.match``):
a figure outside any report's frame read on the days of a framed figure, arrests that may
follow their incident by weeks, and an event's periods each once."""

from __future__ import annotations

from collections.abc import Sequence

from core.group.periods import Period, arrests_after, period_clash


def held(
    mine: Sequence[Period], theirs: Sequence[Period]
) -> tuple[list[Period], list[Period]]:
    """The periods two clusters hold against each other. A figure outside any report's frame
    dated the very days a framed figure of either cluster gives is read on that figure's days
    (``framed_periods`` drops it once merged): the frame's slack, not its own stricter one,
    holds it against the frame's other figures."""
    framed = {(p[0], p[1], p[2]) for p in (*mine, *theirs) if p[3] is not None}
    return (
        [p for p in mine if p[3] is not None or (p[0], p[1], p[2]) not in framed],
        [q for q in theirs if q[3] is not None or (q[0], q[1], q[2]) not in framed],
    )


def arrests_clash(
    arrests: Sequence[Period], others: Sequence[Period], periods: Sequence[Period]
) -> bool:
    """Whether a cluster's framed arrests cannot be the other cluster's (its ``others`` arrests
    and held ``periods``): an arrest before an incident's days or months after them,
    or months apart from another arrest (``periods.arrests_after``), in the same report group's
    frame; any other period by the usual slack."""
    for p in arrests:
        for q in others:
            follows = p[3] == q[3] and (arrests_after(p[:2], q[:2]) or arrests_after(q[:2], p[:2]))
            if not follows and period_clash(p, q):
                return True
        for q in periods:
            follows = p[3] is not None and p[3] == q[3] and arrests_after(p[:2], q[:2])
            if not follows and period_clash(p, q):
                return True
    return False


def framed_periods(periods: Sequence[Period]) -> list[Period]:
    """An event's periods, each once: a figure outside any report's frame dated the days a
    framed figure of the event already gives adds nothing but a stricter slack (one day, not
    the frame's two), which would refuse the frame's own figures that one report misdates."""
    framed = {(p[0], p[1], p[2]) for p in periods if p[3] is not None}
    return [
        p for p in dict.fromkeys(periods) if p[3] is not None or (p[0], p[1], p[2]) not in framed
    ]
