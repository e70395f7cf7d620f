"""The date spans of a review's figures: a month's count in a gapped clause ("October saw six
deaths and November nine") is the month's, not a day of it, and a month of the review's
quarter dates its own sentence only; a review told "since" a year and then "between" that
year and its cut-off counts to the cut-off; a period a figure is compared with ("up from
1,500 deaths in 2029", "the corresponding quarter of 2029", "the July-September quarter")
dates that figure only, never the report's later ones. A headline's short source gives way
to the body's. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core import pipeline
from core.model import Claim, Document
from core.text.periods import resolve_period
from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
QUARTER = (D("2031-01-01"), D("2031-03-31"))
QUARTER_LEAD = (
    "KORVA, Apr 2: Velmar state logged 64 violent incidents between January and March "
    "2031, and 27 people died in them, according to the quarterly review of the state "
    "police released on Thursday.\n\n"
)


def spans(
    nlp: Language, text: str, published: dt.date
) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {c.number_text: (c.date_start, c.date_end) for c in counted_claims(nlp, text, published)}


def _pipeline_claims(text: str, published: dt.date) -> dict[str, Claim]:
    doc = Document(id="d1", text=text, path="review.txt", published=published)
    return {c.number_text: c for c in pipeline.run_documents([doc]).claims}


def test_gapped_month_count_is_the_months(nlp: Language) -> None:
    got = spans(nlp, "October saw six deaths and November nine, the police figures show.",
                D("2031-12-05"))
    assert got["six"] == (D("2031-10-01"), D("2031-10-31"))
    assert got["nine"] == (D("2031-11-01"), D("2031-11-30"))


def test_month_with_day_in_figures_stays_a_day(nlp: Language) -> None:
    got = spans(nlp, "Gunmen killed four villagers near Tarso on March 9, police said.",
                D("2031-03-11"))
    assert got["four"] == (D("2031-03-09"), D("2031-03-09"))


def test_month_of_the_quarter_dates_its_own_sentence(nlp: Language) -> None:
    got = spans(nlp, QUARTER_LEAD + "February saw three deaths and March eight, according "
                "to the review.\n\nDarnow topped the list of districts with 17 incidents.",
                D("2031-04-03"))
    assert got["eight"] == (D("2031-03-01"), D("2031-03-31"))
    assert got["17"] == QUARTER


def test_incident_day_retold_goes_on(nlp: Language) -> None:
    """A day within the quarter is an incident the review retells: the sentence after that
    names no time goes on with it."""
    got = spans(nlp, QUARTER_LEAD + "On February 11, gunmen killed five farmers at Lessa. "
                "Two more were wounded in the attack.", D("2031-04-03"))
    assert got["Two"] == (D("2031-02-11"), D("2031-02-11"))


def test_since_review_runs_to_its_cut_off() -> None:
    text = (
        "At least 4,100 civilians killed in Tarvonia since 2029, UN says\n\n"
        "ORSK, Aug 12 - At least 4,100 civilians were killed in Tarvonia, Lessia and Morvane "
        "between January 2029 and June 2031, with rebels and the army both blamed for "
        "massacres, the U.N. rights office said in a report it issued on Tuesday."
        "\n\n"
        "At least 1,900 civilians were injured and 700 people were abducted, it said.\n"
    )
    got = _pipeline_claims(text, D("2031-08-12"))["At least 1,900"]
    assert (got.date_start, got.date_end) == (D("2029-01-01"), D("2031-06-30"))


def test_since_review_without_cut_off_runs_to_publication(nlp: Language) -> None:
    text = (
        "At least 4,100 civilians killed in Tarvonia since 2029, UN says\n\n"
        "ORSK, Aug 12 - At least 4,100 civilians have been killed in Tarvonia since 2029, the "
        "U.N. rights office said in a report it issued on Tuesday.\n"
    )
    got = spans(nlp, text, D("2031-08-12"))
    assert got["At least 4,100"][1] == D("2031-08-12")


def test_compared_year_dates_its_own_sentence(nlp: Language) -> None:
    text = (
        "Raids rose to 900 in 2030, report says\n\n"
        "ORSK: Tarvonia saw 900 militant attacks in 2030, with 2,000 people killed, a think "
        "tank said in its annual report released on Friday.\n\n"
        "The tally was up from 1,500 deaths in 700 attacks in 2029, describing the year as one "
        "of rising violence, the report said.\n\n"
        "Northmark suffered most, with 400 attacks and 1,000 deaths.\n"
    )
    got = spans(nlp, text, D("2031-01-04"))
    assert got["1,500"] == (D("2029-01-01"), D("2029-12-31"))
    assert got["400"] == (D("2030-01-01"), D("2030-12-31"))


def test_rise_to_a_figure_is_the_reports_own(nlp: Language) -> None:
    """ "rose to 900 in 2030 from 700": the period of the figure risen to, which goes on."""
    text = (
        "ORSK: Militant attacks in Tarvonia rose to 900 in 2030 from 700, a think tank said "
        "in its annual report.\n\nNorthmark saw 400 attacks.\n"
    )
    got = spans(nlp, text, D("2031-01-04"))
    assert got["400"] == (D("2030-01-01"), D("2030-12-31"))


def test_corresponding_quarter_and_named_quarter(nlp: Language) -> None:
    lead = QUARTER_LEAD.replace("2031", "2026")
    text = lead + (
        "That is a fall from the same quarter of 2025, which had 80 incidents "
        "and 30 deaths across Velmar, yet a rise on the October-December "
        "quarter, which saw 51 incidents.\n\n"
        "Security forces conducted 900 search operations during the quarter.\n"
    )
    got = spans(nlp, text, D("2026-04-03"))
    assert got["80"] == (D("2025-01-01"), D("2025-03-31"))
    assert got["51"] == (D("2025-10-01"), D("2025-12-31"))
    assert got["900"] == (D("2026-01-01"), D("2026-03-31"))


def test_quarter_named_by_its_months() -> None:
    got = resolve_period("the July-September quarter of 2029", published=D("2031-04-03"))
    assert got is not None
    assert (got.start, got.end) == (D("2029-07-01"), D("2029-09-30"))
    assert resolve_period("the quarter", published=D("2031-04-03")) is None


def test_body_source_over_headline_source() -> None:
    """The headline's "Navy reports ..." counts over the same quarter as the body, whose
    lead names the command: the quarter's later figures are the command's."""
    text = (
        "Navy reports 90 arrests in first quarter of 2031\n\n"
        "PORT ELM (Coastal Wire / 07 April) - A total of 90 smugglers were arrested along the "
        "coast in the first quarter of 2031, the navy's Southern Fleet Command said Monday."
        "\n\nIn March alone, 30 were arrested, the command said.\n\n"
        "Four sailors were killed and 11 wounded during the quarter.\n"
    )
    claims = _pipeline_claims(text, D("2031-04-07"))
    assert "Southern Fleet Command" in (claims["Four"].attribution or "")
    assert (claims["Four"].date_start, claims["Four"].date_end) == QUARTER


MONTH_LEAD = (
    "KORVA, Jul 9: Velmar state logged 212 homicides in June, the state police said in "
    "their monthly report released on Wednesday.\n\n"
)


@pytest.mark.parametrize(
    ("body", "figure", "expected"),
    [
        ("Killings across the state fell to 212 in June, down from 240 in the same month of "
         "2030, the report said.", "240", (D("2030-06-01"), D("2030-06-30"))),
        ("Kidnappings rose to 19 in June from 12 in the same month last year.", "12",
         (D("2030-06-01"), D("2030-06-30"))),
        # negative: the month's own figure keeps the report's month
        ("Kidnappings rose to 19 in June from 12 in the same month last year.", "19",
         (D("2031-06-01"), D("2031-06-30"))),
    ],
)
def test_the_same_month_of_another_year(
    nlp: Language, body: str, figure: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert spans(nlp, MONTH_LEAD + body, D("2031-07-09"))[figure] == expected
