"""A road named after the towns it joins ("the Marovo-Tesk highway"): the recogniser reads the
joined names as one place, as a facility, as a body, as its first town alone or as nothing,
so the same kind of road gave its first end ("Marovo"), its two ends or no place at all. Its
ends read as one place here (``label_road_ends``), the reading ``reference_places`` gives
way to the report's own place or a town the road is near."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Span

from core.extract.entity_spans import put_entities
from core.extract.word_positions import positions
from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "claimdesk_road_ends"
PLACE_LABEL = "GPE"
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_HYPHENS = frozenset({"-", "–"})


@functools.cache
def _road_nouns() -> frozenset[str]:
    return word_set("places", "road_nouns")


def hyphened(doc: Doc, at: int) -> bool:
    """A hyphen at ``at`` joins two capitalised words with no space ("Mumbai-Agra")."""
    return (
        0 < at < len(doc) - 1
        and doc[at].text in _HYPHENS
        and not doc[at - 1].whitespace_
        and not doc[at].whitespace_
        and doc[at - 1].text[:1].isupper()
        and doc[at + 1].text[:1].isupper()
    )


def _road_ends(doc: Doc, road: int) -> Span | None:
    """The run of joined names right before a road noun ("Kabul-Jalalabad highway") when the
    gazetteer knows every end, or the run as one town; None for a road named otherwise
    ("the Trans-Canada Highway", "the Peshawar road") or after the countries it joins."""
    end = road - 1
    if end < 2 or not doc[end].is_alpha or not hyphened(doc, end - 1):
        return None
    start = end
    while start >= 2 and hyphened(doc, start - 1) and doc[start - 2].is_alpha:
        start -= 2
    run = doc[start:road]
    ends = [doc[i].text for i in range(start, road, 2)]
    if any(_a_country(e) for e in ends):
        return None  # "the Pakistan-Afghanistan route", "the Kenya-Uganda railway": a crossing
    if not all(places.candidates(e) for e in ends) and not places.candidates(run.text):
        return None
    return run


def _a_country(name: str) -> bool:
    """A country's name: a road joining two countries ("the Gaza-Egypt corridor") runs across
    a border, not between two towns, and the town the sentence names on it is the scene."""
    place = places.lookup(name)
    return place is not None and place.level == "country"


def label_road_ends(doc: Doc) -> Doc:
    """Make the joined names of a road's ends one place where the recogniser read them
    otherwise (a part of them, a body, nothing)."""
    found: list[Span] = []
    for at in positions(doc, LOWER, _road_nouns()):
        run = _road_ends(doc, at)
        if run is None:
            continue
        ent = next((e for e in doc.ents if e.start <= run.start < e.end), None)
        whole = ent is not None and ent.label_ in _PLACE_LABELS and ent.end == run.end
        if not whole and not any(e.start < run.end and run.start < e.end and e.end > at
                                 for e in doc.ents):
            found.append(Span(doc, run.start, run.end, label=PLACE_LABEL))
    if found:
        put_entities(doc, found)
    return doc
