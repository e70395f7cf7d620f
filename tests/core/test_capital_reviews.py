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
    "forces carried out 118 operations over the twelve months, chiefly in the southern "
    "forests.\n"
)


def test_a_one_state_release_keeps_its_state_after_its_ranked_districts() -> None:
    found = places_of(ONE_STATE)
    assert found["214"] == "Jharkhand"
    assert found["118"] == "Jharkhand"
    assert found["23"] == "West Singhbhum"


MONTHLY = (
    "140 killed in 88 militant attacks in March, says monitor\n\n"
    "KABUL: At least 140 people, among them 52 members of the security forces, died in 88 "
    "attacks across the country in March, a monitor has said, as Nangarhar and Kunar again "
    "suffered the worst of the violence.\n\n"
    "The Hindu Kush Conflict Monitor (HKCM) said in its monthly report, released on Sunday, "
    "that 203 people were wounded during the month.\n\n"
    "The report said Nangarhar witnessed 41 attacks in which 63 people died, while Kunar saw "
    "19 attacks that killed 30 people.\n"
)


def test_a_province_the_lead_names_beside_the_country_is_no_area_of_the_tallies() -> None:
    found = places_of(MONTHLY)
    assert found["140"] == "Afghanistan"
    assert found["At least 140"] == "Afghanistan"
    assert found["203"] == "Afghanistan"
    assert found["63"] == "Nangarhar"


BRUNT = (
    "Diyala bears brunt as 318 killed in 2025: observatory\n\n"
    "BAGHDAD: Militant attacks rose across the country last year, with Diyala and Kirkuk "
    "bearing the brunt of the violence.\n\n"
    "The Mesopotamia Observatory for Security Studies (MOSS), a Baghdad-based research group, "
    "said in its annual report released on Sunday that 318 people were killed in 141 attacks "
    "during 2025.\n\n"
    "Of the dead, 104 were members of the security forces. Diyala remained the worst-hit "
    "province with 92 deaths, followed by Kirkuk with 61.\n\n"
    "The report said 427 people were wounded, while troops killed 210 insurgents in "
    "raids.\n"
)


def test_provinces_a_country_wide_lead_names_beside_are_parts() -> None:
    found = places_of(BRUNT)
    assert [found[f] for f in ("141", "104", "427", "210")] == ["Iraq"] * 4
    assert found["92"] == "Diyala"


def test_a_headlines_figure_the_body_gives_again_is_the_countrys() -> None:
    claims = run_documents([from_text(BRUNT, doc_id="d1", published=RELEASED)]).claims
    assert {c.location for c in claims if c.number_text == "318"} == {"Iraq"}


def test_a_one_province_lead_keeps_its_province() -> None:
    text = (
        "Attacks in Diyala rose in 2025: observatory\n\n"
        "BAQUBAH: Militant attacks rose across Diyala province last year, with the Khanaqin "
        "and Muqdadiya districts bearing the brunt.\n\n"
        "The Mesopotamia Observatory for Security Studies (MOSS), a Baquba-based research "
        "group, said in its annual report released on Sunday that 118 people were killed in "
        "61 attacks during 2025.\n\n"
        "Of the dead, 44 were members of the security forces. The report said 227 people were "
        "wounded.\n"
    )
    found = places_of(text)
    assert [(found[f] or "").startswith("Diyala") for f in ("118", "44", "227")] == [True] * 3
