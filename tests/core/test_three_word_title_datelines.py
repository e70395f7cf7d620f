"""A title-case dateline whose town is three words long, "Dera Ismail Khan, March 2:",
"Rahim Yar Khan, March 3:", "Toba Tek Singh, March 2:" (issue #11, counts, places and
statements): the title-case dateline reader took towns of one or two words only, so the line
was no dateline; NER took the town for a person and the parser for the subject, which was
counted among the dead ("Dera Ismail Khan, March 2: Two policemen" killed 3), the figure lost
its place and the statement quoted the dateline. A town the gazetteer knows of up to three
words is read now; a title-case phrase that is no town stays none. Towns are real; the
sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from core.text.datelines import find_dateline
from tests.core.claim_factory import run_texts

PAPER = dt.date(2031, 3, 4)
STORY = "Two policemen were martyred in an attack on a checkpost, police said."


@pytest.mark.parametrize(
    ("line", "town"),
    [
        ("Dera Ismail Khan, March 2:", "Dera Ismail Khan"),
        ("Rahim Yar Khan, March 3:", "Rahim Yar Khan"),
        ("Toba Tek Singh, March 2:", "Toba Tek Singh"),
        ("Dera Ismail Khan:", "Dera Ismail Khan"),
        # as before
        ("Peshawar, March 2:", "Peshawar"),
        ("Cox's Bazar, Oct 12:", "Cox's Bazar"),
    ],
)
def test_a_title_case_town_of_three_words_is_a_dateline(line: str, town: str) -> None:
    dateline = find_dateline(f"{line} {STORY}")
    assert dateline is not None
    assert dateline.place == town


@pytest.mark.parametrize(
    "line", ["Police Chief Ali Khan, March 2:", "Senior Police Officer, March 2:"]
)
def test_a_title_case_phrase_that_is_no_town_is_no_dateline(line: str) -> None:
    assert find_dateline(f"{line} {STORY}") is None


def test_the_dateline_is_no_victim_and_places_the_figure() -> None:
    result = run_texts(f"Dera Ismail Khan, March 2: {STORY}", published=PAPER)
    assert [(c.value, c.location, str(c.date_start)) for c in result.claims] == [
        (2.0, "Dera Ismail Khan", "2031-03-02")
    ]
    assert [s.content for s in result.statements] == [
        "Two policemen were martyred in an attack on a checkpost"
    ]
