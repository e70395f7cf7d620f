"""The pipeline parses only what can hold a figure (or a statement), with exact offsets, and
streams each document as it finishes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from core import pipeline
from core.extract import regions
from core.extract.nlp import Chunk
from core.ingest.files import from_text
from core.model import Claim, Document, Statement
from core.settings import DEFAULT_SETTINGS

TEXT = (
    "Storm over the valley\n\n"
    "The river rose through the night. Residents fled to higher ground. "
    "At least 12 people were killed in Tarvel.\n\n"
    "The mayor praised the volunteers. Nobody expected the flood.\n\n"
    '"We lost everything," said Ana Kerr, a farmer.'
)


def test_regions_cover_figures_and_the_sentence_before() -> None:
    doc = from_text(TEXT, doc_id="d1")
    regions = [TEXT[r.start : r.end] for r in pipeline.select_regions(doc, statements=False)]
    assert regions == ["Residents fled to higher ground. At least 12 people were killed in Tarvel."]


def test_regions_with_statements_add_quoted_speech() -> None:
    doc = from_text(TEXT, doc_id="d1")
    regions = [TEXT[r.start : r.end] for r in pipeline.select_regions(doc)]
    assert regions[-1] == '"We lost everything," said Ana Kerr, a farmer.'
    assert not any("mayor" in r for r in regions)


def test_streams_documents_and_reports_progress() -> None:
    docs = [from_text(TEXT, doc_id="d1"), from_text("Nothing to count here.", doc_id="d2")]
    seen: list[str] = []
    progress: list[tuple[int, int]] = []
    result = pipeline.run_documents(
        docs,
        on_document=lambda r: seen.append(r.documents[0].id),
        progress=lambda done, total, _label: progress.append((done, total)),
    )
    assert seen == ["d1", "d2"]
    assert progress == [(1, 2), (2, 2)]
    (claim,) = [c for c in result.claims if c.is_core]
    assert TEXT[claim.start : claim.end] == claim.number_text == "At least 12"
    assert claim.location == "Tarvel"


def test_cancel_stops_between_documents() -> None:
    docs = [from_text(TEXT, doc_id=f"d{n}") for n in range(1, 4)]
    done: list[str] = []
    result = pipeline.run_documents(
        docs, on_document=lambda r: done.append("x"), cancelled=lambda: len(done) >= 1
    )
    assert len(result.documents) < 3


def test_a_text_without_line_breaks_is_cut_into_pieces() -> None:
    text = "Police said 12 people were killed in Kabul on Monday. " * 600  # ~33k characters
    pieces = list(regions.paragraphs_of(text))
    assert len(pieces) == 2
    assert max(end - start for start, end in pieces) <= regions.MAX_PARAGRAPH
    assert all(text[start:end].strip() == text[start:end] for start, end in pieces)


SPOKEN = (
    "Floods in the north\n\n"
    "At least 40 homes were flooded in Tarvel on Monday.\n\n"
    "The water came too fast, she said.\n\n"
    "Nobody was warned, said Ana Kerr, a farmer."
)


def test_statement_sentences_without_a_figure_or_a_name_skip_ner() -> None:
    doc = from_text(SPOKEN, doc_id="d1")
    regions = {SPOKEN[r.start : r.end]: r.entities for r in pipeline.select_regions(doc)}
    assert regions["At least 40 homes were flooded in Tarvel on Monday."] is True
    assert regions["The water came too fast, she said."] is False
    assert regions["Nobody was warned, said Ana Kerr, a farmer."] is False
    chunks = {
        doc.text[c.offset :][: len(c.doc.text)]: c.doc
        for _, cs in pipeline.parse_documents([doc])
        for c in cs
    }
    # no figure, no name: parsed (the speaker is read from the parse) without NER
    pronoun = chunks["The water came too fast, she said."]
    assert not pronoun.has_annotation("ENT_IOB")
    assert pronoun.has_annotation("DEP")
    # a capitalised word inside the sentence may be the speaker's name: NER runs
    named = chunks["Nobody was warned, said Ana Kerr, a farmer."]
    assert [(e.text, e.label_) for e in named.ents] == [("Ana Kerr", "PERSON")]
    assert chunks["At least 40 homes were flooded in Tarvel on Monday."].has_annotation("ENT_IOB")
    result = pipeline.run_documents([doc])
    speakers = sorted(s.speaker or "" for s in result.statements)
    assert "Ana Kerr" in speakers


def test_a_long_run_of_digits_and_signs_is_not_parsed() -> None:
    """Thousands of tokens with no word to say what they count: no claim can come from them."""
    run = "-".join(str(n % 10) for n in range(400))
    text = (
        "Police said 12 people were hurt in Lowfield. "
        f"The ledger listed {run} in one column. Table 3-4-5 was moved.\n"
    )
    doc = from_text(text, doc_id="d1")
    regions = [text[r.start : r.end] for r in pipeline.select_regions(doc, statements=False)]
    assert any("12 people" in r for r in regions)
    assert not any("0-1-2-3-4" in r for r in regions)
    assert any("3-4-5" in r for r in regions)  # a short run in a sentence is ordinary text


def test_two_processes_give_the_local_result_in_order() -> None:
    texts = [
        TEXT,
        "Nothing to count here.",
        SPOKEN,
        "Police said 3 men were arrested in Lowfield on Friday, a day after 2 guards were hurt.",
    ]
    docs = [from_text(t, doc_id=f"d{n}") for n, t in enumerate(texts, start=1)]
    local = pipeline.run_documents(docs)
    seen: list[str] = []
    shared = pipeline.run_documents(
        docs,
        settings=DEFAULT_SETTINGS.replace(n_process=2),
        on_document=lambda r: seen.append(r.documents[0].id),
    )
    assert seen == ["d1", "d2", "d3", "d4"]
    assert shared.claims == local.claims
    assert len(local.claims) >= 3
    assert shared.statements == local.statements
    assert local.statements
    assert shared.events == local.events


def test_a_reports_parsed_chunks_forget_their_readings_once_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rules' memos live on the chunks while the report is read (a cycle of tokens and
    their document), and are dropped once its claims are out: the chunk is freed at once,
    not by the collector's full passes."""
    seen: list[tuple[list[Chunk], list[bool]]] = []
    analyse = pipeline.analyse

    def reading(
        doc: Document, chunks: Sequence[Chunk], **kwargs: Any
    ) -> tuple[list[Claim], list[Statement]]:
        out = analyse(doc, chunks, **kwargs)
        seen.append((list(chunks), [bool(c.doc.user_data) for c in chunks]))
        return out

    monkeypatch.setattr(pipeline, "analyse", reading)
    text = "Flood in Larnwick\n\nThree people drowned in Larnwick on Sunday, police said.\n"
    result = pipeline.run_documents([from_text(text, doc_id="d1")], settings=DEFAULT_SETTINGS)
    assert [c.value for c in result.claims] == [3.0]
    (chunks, remembered), = seen
    assert any(remembered)  # read with its memos
    assert not any(c.doc.user_data for c in chunks)  # forgotten after


def test_an_undated_report_reads_its_first_plain_place_sentences() -> None:
    # no publication date, no dateline: the first sentences naming a place with no figure
    # are parsed for the report's town, up to regions.PLACE_SENTENCES of them
    lines = [
        "Gunman kills two at warehouse",
        "A gunman opened fire at a warehouse, killing two workers.",
        *(f"The crews worked through the night in {town} and nearby towns."
          for town in ("Fresno", "Clovis", "Sanger", "Selma")),
    ]
    text = "\n\n".join(lines) + "\n"
    doc = Document(id="d1", text=text)
    parsed = [text[r.start : r.end] for r in regions.select_regions(doc, statements=False)]
    plain = [s for s in parsed if s.startswith("The crews")]
    assert len(plain) == regions.PLACE_SENTENCES
    assert "Fresno" in plain[0]
