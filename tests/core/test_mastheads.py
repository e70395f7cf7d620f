"""One masthead test (core/lexicon/mastheads.py) for the outlet of a text and for its
publication date: the same words before a date name a newspaper for both. Every outlet and
place is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.lexicon.calendar_words import date_tail, month_alternation
from core.lexicon.mastheads import dated_masthead, publication_before_date
from core.text.dates import date_words
from core.text.publication_dates import find_publication_date

LEAD = "\n\nThe toll from the flood in Marrowby rose to 15 on Tuesday, officials said.\n"


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("Northgate Times, ", "Northgate Times"),
        ("Northgate Times | ", "Northgate Times"),
        ("Northgate Times - ", "Northgate Times"),
        ("Northgate Times, Tuesday, ", "Northgate Times"),  # the weekday the date left out
        ("Northgate Times | Tuesday ", "Northgate Times"),
        ("Northgate Times Tuesday, ", "Northgate Times"),
        ("  The Harrow Evening Chronicle, ", "The Harrow Evening Chronicle"),
        ("Dawn, ", "Dawn"),  # a known paper without a publication word
        ("northgate-times.com | ", "northgate-times.com"),
        ("Northgate Times ", None),  # no separator: a sentence's words run into the date
        ("Times Square, ", None),  # no name before the publication word's place
        ("Daily News, ", None),  # publication words alone name no paper
        ("Crowds fill Times Square, ", None),
        ("Northgate Times 2, ", None),
        (", ", None),
    ],
)
def test_the_words_before_a_date_name_a_publication(head: str, outlet: str | None) -> None:
    assert publication_before_date(head) == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Northgate Times, 6 May 2031",
        "The Harrow Evening Chronicle | May 6, 2031 10:42 am",
        "Kestrel Herald - 2031-05-06",
        "Valley Post, Wednesday, 7 May 2031",
        "Crowds fill Times Square, 6 May 2031",
        "Daily News, 6 May 2031",
        "Northgate Times 6 May 2031",
    ],
)
def test_outlet_and_publication_date_agree_on_every_masthead(line: str) -> None:
    """The outlet of a text and its publication date read the same masthead test: a line is
    an outlet and date line for both or for neither."""
    text = "Marrowby flood toll rises to 15\n" + line + LEAD
    found = find_publication_date(text)
    as_masthead = found is not None and "outlet and date line" in found.evidence
    assert as_masthead == (dated_masthead(line) is not None)
    assert (from_text(text, doc_id="d1").outlet is not None) == as_masthead


def test_the_outlet_and_date_line_gives_the_issue_date() -> None:
    found = find_publication_date("Marrowby flood toll rises\nValley Post, Wednesday, 7 May 2031"
                                  + LEAD)
    assert found is not None
    assert found.date == dt.date(2031, 5, 7)


def test_one_month_pattern_for_dates_and_mastheads() -> None:
    assert date_words().month_alt == month_alternation()
    assert date_tail().search("Northgate Times, Sept. 6, 2031") is not None
    assert date_tail().search("Northgate Times, 6 Sept 2031") is not None
