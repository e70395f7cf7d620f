"""A national review filed from the capital: its tallies are the country's, whatever the
dateline and the body's seat ("an Abuja-based consultancy"); a province the review ranks
later is a part, not the area of the figures before or after it; a province of another
country read inside the body's name ("the Sahel ... Observatory" of a Nigerian body) is no
area. A one-state release keeps its state for the figures after its ranked districts, a
province of the report's own country stays its figure's, and the capital's own figure,
told as the capital's, stays there."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

RELEASED = dt.date(2026, 1, 6)


def places_of(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=RELEASED)])
    return {c.number_text: c.location for c in result.claims if c.is_core}


NATIONAL = (
    "Armed violence in Nigeria worsened in 2025: consultancy\n\n"
    "ABUJA: Armed violence spread further across the country last year, with rural "
    "communities in the north bearing the worst of it.\n\n"
    "The Sahel Risk Observatory (SRO), an Abuja-based security consultancy, said in its "
    "yearly report published on Monday that 3,410 people were killed in 1,126 violent "
    "incidents during 2025.\n\n"
    "Of the dead, 612 were soldiers and police officers and 2,150 were civilians. Borno "
    "remained the worst-affected state with 905 deaths, followed by Zamfara with 688.\n\n"
    "The consultancy said 1,870 people were abducted, while troops killed 1,240 insurgents "
    "in operations.\n"
)


@pytest.mark.parametrize("figure", ["3,410", "1,126", "612", "2,150", "1,870", "1,240"])
def test_a_reviews_national_tallies_are_the_countrys(figure: str) -> None:
    assert places_of(NATIONAL)[figure] == "Nigeria"


@pytest.mark.parametrize(("figure", "state"), [("905", "Borno"), ("688", "Zamfara")])
def test_a_ranked_state_keeps_its_own_figure(figure: str, state: str) -> None:
    assert places_of(NATIONAL)[figure] == state


def test_the_capitals_own_figure_stays_the_capitals() -> None:
    text = NATIONAL.replace(
        "The consultancy said 1,870 people were abducted",
        "In Abuja itself, 27 people were killed during the year, the consultancy said. "
        "Nationwide, 1,870 people were abducted",
    )
    found = places_of(text)
    assert (found["27"] or "").startswith("Abuja")
    assert found["1,870"] == "Nigeria"


HOME_REGIONS = (
    "Jihadist violence worsened last year: monitor\n\n"
    "OUAGADOUGOU: Violence by armed groups spread across the country last year.\n\n"
    "The Volta Observatory for Security (VOS), an Ouagadougou-based monitor, said in its "
    "annual review on Tuesday that 2,760 people were killed in 940 attacks during 2025.\n\n"
    "Of the dead, 1,430 were civilians. The Centre-Nord region remained the worst-hit with "
    "702 deaths, followed by the Boucle du Mouhoun with 388.\n\n"
    "The monitor said 1,950 people were wounded and 340 were kidnapped. In the Sahel region "
    "alone, 611 people were killed, it said.\n"
)


@pytest.mark.parametrize("figure", ["2,760", "940", "1,430", "1,950", "340"])
def test_a_review_of_the_capitals_country_keeps_the_country(figure: str) -> None:
    assert places_of(HOME_REGIONS)[figure] == "Burkina Faso"


def test_a_region_of_the_reports_own_country_stays_its_figures() -> None:
    found = places_of(HOME_REGIONS)
    assert found["702"] == "Centre-Nord"
    assert (found["611"] or "").startswith("Sahel")


ONE_STATE = (
    "52 Maoists killed in Jharkhand in 2025, police data show\n\n"
    "RANCHI: Security forces killed 52 Maoists in Jharkhand last year, according to figures "
    "released by the Jharkhand Police on Friday.\n\n"
    "A total of 214 Maoists were arrested and 96 surrendered during the year, the data "
    "showed.\n\n"
    "West Singhbhum accounted for 23 of the Maoists killed, Latehar 12 and Gumla 9. Security "
    "forces carried out 118 operations during the year, most of them in the southern "
    "forests.\n"
)


def test_a_one_state_release_keeps_its_state_after_its_ranked_districts() -> None:
    found = places_of(ONE_STATE)
    assert found["214"] == "Jharkhand"
    assert found["118"] == "Jharkhand"
    assert found["23"] == "West Singhbhum"


MONTHLY = (
    "140 killed in 88 militant attacks in March, says monitor\n\n"
    "KABUL: At least 140 people, including 52 members of the security forces, lost their "
    "lives in 88 attacks across the country in March, a monitor has said, as Nangarhar and "
    "Kunar continued to bear the brunt of the violence.\n\n"
    "According to the monthly report of the Hindu Kush Conflict Monitor (HKCM), released on "
    "Sunday, 203 people were injured in the attacks during the month.\n\n"
    "The report said Nangarhar witnessed 41 attacks in which 63 people were killed, while "
    "Kunar saw 19 attacks that killed 30 people.\n"
)


def test_a_province_the_lead_names_beside_the_country_is_no_area_of_the_tallies() -> None:
    found = places_of(MONTHLY)
    assert found["140"] == "Afghanistan"
    assert found["At least 140"] == "Afghanistan"
    assert found["203"] == "Afghanistan"
    assert found["63"] == "Nangarhar"
