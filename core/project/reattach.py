"""Keeping the checker's work attached to claims after a re-run of the extraction.

Re-attachment is a pure function of the old and new claims; the project file applies it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from core.model import Claim, Review, Statement

ItemKind = Literal["claim", "statement"]


@dataclass(frozen=True, slots=True)
class Orphan:
    """A verdict or correction whose claim (or statement) is gone: kept and listed, never
    dropped, until the checker attaches it to a current item."""

    id: str
    item_kind: ItemKind
    item: Claim | Statement
    review: Review | None
    corrections: Mapping[str, object]
    reason: str
    time: str


@dataclass(frozen=True, slots=True)
class ReattachReport:
    """What a re-run of the extraction did to the checker's work."""

    reattached: tuple[tuple[str, str], ...]  # (old item id, new item id) carrying work
    orphans: tuple[Orphan, ...]

    @property
    def summary(self) -> str:
        text = f"{len(self.reattached)} reviewed items re-attached"
        if self.orphans:
            text += f", {len(self.orphans)} could not be re-attached (listed as orphans)"
        return text


def _assign(candidates: list[tuple[tuple[float, ...], str, str]]) -> dict[str, str]:
    """Greedy one-to-one assignment, best score first: a new item takes at most one old item's
    work, so two verdicts never collapse into one."""
    candidates.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for _score, old_id, new_id in candidates:
        if old_id in mapping or new_id in taken:
            continue
        mapping[old_id] = new_id
        taken.add(new_id)
    return mapping


def reattach_claims(
    old: Iterable[Claim],
    new: Iterable[Claim],
    *,
    document_map: Mapping[str, str],
    corrected_values: Mapping[str, float] | None = None,
) -> dict[str, str]:
    """Map old claim ids to new ones: same document (through ``document_map``, old document
    id → new document id), same figure value (the extracted one, or the checker's corrected
    one), and an overlapping span; failing the span (the text was re-imported and shifted),
    the same figure text in the same sentence."""
    corrected = corrected_values or {}
    by_doc: dict[str, list[Claim]] = defaultdict(list)
    for claim in new:
        by_doc[claim.document_id].append(claim)
    candidates: list[tuple[tuple[float, ...], str, str]] = []
    for o in old:
        doc = document_map.get(o.document_id)
        if doc is None:
            continue
        values = {o.value}
        if o.id in corrected:
            values.add(corrected[o.id])
        for n in by_doc.get(doc, ()):
            if n.value not in values:
                continue
            same_measure = float(n.measure == o.measure)
            distance = -float(abs(n.start - o.start))
            if n.span.overlaps(o.span):
                overlap = float(min(n.end, o.end) - max(n.start, o.start))
                score = (2.0, same_measure, overlap, distance)
            elif n.number_text == o.number_text and n.sentence == o.sentence:
                score = (1.0, same_measure, 0.0, distance)
            else:
                continue
            candidates.append((score, o.id, n.id))
    return _assign(candidates)


def reattach_statements(
    old: Iterable[Statement], new: Iterable[Statement], *, document_map: Mapping[str, str]
) -> dict[str, str]:
    """Map old statement ids to new ones: same document, same kind, overlapping content."""
    by_doc: dict[str, list[Statement]] = defaultdict(list)
    for st in new:
        by_doc[st.document_id].append(st)
    candidates: list[tuple[tuple[float, ...], str, str]] = []
    for o in old:
        doc = document_map.get(o.document_id)
        if doc is None:
            continue
        for n in by_doc.get(doc, ()):
            if n.kind != o.kind or not (n.start < o.end and o.start < n.end):
                continue
            overlap = float(min(n.end, o.end) - max(n.start, o.start))
            candidates.append(((overlap, -float(abs(n.start - o.start))), o.id, n.id))
    return _assign(candidates)


def carries_work(
    item_id: str,
    reviews: Mapping[str, Review],
    corrections: Mapping[str, Mapping[str, object]],
    referenced: Collection[str] = (),
) -> bool:
    """Whether an item holds checker's work worth keeping: a verdict, a note, evidence, a
    correction or an event decision that names it."""
    review = reviews.get(item_id)
    if review is not None and (review.status != "unverified" or review.note or review.evidence):
        return True
    return bool(corrections.get(item_id)) or item_id in referenced
