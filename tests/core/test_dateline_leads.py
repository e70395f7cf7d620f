"""A dateline is no part of its lead's parse (issue #11, doer and source): "TOWN, Country —
Jihadists killed 30 ..." gives the jihadists as the doer, as the lead without the dateline
does, where the town had been the clause's head (no doer) or the doer and speaker itself; a
plural the tagger then reads as a proper noun ("Gunmen") is still a doer's word. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.dateline_breaks import break_after_dateline
from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


def doers_and_sources(text: str) -> list[tuple[str, str | None, str | None]]:
    claims = run_documents([from_text(text, doc_id="d1", published=PUB)]).claims
    return [(c.number_text, c.actor, c.attribution) for c in claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BAMAKO, Mali — Jihadists killed at least 30 civilians in Mopti region on Tuesday, "
            "a local official said.",
            [("at least 30", "Jihadists", "a local official")],
        ),
        (
            "MAIDUGURI, Nigeria - Suspected insurgents abducted 14 women near Gwoza on Monday.",
            [("14", "Suspected insurgents", None)],
        ),
        (
            "GUAYAQUIL, Ecuador — Gunmen killed 8 people at a bar on Saturday, police said.",
            [("8", "Gunmen", "police")],
        ),
        (
            "RAQQA, Syria — The Syrian Democratic Forces said on Wednesday they had detained "
            "31 suspected militants.",
            [("31", "The Syrian Democratic Forces", "The Syrian Democratic Forces")],
        ),
    ],
)
def test_a_datelines_lead_reads_as_the_lead_alone(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert doers_and_sources(text) == expected


def test_the_story_starts_a_sentence_and_the_lead_runs_whole(nlp: Language) -> None:
    doc = nlp("NDJAMENA, Chad — Boko Haram militants attacked an army base on Sunday. Two "
              "soldiers died.")
    starts = [s[0].text for s in doc.sents]
    assert starts == ["NDJAMENA", "Boko", "Two"]


def test_a_report_with_no_dateline_is_left_as_parsed(nlp: Language) -> None:
    doc = nlp("Gunmen killed 8 people at a bar on Saturday. Police said.")
    assert break_after_dateline(doc) is doc
    assert [s[0].text for s in doc.sents] == ["Gunmen", "Police"]
