"""Monthly, quarterly and yearly roundups of attacks in South Asian press: a dateline's colon
before the lead's figure is no table row's label; a capital's dateline the splitter kept in
the lead's sentence is where the release was filed, not the area of its national tally; a
tally in a "while" clause beside an arrest count shares its period; a province's own force
counting over a month or longer tallies over the province. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents


def claims_of(text: str, published: dt.date) -> dict[str, Claim]:
    result = run_documents([from_text(text, doc_id="d1", published=published)])
    return {c.number_text: c for c in result.claims}


def test_a_datelines_colon_is_no_row_label() -> None:
    found = claims_of(
        "Monthly tally\n\nMARDAN: At least 37 attacks were reported in Khyber Pakhtunkhwa in "
        "March, data compiled by the Swat Valley Conflict Desk showed.\n",
        dt.date(2031, 4, 3),
    )
    claim = found["At least 37"]
    assert (claim.measure, claim.location) == ("attacks", "Khyber Pakhtunkhwa")
    assert (claim.date_start, claim.date_end) == (dt.date(2031, 3, 1), dt.date(2031, 3, 31))


def test_a_row_label_before_its_figure_still_names_its_area() -> None:
    # near miss: a row of a table by province, with no verb after its colon, is a row
    found = claims_of(
        "Attacks by province in 2031:\n\nSindh: 41 attacks\n\nBalochistan: 63 attacks\n",
        dt.date(2032, 1, 9),
    )
    assert found["41"].location == "Sindh"
    assert found["63"].location == "Balochistan"


def test_a_capitals_dateline_in_the_leads_sentence_is_no_place_of_the_tally() -> None:
    found = claims_of(
        "Half-year review\n\nISLAMABAD: Between January 1 and June 30, militants carried out 219 "
        "attacks, killing 305 people, the Rawal Institute of Conflict Data said in its "
        "half-yearly review.\n",
        dt.date(2032, 7, 4),
    )
    assert found["219"].location == "Pakistan"
    assert found["305"].location == "Pakistan"


def test_the_capital_named_in_the_lead_itself_keeps_its_tally() -> None:
    # near miss: the capital written as the figure's place, after the dateline, stays
    found = claims_of(
        "Half-year review\n\nISLAMABAD: From January 1 to June 30, militants carried out 14 "
        "attacks in Islamabad, the Rawal Institute of Conflict Data said in its review.\n",
        dt.date(2032, 7, 4),
    )
    assert found["14"].location == "Islamabad"


def test_a_tally_in_a_while_clause_shares_the_arrests_period() -> None:
    found = claims_of(
        "Year in review\n\nKOHIMA: As many as 58 insurgents were arrested in Nagaland during "
        "2031, while 9 security personnel lost their lives, the state home department said.\n",
        dt.date(2032, 1, 11),
    )
    nine = found["9"]
    assert nine.measure == "killed"
    assert (nine.date_start, nine.date_end) == (dt.date(2031, 1, 1), dt.date(2031, 12, 31))


def test_an_arrest_day_still_dates_no_earlier_harm() -> None:
    # near miss: a day after an arrest, not a "while" clause, dates the arrest alone
    found = claims_of(
        "Arrests made\n\nKOHIMA: Police arrested four men on Monday, two days after three "
        "soldiers were killed in Mon district.\n",
        dt.date(2031, 6, 4),
    )
    assert found["four"].date_start == dt.date(2031, 6, 2)
    assert found["three"].date_start == dt.date(2031, 5, 31)


def test_a_provinces_force_tallies_over_the_province() -> None:
    found = claims_of(
        "Police data\n\nHYDERABAD: The Sindh police arrested 1,930 suspects in May and "
        "conducted 640 raids, the provincial police department said.\n",
        dt.date(2031, 6, 2),
    )
    assert found["1,930"].location == "Sindh"
    initials = claims_of(
        "CTD data\n\nMULTAN: The CTD Punjab arrested 612 suspected militants in the first "
        "quarter, a spokesman for the department said.\n",
        dt.date(2031, 4, 5),
    )
    assert initials["612"].location == "Punjab"


def test_a_provinces_force_on_one_day_stays_at_the_scene() -> None:
    # near miss: one day's arrests by the province's force are the report's town's
    found = claims_of(
        "Raid\n\nMULTAN: The Punjab police arrested 12 suspects on Sunday.\n",
        dt.date(2031, 4, 7),
    )
    assert found["12"].location == "Multan"
    town = claims_of(
        "Police data\n\nMULTAN: Multan police arrested 212 suspects in March.\n",
        dt.date(2031, 4, 7),
    )
    assert town["212"].location == "Multan"
