"""Reports of one day whose leads name two neighbouring towns, each its own and not the other's
(issue #11, grouping): two incidents a short drive apart, told in the same words, stay two
unless the reports share a name beyond those of place, people and kind (a victim, an officer,
a group). The same incident told as a town by one outlet and as its camp, a village near it, or
a neighbouring town with the same victim by another still groups. Reports we wrote."""

from __future__ import annotations

import pytest

from tests.core.report_factory import reported_together as together

TUBAS = (
    "Israeli airstrike kills three Palestinians in Tubas\n"
    "TUBAS, West Bank (Reuters) - An Israeli airstrike on the town of Tubas in the occupied "
    "West Bank killed three Palestinians on Tuesday, the Palestinian health ministry said.\n"
    "The ministry said five others were wounded when the strike hit a house.\n"
)
TAMMUN = (
    "Israeli raid kills two Palestinians in Tammun\n"
    "TAMMUN, West Bank (AP) - Israeli forces raiding the town of Tammun in the occupied West "
    "Bank killed two Palestinians on Tuesday, the Palestinian health ministry said.\n"
    "The ministry said four others were wounded when troops stormed several houses.\n"
)
NABLUS = (
    "Settlers torch cars and homes in Nablus\n"
    "NABLUS, West Bank (Reuters) - Israeli settlers set fire to cars and homes in Nablus in "
    "the occupied West Bank on Tuesday, wounding six Palestinians, the Palestinian Red "
    "Crescent said.\n"
)
HUWARA = (
    "Settlers torch cars in Huwara, six Palestinians hurt\n"
    "HUWARA, West Bank (AFP) - Israeli settlers torched cars and homes in Huwara in the "
    "occupied West Bank on Tuesday, wounding six Palestinians, the Palestinian Red Crescent "
    "said.\n"
)
ANANTNAG = (
    "Militants hurl grenade at CRPF party in Anantnag, four injured\n"
    "SRINAGAR: Four CRPF personnel were injured when militants hurled a grenade at a security "
    "forces party in Anantnag town of south Kashmir on Tuesday, police said.\n"
)
BIJBEHARA = (
    "Four injured in grenade attack in Bijbehara\n"
    "Srinagar, June 3: Militants lobbed a grenade at a CRPF party in Bijbehara town of south "
    "Kashmir on Tuesday, leaving four personnel injured, a police official said.\n"
)
JOS = (
    "Gunmen kill 12 in Jos community\n"
    "JOS - Gunmen on Tuesday attacked a community in Jos, Plateau State, killing 12 "
    "residents and burning houses, the police command said.\n"
)
BUKURU = (
    "Gunmen kill nine in Bukuru\n"
    "Suspected gunmen on Tuesday invaded a community in Bukuru, Plateau State, killing "
    "nine residents and setting houses ablaze, police said.\n"
)
FLINT = (
    "Man shot dead outside Flint gas station\n"
    "FLINT, Mich. - A 24-year-old man was shot and killed outside a gas station in Flint on "
    "Tuesday night, police said. No arrests have been made.\n"
)
BURTON = (
    "Man killed in shooting at Burton gas station\n"
    "BURTON, Mich. - A 31-year-old man was fatally shot at a gas station in Burton on "
    "Tuesday night, police said. No arrests have been made.\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [(TUBAS, TAMMUN), (NABLUS, HUWARA), (ANANTNAG, BIJBEHARA), (JOS, BUKURU), (FLINT, BURTON)],
)
def test_neighbouring_towns_told_alike_stay_two_incidents(first: str, second: str) -> None:
    assert not together(first, second)


CAMP = (
    "Israeli raid on Jenin camp kills three\n"
    "JENIN, West Bank (AP) - Israeli forces killed three Palestinians during a raid on the "
    "Jenin refugee camp on Tuesday, the Palestinian health ministry said.\n"
)
JENIN = (
    "Three Palestinians killed in Israeli raid in Jenin\n"
    "JENIN, West Bank (Reuters) - Three Palestinians were killed on Tuesday when Israeli troops "
    "raided Jenin in the occupied West Bank, the Palestinian health ministry said.\n"
)
NEAR_NABLUS = (
    "Settlers torch cars near Nablus\n"
    "HUWARA, West Bank (AFP) - Israeli settlers torched cars and homes in Huwara, a town near "
    "Nablus in the occupied West Bank, on Tuesday, wounding six Palestinians, the Red "
    "Crescent said.\n"
)
TUBAS_NAMED = TUBAS + "The dead were named as Omar Haddadin and his cousin Saleh Haddadin.\n"
TAMMUN_NAMED = TAMMUN + "Among the dead were Omar Haddadin and Saleh Haddadin, residents said.\n"
BIJBEHARA_OFFICER = BIJBEHARA + "Senior superintendent Imtiyaz Wani said a search was on.\n"
ANANTNAG_OFFICER = ANANTNAG + "Imtiyaz Wani, the district police chief, said a search was on.\n"
FLINT_VICTIM = FLINT + "Relatives identified him as Darnell Whitlow.\n"
BURTON_VICTIM = BURTON + "Family members said Darnell Whitlow was a father of two.\n"
BUKURU_TOWN = (
    "Gunmen kill 12 in Jos community\n"
    "JOS - Gunmen on Tuesday attacked Bukuru, a community south of Jos, killing 12 "
    "residents and burning houses, the police command said.\n"
)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (CAMP, JENIN),
        (NEAR_NABLUS, NABLUS),
        (TUBAS_NAMED, TAMMUN_NAMED),
        (ANANTNAG_OFFICER, BIJBEHARA_OFFICER),
        (FLINT_VICTIM, BURTON_VICTIM),
        (BUKURU_TOWN, BUKURU),
        (TAMMUN, TAMMUN.replace("(AP)", "(WAFA)").replace("raiding", "who raided")),
    ],
)
def test_one_incident_told_from_a_neighbouring_place_still_groups(
    first: str, second: str
) -> None:
    assert together(first, second)
