"""A dateline's day days or weeks before the page's date ("KATHMANDU, May 28 (Reuters) -" on
a page of June 10) is the day the report was written: its "on Monday", "yesterday" and "last
week" count from it, not from the page's date, which only a dateline up to three days back
moved before (issue #11, dates). A dateline without its year counts up to a month back (its
year is a guess further back), one with its year however far; a dateline on the page's day
or after it, a stamp that is no dateline, and a report with no year to read keep their
readings. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PAGE = dt.date(2031, 6, 10)  # a Tuesday; May 28 is a Wednesday

Spans = list[tuple[str, str | None, str | None]]
LEAD = "Police arrested 8 people on Monday after clashes in the capital, officials said."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"KATHMANDU, May 28 (Reuters) - {LEAD}", [("8", "2031-05-26", "2031-05-26")]),
        ("LAGOS, May 20 (Reuters) - Gunmen killed 6 villagers yesterday in the north, police "
         "said.", [("6", "2031-05-19", "2031-05-19")]),
        ("NAIROBI, May 28 - Police arrested 10 protesters last week, officials said.",
         [("10", "2031-05-19", "2031-05-25")]),
        ("Chennai, May 28: Police arrested 4 men on Sunday after a clash near the market.",
         [("4", "2031-05-25", "2031-05-25")]),
        # its year written, two years back: that year's Monday
        (f"KATHMANDU, May 30, 2029 (Reuters) - {LEAD}", [("8", "2029-05-28", "2029-05-28")]),
    ],
)
def test_relative_days_count_from_an_earlier_dateline(
    nlp: Language, text: str, expected: Spans
) -> None:
    assert written_spans(nlp, text, PAGE) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the page's own day
        (f"KATHMANDU, June 10 (Reuters) - {LEAD}", [("8", "2031-06-09", "2031-06-09")]),
        # two days back, as before
        (f"KATHMANDU, June 8 (Reuters) - {LEAD}", [("8", "2031-06-02", "2031-06-02")]),
        # ten days after the page: no day of writing
        (f"KATHMANDU, June 20 (Reuters) - {LEAD}", [("8", "2031-06-09", "2031-06-09")]),
        # no year, more than a month back: its year a guess
        (f"KATHMANDU, April 2 (Reuters) - {LEAD}", [("8", "2031-06-09", "2031-06-09")]),
        # a stamp, no dateline
        (f"Update, May 28: {LEAD}", [("8", "2031-06-09", "2031-06-09")]),
        (f"Monday, May 28 - {LEAD}", [("8", "2031-06-09", "2031-06-09")]),
    ],
)
def test_other_heads_keep_the_page_s_date(nlp: Language, text: str, expected: Spans) -> None:
    assert written_spans(nlp, text, PAGE) == expected


def _days_of_report(text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    """Each claim's first and last day, the text run alone with no date given."""
    claims = run_documents([from_text(text, doc_id="d1")]).claims
    return [(c.date_start, c.date_end) for c in claims if c.measure != "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no date given: the page's stamp is its date, the dateline the day of writing
        (f"Posted June 9, 2031\n\nKATHMANDU, May 28 (Reuters) - {LEAD}",
         [(dt.date(2031, 5, 26), dt.date(2031, 5, 26))]),
        # no year anywhere: no day
        (f"KATHMANDU, May 28 (Reuters) - {LEAD}", [(None, None)]),
    ],
)
def test_without_a_date_given(text: str, expected: list[tuple[dt.date | None, ...]]) -> None:
    assert _days_of_report(text) == expected
