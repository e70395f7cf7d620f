"""The periods of a statistics report's figures as reviews are written: an annual review
released early the next year (its release day no time of the figures), the year compared
with, a monthly release whose headline gives only a percentage, the months of a half-year
counted "in six months" or "over the six months", and a table of rows told before an
incident the review retells. Reports we wrote, with places and bodies of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents


def claims_of(text: str, published: dt.date) -> list[Claim]:
    return list(run_documents([from_text(text, doc_id="d1", published=published)]).claims)


def spans(text: str, published: dt.date) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {c.number_text: (c.date_start, c.date_end) for c in claims_of(text, published)}


YEAR_2031 = (dt.date(2031, 1, 1), dt.date(2031, 12, 31))
YEAR_2030 = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))

ANNUAL = (
    "Watchdog: 143 land activists slain in Veloria in 2031\n\n"
    "TARNVIK - At least 143 land activists were slain in Veloria in 2031, the Civic "
    "Defender's Office said on Monday in its yearly review of the conflict.\n\n"
    "Abductions rose to 276 from 198 the previous year, chiefly blamed on rebel "
    "factions.\n\n"
    "The hardest hit province was Orlen, with 41 killings. It was followed by Masca with "
    "23 and Dunvel with 17.\n"
)


def test_an_annual_review_released_next_january_dates_its_figures_by_the_year() -> None:
    found = spans(ANNUAL, dt.date(2032, 1, 20))
    assert found["At least 143"] == YEAR_2031
    assert found["41"] == YEAR_2031  # no release day: the review's year
    assert found["23"] == YEAR_2031
    assert found["276"] == YEAR_2031
    assert found["198"] == YEAR_2030  # "the previous year" of the review's year


def test_an_incident_report_keeps_its_day() -> None:
    found = spans(
        "Gunmen killed nine people at a market in Orlen on Sunday, police said. Three more "
        "were wounded.\n\n"
        "In 2031, 41 people were killed in the province.\n",
        dt.date(2032, 1, 20),
    )
    sunday = (dt.date(2032, 1, 18), dt.date(2032, 1, 18))
    assert found["nine"] == sunday
    assert found["Three"] == sunday


def test_a_year_after_the_compared_figure_is_that_figures() -> None:
    found = spans(
        "Veloria police report 61,400 arrests in 2031\n\n"
        "Police carried out 12,300 raids in 2031, detaining 61,400 suspects, up from 52,100 "
        "arrests in 2030, the national police said on Sunday.\n",
        dt.date(2032, 1, 6),
    )
    assert found["52,100"] == YEAR_2030
    assert found["12,300"] == YEAR_2031


def test_rows_before_a_retold_incident_count_over_the_review() -> None:
    half = (dt.date(2032, 1, 1), dt.date(2032, 6, 30))
    found = spans(
        "Monitor: 812 civilians killed in Veloria in H1 2032\n\n"
        "The Tarnvik Rights Network documented the killing of 812 civilians in Veloria during "
        "the first half of 2032, according to its report issued on Thursday.\n\n"
        "The killings were laid at these parties' door:\n\n"
        "Government troops: 190\n"
        "Rebel factions: 144\n\n"
        "The network also looked back at a massacre in the hamlet of Kessin on 12 May, where "
        "gunmen killed eleven villagers.\n",
        dt.date(2032, 7, 4),
    )
    assert found["190"] == half
    assert found["144"] == half
    assert found["eleven"] == (dt.date(2032, 5, 12), dt.date(2032, 5, 12))


def test_a_monthly_count_of_kidnappings_is_the_reports_month() -> None:
    may = (dt.date(2032, 5, 1), dt.date(2032, 5, 31))
    found = spans(
        "Veloria: 44 kidnappings in May, ministry says\n\n"
        "TARNVIK - Kidnappings in Veloria rose in May, with 44 cases recorded, the defence "
        "ministry said on Tuesday in its monthly bulletin.\n\n"
        "The count is up from 31 kidnappings in April and from 27 in May 2031.\n\n"
        "Orlen led the provinces with 12 kidnappings, followed by Masca with eight.\n",
        dt.date(2032, 6, 9),
    )
    assert found["12"] == may
    assert found["eight"] == may
    assert found["31"] == (dt.date(2032, 4, 1), dt.date(2032, 4, 30))  # not 2031's April
    assert found["27"] == (dt.date(2031, 5, 1), dt.date(2031, 5, 31))


def test_a_headline_percentage_leaves_the_lead_to_the_counts() -> None:
    june = (dt.date(2032, 6, 1), dt.date(2032, 6, 30))
    found = spans(
        "Veloria homicides fall 6% in June to 1,204 victims, bureau figures show\n\n"
        "TARNVIK, July 14 (Wire) - Veloria registered 1,204 victims of homicide in June, "
        "the statistics bureau said on Monday.\n\n"
        "Orlen was the most violent province, with 151 victims.\n\n"
        "The bureau recorded 29 kidnapping victims in June, versus 35 a year earlier.\n",
        dt.date(2032, 7, 14),
    )
    assert found["151"] == june
    assert found["35"] == (dt.date(2031, 6, 1), dt.date(2031, 6, 30))


HALF_2032 = (dt.date(2032, 1, 1), dt.date(2032, 6, 30))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's closed half-year, told in the past a few days after it closed
        ("Orlen leads Veloria's violence table with 73 deaths in six months\n", HALF_2032),
        # a count still running to the telling
        (
            "Rebels have killed 300 people in six months, the governor said.\n",
            (dt.date(2032, 1, 11), dt.date(2032, 7, 10)),
        ),
    ],
)
def test_six_months_told_after_a_half_year_closed(
    text: str, expected: tuple[dt.date, dt.date]
) -> None:
    found = claims_of(text, dt.date(2032, 7, 10))
    assert (found[0].date_start, found[0].date_end) == expected


def test_the_six_months_name_the_reviews_half_year() -> None:
    found = spans(
        "The observatory counted 188 people killed in Veloria in the first half of 2032.\n\n"
        "Kidnappings also went on. The observatory counted 19 abductions over the six "
        "months, compared with 14 in the first half of 2031.\n",
        dt.date(2032, 7, 10),
    )
    assert found["19"] == HALF_2032
    assert found["14"] == (dt.date(2031, 1, 1), dt.date(2031, 6, 30))


def test_an_unnamed_report_names_no_source_for_the_rows() -> None:
    # "according to a report the group put out": a document no body is named as issuing,
    # which the rows over the same half-year do not take as their source
    found = {
        c.number_text: c.attribution
        for c in claims_of(
            "Monitor: 812 civilians killed in Veloria in H1 2032\n\n"
            "The Tarnvik Rights Network documented the killing of 812 civilians in Veloria "
            "during the first half of 2032, according to a report that the group put out on "
            "Thursday.\n\n"
            "The killings were laid at these parties' door:\n\n"
            "Government troops: 190\n"
            "Rebel factions: 144\n",
            dt.date(2032, 7, 4),
        )
    }
    assert found["190"] != "a report"
    assert found["144"] != "a report"


def test_an_older_years_total_is_no_figure_of_the_monthly_release() -> None:
    found = {
        c.number_text: c.attribution
        for c in claims_of(
            "Veloria homicides fall 6% in June to 1,204 victims, bureau figures show\n\n"
            "TARNVIK, July 14 (Wire) - Veloria registered 1,204 victims of homicide in June, "
            "the statistics bureau said on Monday.\n\n"
            "More than 25,000 people were murdered across the country in 2029.\n",
            dt.date(2032, 7, 14),
        )
    }
    assert found["More than 25,000"] is None


def test_last_years_tally_in_an_incident_report_leaves_the_incident_its_day() -> None:
    # the incident told as a happening before the first figure, last year's tally: no review
    found = spans(
        "Police are investigating after gunfire broke out early Tuesday at a home in "
        "Orlen.\n\n"
        "At least seven children were killed in accidental shootings across the state last "
        "year, according to state data.\n\n"
        "Three people were hurt in the gunfire, police said.\n",
        dt.date(2032, 1, 14),
    )
    assert found["At least seven"] == (dt.date(2031, 1, 1), dt.date(2031, 12, 31))
    assert found["Three"] == (dt.date(2032, 1, 13), dt.date(2032, 1, 13))


MONTHLY_ATTACKS = (
    "Rebel attacks rose in May: monitor\n\n"
    "TARNVIK: Rebels carried out 41 attacks across Veloria in May, up from 33 in April, a"
    " Tarnvik-based monitor said on Tuesday.\n\n"
    "According to the monitor's report, the attacks claimed 52 lives and left 77 others"
    " injured.\n\n"
    "Troops killed 60 rebels in operations during the month, the report said.\n\n"
    "Orlen remained the worst-hit province with 19 attacks.\n"
)
MAY_2031 = (dt.date(2031, 5, 1), dt.date(2031, 5, 31))


def test_a_monthly_review_of_attacks_dates_its_figures_by_the_month() -> None:
    # the month stands alone, as a month recalled in daily news does, but it closed the day
    # before the review came out: its attacks are the review's tally, and so are its tolls
    found = spans(MONTHLY_ATTACKS, dt.date(2031, 6, 4))
    assert {found[n] for n in ("41", "52", "77", "60", "19")} == {MAY_2031}
    assert found["33"] == (dt.date(2031, 4, 1), dt.date(2031, 4, 30))


def test_a_month_long_past_in_daily_news_stays_its_own() -> None:
    # a month closed long before the report: background, the report's day is its incident's
    text = ("Gunmen kill two in Orlen\n\nTARNVIK: Gunmen killed two guards in Orlen on Monday,"
            " police said. Rebels carried out 41 attacks in the province in January.\n")
    found = spans(text, dt.date(2031, 6, 4))
    assert found["two"] == (dt.date(2031, 6, 2), dt.date(2031, 6, 2))
    assert found["41"] == (dt.date(2031, 1, 1), dt.date(2031, 1, 31))
