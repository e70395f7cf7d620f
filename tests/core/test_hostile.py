"""Hostile text (issue 15): no recursion on input-sized structures, every limit that cuts
something says so on the document, a failing document leaves a traceback in the log."""

from __future__ import annotations

import itertools
import logging

import pytest

from core import pipeline
from core.group.conflict_pairs import MAX_PAIRS_JUDGED, band_pairs, band_size, pair_width
from core.group.conflicts import find_conflicts
from core.ingest.files import from_text
from core.ingest.furniture import body_spans
from core.model import Document, Event
from core.settings import DEFAULT_SETTINGS
from core.text import publication_dates
from tests.core.claim_factory import Batch


def test_a_long_chain_of_conjuncts_keeps_its_claims() -> None:
    text = "Between 1 and " + "1 and " * 1_000 + "2 people were killed in Fenwick."
    # Half numbers, no sentence of words: the import refuses it as not news
    # (tests/core/test_not_news.py); the pipeline's own limit is tested on it as a document.
    doc = Document(id="d1", text=text, format="paste", body=body_spans(text))
    result = pipeline.run_documents([doc])
    assert result.failures == ()
    assert any(c.value == 2 and c.measure == "killed" for c in result.claims)
    (doc,) = result.documents
    assert any("max_claims_per_sentence" in w for w in doc.warnings)


def test_a_crowded_sentence_is_cut_with_a_warning() -> None:
    text = "Police said 3 people, 4 people, 5 people and 6 people were hurt in Fenwick."
    settings = DEFAULT_SETTINGS.replace(max_claims_per_sentence=2)
    result = pipeline.run_documents([from_text(text, doc_id="d1")], settings=settings)
    assert len(result.claims) <= 2
    (doc,) = result.documents
    assert any("2 figures were not read" in w for w in doc.warnings)


def test_long_sentences_and_paragraphs_are_read_in_pieces_with_a_warning() -> None:
    text = "and 3 people were hurt near the bridge while others waited " * 60  # no full stop
    settings = DEFAULT_SETTINGS.replace(max_sentence_chars=500, max_paragraph_chars=1_500)
    doc = from_text(text, doc_id="d1")
    notes: list[str] = []
    regions = pipeline.select_regions(doc, settings=settings, notes=notes)
    assert max(r.end - r.start for r in regions) <= 500
    assert any("max_paragraph_chars" in n for n in notes)
    assert any("max_sentence_chars" in n for n in notes)
    # every figure still lies in a region
    starts = [i for i in range(len(text)) if text.startswith("3 people", i)]
    assert all(any(r.start <= s < r.end for r in regions) for s in starts)


def test_an_ordinary_text_has_no_limit_warnings() -> None:
    text = "At least 12 people were killed in Fenwick on Monday, police said.\n" * 20
    result = pipeline.run_documents([from_text(text, doc_id="d1")])
    (doc,) = result.documents
    assert not [w for w in doc.warnings if "max_" in w.lower()]


def test_a_reporting_verb_in_every_clause_of_a_long_sentence_is_cut_with_a_warning() -> None:
    """Each "said" would read the rest of the sentence as its clause: the square of it."""
    text = ("The mayor said that " + "the council said that " * 60
            + "the bridge was closed.\n\nThe council said that the ferry was running.")
    result = pipeline.run_documents([from_text(text, doc_id="d1")])
    (doc,) = result.documents
    assert any("MAX_CLAUSE_TOKENS" in w and "not read as statements" in w for w in doc.warnings)
    assert any(s.content == "the ferry was running" for s in result.statements)


def test_a_figure_takes_the_speaker_of_the_narrowest_statement_holding_it() -> None:
    """Attributions (sorted once, a window per figure) answers as a scan of them all would."""
    import random

    from core.extract.statement_attribution import Attributions, best_speaker
    from core.model import Statement

    rng = random.Random(3)
    statements = []
    for n in range(300):
        start = rng.randrange(0, 5_000)
        statements.append(Statement(
            id=f"s{n}", document_id="d1", start=start, end=start + rng.randrange(1, 400),
            content="", kind=rng.choice(("quote", "reported", "denial")),
            speaker=rng.choice((None, "Ana Kos", "the police", "a witness")), speaker_kind=None))
    statements.sort(key=lambda s: (s.start, s.end))
    index = Attributions(statements)
    for _ in range(500):
        start = rng.randrange(0, 5_400)
        end = start + rng.randrange(1, 30)
        expected = best_speaker(
            s for s in statements if s.speaker and s.start <= start and end <= s.end)
        assert index.at(start, end) == expected


