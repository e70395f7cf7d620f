"""A year's round-up of attacks published in the first days of the next year: its "the year"
is the year just ended, never the year it is compared with ("compared with 790 in 2024") nor
a headline's bare "year"; a change from "a year earlier" is the round-up's year; a date in
what the source added after the figure ("..., adding that ... since 2011") is none of the
figure's; a month a ranking names ("followed by August") is that month, no bound."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents

JANUARY = dt.date(2026, 1, 3)
YEAR = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
COMPARED = (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def claims_of(text: str, published: dt.date = JANUARY) -> dict[str, Claim]:
    result = run_documents([from_text(text, doc_id="d1", published=published)])
    return {c.number_text: c for c in result.claims if c.is_core}


def span(claim: Claim) -> tuple[dt.date | None, dt.date | None]:
    return claim.date_start, claim.date_end


ROUNDUP = (
    "Militancy surged in year gone by\n\n"
    "ISLAMABAD: Militants carried out 1,020 attacks across the country during the year, "
    "compared with 790 in 2024, a research centre said in its annual review.\n\n"
    "The centre counted 1,310 deaths in these attacks.\n\n"
    "Sindh saw 41 attacks that killed 50 people.\n\n"
    "The number of suicide attacks climbed to 31 from 19 a year earlier, the review said, "
    "adding that security forces had killed 930 militants since 2011 in the border districts.\n\n"
    "November was the deadliest month, when 120 attacks left 190 people dead, followed by "
    "August with 98 attacks.\n"
)


def test_the_year_of_a_roundup_is_the_year_just_ended_not_the_one_compared() -> None:
    found = claims_of(ROUNDUP)
    assert span(found["1,020"]) == YEAR
    assert span(found["790"]) == COMPARED
    for figure in ("1,310", "41", "50"):
        assert span(found[figure]) == YEAR, figure


def test_a_change_from_a_year_earlier_is_the_roundups_year() -> None:
    found = claims_of(ROUNDUP)
    assert span(found["31"]) == YEAR
    assert span(found["19"]) == COMPARED


def test_what_the_source_added_keeps_its_own_date() -> None:
    # the stretch from 2011 is the added statement's, and dates its own figure still
    found = claims_of(ROUNDUP)
    assert span(found["930"])[0] == dt.date(2011, 1, 1)


def test_a_month_inside_the_year_and_the_one_a_ranking_names() -> None:
    found = claims_of(ROUNDUP)
    november = (dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    assert span(found["120"]) == november
    assert span(found["190"]) == november
    assert span(found["98"]) == (dt.date(2025, 8, 1), dt.date(2025, 8, 31))


def test_a_deadline_by_a_month_stays_a_bound() -> None:
    # near miss: "by August" after a passive verb is a time up to August, not August alone
    text = (
        "Raids net suspects in Eastvale\n\n"
        "EASTVALE: Police said on Monday that 140 suspects had been arrested by August in "
        "raids across the district.\n"
    )
    found = claims_of(text, dt.date(2025, 10, 6))
    assert found["140"].date_start != dt.date(2025, 8, 1)


def test_a_year_the_sentences_before_named_still_carries() -> None:
    # near miss: a headline or lead that writes the year lends it to a later "the year"
    text = (
        "Attacks rose in 2023, monitor says\n\n"
        "ISLAMABAD: A monitor recorded 610 attacks in 2023, it said in a report on Tuesday.\n\n"
        "Security forces arrested 2,200 suspects during the year.\n"
    )
    found = claims_of(text, dt.date(2024, 3, 12))
    assert span(found["2,200"]) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


SINCE = (
    "Attacks rose in 2025, think tank says\n\n"
    "ISLAMABAD: A research centre recorded 1,020 attacks in 2025, it said on Friday.\n\n"
    "Since 2012, when the centre began its count, militants have carried out more than "
    "11,000 attacks.\n\n"
    "Militants have killed 4,100 people since August 2021, when the border town fell.\n\n"
    "Tensions have been high since October 2024, when clashes in the valley left 85 dead.\n"
)


def test_a_perfect_count_since_a_point_a_when_clause_tells_runs_up_to_now() -> None:
    found = claims_of(SINCE)
    assert span(found["more than 11,000"]) == (dt.date(2012, 1, 1), JANUARY)
    assert span(found["4,100"]) == (dt.date(2021, 8, 1), JANUARY)


def test_a_figure_of_the_when_clause_is_the_points() -> None:
    # near miss: the dead of the "when" clause are October's, no count since
    assert span(claims_of(SINCE)["85"]) == (dt.date(2024, 10, 1), dt.date(2024, 10, 31))


REVIEW = (
    "Militancy surged in 2025: report\n\n"
    "ISLAMABAD: The country recorded 1,020 militant attacks in 2025, a research centre said "
    "in its annual report released on Friday.\n\n"
    "January saw 64 attacks, the fewest of the year, while December saw 115.\n\n"
    "In January, 47 people were killed in militant attacks.\n"
)


def test_a_bare_month_of_a_review_published_in_that_month_is_the_reviewed_years() -> None:
    found = claims_of(REVIEW)
    january = (dt.date(2025, 1, 1), dt.date(2025, 1, 31))
    assert span(found["64"]) == january
    assert span(found["47"]) == january
    assert span(found["115"]) == (dt.date(2025, 12, 1), dt.date(2025, 12, 31))


def test_a_month_the_new_year_has_closed_stays_in_it() -> None:
    # near miss: in March, a review's "February" may tell what followed the reviewed year
    found = claims_of(REVIEW.replace("January", "February"), dt.date(2026, 3, 10))
    assert span(found["64"]) == (dt.date(2026, 2, 1), dt.date(2026, 2, 28))
