"""Places that are not the incident's scene (issue #11, place): a place of care the hurt
were taken to or whose staff speak ("the Burns Centre in X", "the Hope Ambulance service",
"doctors at Alder and Birch hospitals"), the town victims came from ("labourers from X in Y
district") or lived and worked in ("cousins ... who had been working in X"),
a landmark the scene is near, written with its district ("near the Zamzam roundabout in the
Farjano district"), a people's name ("the Tarok people"). Sentences written for these
classes, positive and negative."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import PLACE_DAY, core_claims_by_text

_ROAD_REPORT = (
    "Kohat blast toll rises to 9\n\n"
    "PESHAWAR: The death toll in Monday's attack on a passenger van on the Kohat-Hangu "
    "road rose to 9 on Tuesday after two more of the wounded died at the Burns Centre in "
    "Peshawar.\n\n"
    "The van was stopped near Shinawari, some 30 km west of Kohat town, when gunmen opened "
    "fire on it.\n\n"
    "More than 20 people were wounded, according to the Hope Ambulance service, which "
    "said its vehicles made many trips.\n\n"
    "Over 10 people were treated, according to doctors at Alder and Birch hospitals.\n\n"
    '"Six of those killed were cousins from Okara who had been working in Lahore," he '
    'said.\n\n'
    "Police said that among the dead were four labourers from Hosur in Tamil Nadu's "
    "Krishnagiri district.\n"
)

_SIEGE_REPORT = (
    "Hotel siege in Kismayo\n\n"
    "KISMAYO, Somalia (AP) — Gunmen stormed a hotel in the port city late Friday, killing "
    "at least 9 people, police said.\n\n"
    "Five soldiers and four civilians were among the dead, a police spokesman told "
    "reporters outside the hotel, near the busy KM5 junction in the Hawlwadag district.\n\n"
    "More than 20 people were wounded, according to the Amani Ambulance service, which "
    "said its vehicles made many trips.\n\n"
    "Over 10 people were injured, some of them critically, according to medical sources at "
    "Sefton and Marlow hospitals.\n\n"
    "The Tarok Elders Forum, the umbrella body of the Tarok people, "
    "put the death toll at 16.\n\n"
    "Last year, six people were wounded at a wedding in Jamaame, about 60 kilometres north "
    "of Kismayo, when a bomb exploded.\n"
)

_STRUCK_REPORT = (
    "Hospital attack in Peshawar\n\n"
    "PESHAWAR: Gunmen stormed the Burns Centre in Peshawar on Monday, killing seven "
    "people, police said.\n\n"
    "Six brothers who were shot in Mardan were among the dead, he said.\n"
)


def _places(text: str) -> dict[float, str | None]:
    return {c.value: c.location for c in core_claims_by_text([text], PLACE_DAY)[text]}


@pytest.mark.parametrize(
    ("value", "place"),
    [
        (9, "Shinawari"),  # the lead's care place is no scene: the next sentence's is
        (2, "Shinawari"),
        (6, "Shinawari"),  # the brothers' home and where they worked
        (4, "Shinawari"),  # the labourers' town and its district
    ],
)
def test_care_places_and_homes_are_no_scene(value: float, place: str) -> None:
    assert _places(_ROAD_REPORT)[value] == place


@pytest.mark.parametrize(
    ("value", "place"),
    [
        (9, "Hawlwadag district, Kismayo"),  # the district, not the landmark near the scene
        (20, "Hawlwadag district, Kismayo"),  # an ambulance service speaks: the scene
        (10, "Hawlwadag district, Kismayo"),  # sources at two named hospitals
        (16, "Hawlwadag district, Kismayo"),  # a people's name is no place
        (6, "Jamaame"),  # a distance set off by a comma measures from the other town
    ],
)
def test_landmarks_peoples_and_distances(value: float, place: str) -> None:
    assert _places(_SIEGE_REPORT)[value] == place


def test_a_care_place_attacked_and_a_harm_told_in_a_clause_stay() -> None:
    found = _places(_STRUCK_REPORT)
    assert found[7] == "Peshawar"  # a place of care stormed: its town is the scene
    assert found[6] == "Mardan"  # "brothers who were shot in X": the harm's place
