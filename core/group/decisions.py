"""The checker's event decisions applied to the automatic grouping.

Each decision names the claims it is about and nothing else changes:

- ``merge``: the events holding any of the named claims become one event (named claims that
  were in no event join it);
- ``split``: the named claims leave their events and form one new event together;
- ``move``: the named claims leave their events and join the event of the last id (the
  *anchor*, a claim of the target event that is not moved);
- ``none``: the named claims belong to no event.

Decisions apply in the order they were made, as set operations on the membership of the
automatic grouping, so a later decision builds on an earlier one (split a merged event, move a
claim back) and a claim no decision names stays where the grouping put it. Undoing a decision
drops it from the list: the regrouping then gives exactly the groups before it.

``same`` and ``different`` (pair constraints of older projects) still go to
``core.group.match.group`` as before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal

from core.group.conflicts import find_conflicts
from core.group.match import describe_event, group, report_frames
from core.group.pair_scores import Decision
from core.model import Claim, Conflict, Document, Event
from core.settings import DEFAULT_SETTINGS, Settings

Kind = Literal["merge", "split", "move", "none", "same", "different"]
KINDS: tuple[Kind, ...] = ("merge", "split", "move", "none", "same", "different")
# Kinds the matcher takes as constraints; the others are applied after it, here.
PAIR_KINDS = frozenset({"same", "different"})


@dataclass(frozen=True, slots=True)
class EventDecision:
    kind: Kind
    claim_ids: tuple[str, ...]


class _Membership:
    """Which group holds each claim, edited by the checker's decisions."""

    def __init__(self, groups: Sequence[Sequence[str]]) -> None:
        self.members: list[list[str]] = [list(g) for g in groups]
        self.where: dict[str, int] = {cid: n for n, g in enumerate(self.members) for cid in g}

    def take_out(self, ids: Sequence[str]) -> None:
        for cid in ids:
            n = self.where.pop(cid, None)
            if n is not None:
                self.members[n].remove(cid)

    def put(self, ids: Sequence[str], n: int) -> None:
        for cid in ids:
            self.members[n].append(cid)
            self.where[cid] = n

    def new_group(self) -> int:
        self.members.append([])
        return len(self.members) - 1

    def move(self, moving: Sequence[str], anchor: str) -> None:
        target = self.where.get(anchor)
        self.take_out(moving)
        if target is None:  # the target event is gone: the claims stand on their own
            target = self.new_group()
        self.put(moving, target)

    def merge(self, ids: Sequence[str]) -> None:
        held = sorted({self.where[c] for c in ids if c in self.where})
        if held:
            target = held[0]
            for n in held[1:]:
                self.put(self.members[n], target)
                self.members[n] = []
        else:
            target = self.new_group()
        self.put([c for c in ids if c not in self.where], target)


def apply(groups: Sequence[Sequence[str]],
          decisions: Sequence[EventDecision]) -> list[list[str]]:
    """The claim ids of each group after the decisions (pure set operations; empty groups
    dropped, order: first the surviving groups as they were, then new ones)."""
    state = _Membership(groups)
    for d in decisions:
        ids = list(dict.fromkeys(d.claim_ids))
        if d.kind == "none":
            state.take_out(ids)
        elif d.kind == "split" and ids:
            state.take_out(ids)
            state.put(ids, state.new_group())
        elif d.kind == "move" and len(ids) >= 2:
            state.move(ids[:-1], ids[-1])
        elif d.kind == "merge" and ids:
            state.merge(ids)
    return [g for g in state.members if g]


def regroup(
    claims: Sequence[Claim],
    *,
    documents: Sequence[Document],
    decisions: Sequence[EventDecision],
    settings: Settings = DEFAULT_SETTINGS,
) -> tuple[tuple[Event, ...], tuple[Conflict, ...]]:
    """Events and conflicts of ``claims`` with the checker's decisions (events "e1", "e2"...
    in the order of each event's first claim, as ``group`` numbers them)."""
    pairs = [Decision(d.kind, d.claim_ids) for d in decisions  # type: ignore[arg-type]
             if d.kind in PAIR_KINDS]
    known = {c.id for c in claims}
    edits = [EventDecision(d.kind, tuple(c for c in d.claim_ids if c in known))
             for d in decisions if d.kind not in PAIR_KINDS]
    frames = report_frames(documents, claims)  # the grouping's and the checker's events' alike
    auto = group(claims, documents=documents, decisions=pairs, settings=settings, frames=frames)
    if not edits:
        return auto, find_conflicts(auto, claims, documents=documents)
    order = {c.id: n for n, c in enumerate(claims)}
    by_id = {c.id: c for c in claims}
    unchanged = {frozenset(e.claim_ids): e for e in auto}
    built: list[Event] = []
    for members in apply([e.claim_ids for e in auto], edits):
        ids = sorted(members, key=order.__getitem__)
        event = unchanged.get(frozenset(ids))
        if event is None:
            event = describe_event([by_id[c] for c in ids], documents, frames)
        built.append(event)
    built.sort(key=lambda e: order[e.claim_ids[0]])
    events = tuple(_renumber(e, n) for n, e in enumerate(built, start=1))
    return events, find_conflicts(events, claims, documents=documents)



def _renumber(event: Event, n: int) -> Event:
    return event if event.id == f"e{n}" else replace(event, id=f"e{n}")


__all__ = ["KINDS", "EventDecision", "apply", "regroup"]
