"""An earlier year's figure a statistics table or list sets in brackets after the report's
own ("Deaths: 1,204 (2030: 980)"): the bracket's figure counts over its year (the report's
part of a year, that year), the figure before it over the report's period, and the year is
no figure. Sentences written for this class, positive and negative."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

_YEAR = (
    "Annual report: violence in Tarnland, 2031\n\n"
    "Tarnland Conflict Monitor, Jan 12 - Tarnland saw 3,400 attacks in 2031, the monitor's "
    "annual report said.\n\n"
)
_HALF = (
    "Tarnland violence in the first half of 2031\n\n"
    "Tarnland Conflict Monitor, July 12 - Tarnland saw 1,700 attacks from January to June "
    "2031, the monitor's review said.\n\n"
)


def periods(text: str, published: dt.date) -> dict[str, tuple[str, str]]:
    result = run_documents([from_text(text, doc_id="d1", path="t.txt", published=published)])
    return {c.number_text: (str(c.date_start), str(c.date_end)) for c in result.claims}


_Y2031 = ("2031-01-01", "2031-12-31")
_Y2030 = ("2030-01-01", "2030-12-31")


def test_a_table_s_bracketed_year_dates_its_own_figure_only() -> None:
    text = _YEAR + (
        "Deaths: 1,204 (2030: 980)\nInjured: 2,310 (2030: 1,870)\nKidnappings: 88 (2030: 102)\n"
    )
    found = periods(text, dt.date(2032, 1, 12))
    assert found["1,204"] == found["2,310"] == found["88"] == _Y2031
    assert found["980"] == found["1,870"] == found["102"] == _Y2030
    assert "2030" not in found


def test_a_sentence_s_bracketed_year_leaves_the_report_s_period_going_on() -> None:
    text = _YEAR + (
        "Attacks on police rose to 311 (2030: 240), the review said.\n\n"
        "Attacks on schools numbered 45.\n"
    )
    found = periods(text, dt.date(2032, 1, 12))
    assert found["311"] == found["45"] == _Y2031
    assert found["240"] == _Y2030


def test_a_part_year_review_s_bracket_is_that_part_a_year_back() -> None:
    text = _HALF + "Deaths: 604 (2030: 512)\nAbductions: 77 (2030: 65)\n"
    found = periods(text, dt.date(2031, 7, 12))
    assert found["604"] == found["77"] == ("2031-01-01", "2031-06-30")
    assert found["512"] == found["65"] == ("2030-01-01", "2030-06-30")


def test_a_bracket_without_the_year_s_colon_is_no_earlier_figure() -> None:
    # "(up from 980 in 2030)": the comparison's own words date it, as in running text
    text = _YEAR + "Deaths: 1,204 (up from 980 in 2030)\n"
    found = periods(text, dt.date(2032, 1, 12))
    assert found["1,204"] == _Y2031
    assert found["980"] == _Y2030


def test_a_year_in_brackets_without_a_figure_dates_the_clause() -> None:
    text = "Gunmen killed 14 villagers in Wend province last year (2030), police said.\n"
    found = periods(text, dt.date(2031, 4, 20))
    assert found["14"] == _Y2030
