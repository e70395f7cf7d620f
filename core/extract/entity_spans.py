"""Entities set by the entity repairs (``nlp._add_entity_repairs``) in place of those the
recogniser misread."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def put_entities(
    doc: Doc, spans: Iterable[Span], cleared: Iterable[tuple[int, int]] = ()
) -> None:
    """Set ``spans`` as the doc's entities in place of every entity that overlaps one of them
    or a token range of ``cleared`` (an entity repair's words the recogniser misread)."""
    new = list(spans)
    ranges = [(s.start, s.end) for s in new] + list(cleared)
    kept = [e for e in doc.ents if not any(e.start < end and b < e.end for b, end in ranges)]
    doc.ents = sorted([*kept, *new], key=lambda e: e.start)
