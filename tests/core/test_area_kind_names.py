"""The words of an area's kind ("Maru Local Government Area", "Bannu District", "Kadawa
Village") are no names two reports share (issue #11, grouping): every Nigerian report names
its LGA so, and "Local", "Government", "Area" tied reports of attacks in two LGAs. The other
incidents a report tells beside its own already left them out (``report_asides``); now the
report's own names do too. The place's own name, and names beside such words ("Chairman Musa
Garba", "Government Secondary School"'s town), keep today's reading. Reports we wrote."""

from __future__ import annotations

import pytest

from tests.core.report_factory import report_names as names
from tests.core.report_factory import reported_together as together


def zamfara(lga: str, village: str) -> str:
    return (
        f"Bandits kill 15 in {lga} community\n"
        f"GUSAU: At least 15 residents were killed when armed bandits attacked {village} "
        f"village in {lga} Local Government Area of Zamfara State on Sunday night, police "
        "said.\n"
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (zamfara("Maru", "Kadawa"), "local"),
        (zamfara("Maru", "Kadawa"), "government"),
        (zamfara("Maru", "Kadawa"), "area"),
        ("Police said two were killed in Bannu District on Monday, and a Levies officer "
         "in Lakki Marwat District confirmed it.\n", "district"),
    ],
)
def test_a_word_of_an_area_kind_is_no_name(text: str, word: str) -> None:
    assert word not in names(text)


def test_two_areas_told_alike_stay_two_incidents() -> None:
    assert not together(zamfara("Maru", "Kadawa"), zamfara("Bukkuyum", "Adabka"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (zamfara("Maru", "Kadawa") + "Council chairman Musa Garba confirmed the attack.\n",
         "garba"),
        ("Pupils of Government Secondary School Kankara were freed, Governor Aminu Masari "
         "said.\n", "masari"),
        ("Gunmen killed two at Area Commander Yusuf Dankano's home, residents said.\n",
         "dankano"),
    ],
)
def test_names_beside_area_words_stay_names(text: str, word: str) -> None:
    assert word in names(text)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (zamfara("Maru", "Kadawa") + "The dead included Alhaji Sani Dogon-Daji.\n",
         zamfara("Maru", "Kadawa").replace("armed bandits", "gunmen")
         + "Alhaji Sani Dogon-Daji was among those killed, residents said.\n"),
        (zamfara("Maru", "Kadawa"), zamfara("Maru", "Kadawa").replace("Sunday night", "Sunday")),
    ],
)
def test_one_incident_in_one_area_still_groups(first: str, second: str) -> None:
    assert together(first, second)
