"""The period of a record laid before a legislature or released long after the span it counts
("figures laid before the assembly on Wednesday" of arrests between 2026 and 2028): its lead's
span, not the day it was laid, dates the shares listed after it and the headline that rounds
its total; a figure with its own year keeps it, and a later paragraph's attack keeps its day.
Reports we wrote, with places and bodies of our own."""

from __future__ import annotations

import datetime as dt

from core.extract.headline_days import rounded
from core.ingest.files import from_text
from core.model import Claim, Qualifier
from core.pipeline import run_documents


def spans(text: str, published: dt.date) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    found = run_documents([from_text(text, doc_id="d1", published=published)]).claims
    return {c.number_text: (c.date_start, c.date_end) for c in found}


THREE_YEARS = (dt.date(2026, 1, 1), dt.date(2028, 12, 31))

LAID = (
    "Over 2,500 held under security law in three years, figures show\n\n"
    "TARNVIK: In all, 2,537 people were detained under the security law between 2026 and "
    "2028, according to interior ministry figures laid before the assembly on Wednesday.\n\n"
    "Orlen recorded the highest number of detentions at 812, followed by Masca with 430 and "
    "Dunvel with 214.\n\n"
    "In 2028 alone, 903 people were detained, against 866 in 2027.\n\n"
    "The deputy minister said in his reply that 47 cases had been filed by the border agency "
    "in 2028.\n\n"
    "On Friday, gunmen killed 9 people at a checkpoint in Orlen, police said.\n"
)


def test_shares_of_a_laid_record_take_its_span_not_the_day_it_was_laid() -> None:
    found = spans(LAID, dt.date(2031, 3, 15))
    assert found["2,537"] == THREE_YEARS
    assert found["812"] == THREE_YEARS
    assert found["430"] == THREE_YEARS
    assert found["214"] == THREE_YEARS


def test_the_headline_rounding_the_total_takes_the_lead_span() -> None:
    assert spans(LAID, dt.date(2031, 3, 15))["Over 2,500"] == THREE_YEARS


def test_figures_with_a_year_of_their_own_keep_it() -> None:
    found = spans(LAID, dt.date(2031, 3, 15))
    assert found["903"] == (dt.date(2028, 1, 1), dt.date(2028, 12, 31))
    assert found["866"] == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))
    assert found["47"] == (dt.date(2028, 1, 1), dt.date(2028, 12, 31))


def test_a_later_attack_keeps_its_day() -> None:
    friday = dt.date(2031, 3, 14)
    assert spans(LAID, dt.date(2031, 3, 15))["9"] == (friday, friday)


def test_an_incident_report_keeps_its_day() -> None:
    found = spans(
        "Fourteen held after clash in Orlen\n\n"
        "TARNVIK: Police arrested 14 people in Orlen on Saturday after a clash between two "
        "groups, according to a statement issued on Sunday.\n\n"
        "Six of them were later freed on bail.\n",
        dt.date(2031, 3, 10),
    )
    saturday = dt.date(2031, 3, 8)
    assert found["14"] == (saturday, saturday)


def _figure(qualifier: Qualifier, value: float) -> Claim:
    return Claim(
        id="c1", document_id="d1", start=0, end=1, number_text=str(value), value=value,
        qualifier=qualifier, low=None, high=None, measure="arrested", sentence="",
        sentence_start=0, sentence_end=0, rule="",
    )


def test_a_rounded_headline_figure_lies_on_its_qualifier_side() -> None:
    assert rounded(_figure("more_than", 4100), _figure("exact", 4126))
    assert not rounded(_figure("more_than", 4100), _figure("exact", 4230))
    assert not rounded(_figure("more_than", 4100), _figure("exact", 4090))
    assert rounded(_figure("nearly", 600), _figure("exact", 596))
    assert not rounded(_figure("nearly", 600), _figure("exact", 604))
    assert rounded(_figure("approx", 20), _figure("exact", 21))
    assert not rounded(_figure("more_than", 5), _figure("exact", 6))  # no zero to round to
    assert not rounded(_figure("exact", 4100), _figure("exact", 4126))


RUNNING = (
    "Rights office: over 4,000 civilians killed in Veloria since 2029\n\n"
    "More than 4,000 civilians have been killed in Orlen, Masca and Dunvel since the start of "
    "2029, the rights office said on Tuesday.\n\n"
    "Its review, issued in Tarnvik, said Orlen alone saw 2,210 of the killings it "
    "recorded between January 2029 and June 2031.\n"
)


def test_a_running_lead_counts_over_the_span_its_data_is_cut_off_at() -> None:
    found = spans(RUNNING, dt.date(2031, 7, 23))
    assert found["More than 4,000"] == (dt.date(2029, 1, 1), dt.date(2031, 6, 30))


def test_a_running_lead_with_no_cut_off_runs_to_the_report() -> None:
    text = RUNNING[: RUNNING.index("Its review")]
    found = spans(text, dt.date(2031, 7, 23))
    assert found["More than 4,000"] == (dt.date(2029, 1, 1), dt.date(2031, 7, 23))