def test_conflicts_per_event_are_bounded_with_a_note() -> None:
    b = Batch()
    for n in range(30):
        b.report(f"d{n}", published="2024-11-10", outlet=f"Outlet {n}")
        b.add(f"d{n}", f"{n + 1} people were killed.", str(n + 1), n + 1)
    event = Event(id="e1", label="the blast", claim_ids=tuple(c.id for c in b.claims))
    notes: list[tuple[Event, str]] = []
    found = find_conflicts([event], b.claims, documents=b.documents(), limit=10, notes=notes)
    assert len(found) == 10
    assert [n for _e, n in notes]
    assert all("the blast" in n for _e, n in notes)
    assert len(find_conflicts([event], b.claims, documents=b.documents(), limit=1_000)) == 435


def test_pairs_are_all_judged_up_to_the_budget_then_a_band_of_neighbours() -> None:
    members = list(range(101))
    assert pair_width(100) == 99  # 4,950 pairs: every one
    assert list(band_pairs(members[:100], 99)) == list(itertools.combinations(members[:100], 2))
    width = pair_width(101)
    assert width < 100
    assert band_size(101, width) <= MAX_PAIRS_JUDGED < band_size(101, width + 1)
    assert len(list(band_pairs(members, width))) == band_size(101, width)
    assert pair_width(100_000) == 1  # never less than each with the next


def _one_report_of_many_figures(n: int) -> tuple[Batch, Event]:
    b = Batch()
    b.report("d1", published="2024-11-10", outlet="The Courier")
    for k in range(1, n + 1):
        b.add("d1", f"In town {k}, {k} people were killed.", f"{k} people", k)
    return b, Event(id="e1", label="the raids", claim_ids=tuple(c.id for c in b.claims))


def test_an_event_past_the_pair_budget_says_not_every_pair_was_compared() -> None:
    b, event = _one_report_of_many_figures(150)
    notes: list[tuple[Event, str]] = []
    found = find_conflicts([event], b.claims, documents=b.documents(), limit=10_000, notes=notes)
    width = pair_width(150)
    cut = [n for e, n in notes if e == event and "not every pair was compared" in n]
    assert cut == [
        f"150 'killed' figures in the event 'the raids': not every pair was compared for "
        f"conflicts, each figure only with the next {width} (by date) (MAX_PAIRS_JUDGED)"
    ]
    assert any(c.explanation.startswith(f"exactly 1 vs exactly {width + 1}:") for c in found)
    assert not any(c.explanation.startswith(f"exactly 1 vs exactly {width + 2}:") for c in found)


def test_an_event_within_the_pair_budget_compares_every_pair_without_a_note() -> None:
    b, event = _one_report_of_many_figures(100)
    notes: list[tuple[Event, str]] = []
    found = find_conflicts([event], b.claims, documents=b.documents(), limit=10_000, notes=notes)
    assert notes == []
    assert len(found) == 100 * 99 // 2  # one contradiction per pair of different figures


def test_the_headline_region_of_a_text_without_line_breaks_is_bounded() -> None:
    text = "12 March 2024, " * 70_000  # one 1 MB line of dates
    assert publication_dates._head_limit(text) <= 4 * publication_dates._HEAD_CHARS
    assert publication_dates.find_publication_date(text) is None  # a paragraph, not a byline


def test_a_failing_document_logs_its_traceback(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("impossible tree")

    monkeypatch.setattr(pipeline, "extract_claims", broken)
    with caplog.at_level(logging.DEBUG, logger="core.pipeline"):
        result = pipeline.run_documents([from_text("Nine were killed.", doc_id="d1")])
    assert len(result.failures) == 1
    (record,) = [r for r in caplog.records if r.name == "core.pipeline"]
    assert record.exc_info is not None
    assert "impossible tree" in str(record.exc_info[1])


def test_in_body_finds_the_span_that_may_hold_a_position() -> None:
    """A long document has hundreds of body spans: the one holding a position is looked up
    (bisect), and answers as a scan of them all would."""
    import random

    from core.model import Document, Span

    rng = random.Random(5)
    edges = sorted(rng.sample(range(100_000), 600))
    body = tuple(Span(a, b) for a, b in zip(edges[::2], edges[1::2], strict=True))
    doc = Document(id="d1", text="x" * 100_000, body=body)
    for pos in [*edges, *(rng.randrange(100_000) for _ in range(2_000))]:
        assert doc.in_body(pos) == any(s.start <= pos < s.end for s in body)
    assert Document(id="d2", text="x").in_body(0)
