"""The town a report's headline and lead name as its scene, over one NER read once further on.

A local report names its scene in the headline and again in the lead ("Four killed in Bannu
attack ... a security post in Bannu"), and later, once, other towns of the same country: where
a minister spoke, where the wounded were taken, where a victim lived. NER may leave the
scene's name unlabelled in both places while it reads the other town, so the town the report
names most (``report_places.report_town``) is that other one. The sentence reader
(``claim_places.place_mentions``) finds the scene's name after its preposition; a town of
that country the lead names so, written more than once in the report, is the report's town
when the town counted is written only once, outside the lead, and is no part of it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk

Mentions = Callable[["Span"], list[tuple["Token", str]]]
REPEATED = 2  # the scene is written at least this often in the report
LEAD_WORDS = 10  # a line this long after the headline is the lead (a byline, a date line is not)


def _times(text: str, name: str) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text))


def repeated_lead_town(chunks: Sequence[Chunk], town: str | None, mentions: Mentions) -> str | None:
    """``town``, or the town of its country the headline and lead name (by ``mentions``) and
    the report writes at least ``REPEATED`` times, when ``town`` is written once, after the
    lead."""
    if town is None:
        return None
    ordered = sorted(chunks, key=lambda c: c.offset)
    text = text_of(ordered)
    counted = places.lookup(town)
    if counted is None or counted.level != "city" or _times(text, town) != 1:
        return town
    end = lead_end(text)
    if _times(text[:end], town):
        return town
    sents = ((chunk, sent) for chunk in ordered for sent in chunk.doc.sents)
    lead = itertools.takewhile(lambda told: told[0].start_of(told[1]) < end, sents)
    for _, sent in lead:
        for _, written in mentions(sent):
            name = written.split(",")[0]  # "El Plateado, Cauca": the town, its unit aside
            if name != town and _times(text, name) >= REPEATED and _holds(name, counted):
                return name
    return town


def text_of(ordered: Sequence[Chunk]) -> str:
    """The report's text at its offsets, the gaps between its parsed pieces as line breaks."""
    text = ""
    for chunk in ordered:
        gap = chunk.offset - len(text)
        text += "\n" * gap + chunk.text if gap >= 0 else chunk.text[-gap:]
    return text


def lead_end(text: str) -> int:
    """Where the report's lead ends: after the first line of ``LEAD_WORDS`` words or more
    that follows the headline."""
    lines = list(re.finditer(r"[^\n]*\w[^\n]*", text))
    lead = next((m for m in lines[1:] if len(m.group().split()) >= LEAD_WORDS), None)
    return lead.end() if lead else len(text)


def _holds(name: str, counted: places.Place) -> bool:
    """``name`` is a town of ``counted``'s country that ``counted`` is no part of."""
    scene = next(
        (p for p in places.candidates(name) if p.level == "city" and p.country == counted.country),
        None,
    )
    return scene is not None and not places.part_of(counted, scene)
