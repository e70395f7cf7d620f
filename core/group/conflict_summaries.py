"""The lines an event's conflicts list once for many pairs (``core.group.conflicts``): the
reports that agree on one figure (a source that restates it listed once), the figure revised
over time as one timeline, and no timeline told twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from core.group.figure_bounds import describe
from core.group.figure_levels import same_figure
from core.group.reported_figures import Reported
from core.model import ConflictKind, ConflictTopic, Measure

# event id, claim ids, measure, kind, explanation, what the claims disagree on
Found = tuple[str, tuple[str, ...], Measure, ConflictKind, str, ConflictTopic]


def summary_lines(
    event_id: str,
    measure: Measure,
    updates: Sequence[Reported],
    agree: Mapping[float, Sequence[Reported]],
) -> list[Found]:
    """One line per agreeing figure, and one for the figure revised over time."""
    out: list[Found] = []
    for listed_same in agree.values():
        same = sorted(listed_same, key=lambda r: r.when)
        out.append((event_id, tuple(r.claim.id for r in same), measure, "consistent",
                    _agreeing(same), "figure"))
    if updates:
        updates = sorted(updates, key=lambda r: r.when)
        steps = " → ".join(collapsed(_steps(updates)))
        out.append((event_id, tuple(r.claim.id for r in updates), measure, "update",
                    f"figure revised over time: {steps}", "figure"))
    return out


def _agreeing(same: Sequence[Reported]) -> str:
    """The sources that agree on a figure, each once: one outlet that states its figure again
    the next day, or a report that states it in its headline and its body, restates it
    ("at least 8 (Daily Courier, twice)"), and is no second report agreeing."""
    sources = len({r.source for r in same})
    told = Counter(f"{describe(r.claim)} ({r.source}" for r in same)
    listed = "; ".join(_times(step, n) for step, n in told.items())
    if sources == 1:
        return f"one source restates its figure: {listed}"
    return f"{sources} reports agree: {listed}"


def _times(step: str, n: int) -> str:
    """A step closed with how many times it is told ("at least 16 (Courier, twice)")."""
    return step + (")" if n == 1 else ", twice)" if n == 2 else f", {n} times)")


def _steps(updates: Sequence[Reported]) -> list[str]:
    """The timeline's steps, one per figure a report gives: its headline and its body stating
    one amount ("Eight killed in blast" / "At least eight people were killed") are one
    figure stated twice (``collapsed``), worded as the body words it (a headline drops the
    qualifier)."""
    out: list[str] = []
    run = 0  # where the last report's run of one figure starts
    for i, r in enumerate(updates):
        step = f"{describe(r.claim)} ({r.source}" + (
            f", {r.published.isoformat()}" if r.published else ""
        )
        last = updates[i - 1].claim if i else None
        if last is None or last.document_id != r.claim.document_id or not same_figure(
            last, r.claim
        ):
            run = i
        out[run:] = [step] * (i - run + 1)
    return out


def without_nested_chains(found: list[Found]) -> list[Found]:
    """An event's lines without an update timeline whose claims all lie in another of its
    measure: the one named group given beside the toll (``merge_lone_groups``) is also a
    step of the toll's timeline, and one revision is told once."""
    chains = [(f[2], set(f[1])) for f in found if f[3] == "update"]
    return [f for f in found if f[3] != "update"
            or not any(m == f[2] and set(f[1]) < ids for m, ids in chains)]


def collapsed(steps: list[str]) -> list[str]:
    """Steps with a repeat folded into one ("at least 16 (Courier, 2026-03-14, twice)"): a
    report that restates its figure is not a revision."""
    out: list[tuple[str, int]] = []
    for step in steps:
        if out and out[-1][0] == step:
            out[-1] = (step, out[-1][1] + 1)
        else:
            out.append((step, 1))
    return [_times(step, n) for step, n in out]
