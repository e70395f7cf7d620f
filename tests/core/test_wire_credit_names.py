"""The wire service credited in a dateline or a "told Reuters" is no name two reports share
(issue #11, grouping): a wire files many stories a day, so its credit ties reports of
different incidents (two bombings 400 km apart, both "(Reuters)") into one. Names that only
resemble a wire's, and the names one incident's reports do share, still count. Reports we
wrote."""

from __future__ import annotations

import pytest

from tests.core.report_factory import report_names as names
from tests.core.report_factory import reported_together as together

KANDAHAR = (
    "Roadside bomb kills four soldiers in Kandahar\n"
    "KANDAHAR, Afghanistan (Reuters) - A roadside bomb killed four Afghan soldiers on Tuesday "
    "in Kandahar, a provincial spokesman told Reuters.\n"
)
KUNDUZ = (
    "Suicide bomber kills five police in Kunduz\n"
    "KUNDUZ, Afghanistan (Reuters) - A suicide bomber killed five policemen on Tuesday at a "
    "checkpoint in Kunduz, a police spokesman told Reuters.\n"
)
MOSUL = (
    "Car bomb kills six in Mosul market\n"
    "MOSUL, Iraq (Reuters) - A car bomb exploded in a crowded market in Mosul on Tuesday, "
    "killing six people, police sources told Reuters.\n"
)
KIRKUK = (
    "Bomb kills three at Kirkuk checkpoint\n"
    "KIRKUK, Iraq (Reuters) - A bomb exploded at an army checkpoint in Kirkuk on Tuesday, "
    "killing three soldiers, security sources told Reuters.\n"
)
ADANA = (
    "Blast at Adana bus station wounds eight\n"
    "ADANA, Turkey (Anadolu) - A blast at the bus station in Adana wounded eight people on "
    "Tuesday, the governor's office told Anadolu.\n"
)
MERSIN = (
    "Explosion at Mersin port wounds five\n"
    "MERSIN, Turkey (Anadolu) - An explosion at the port of Mersin wounded five workers on "
    "Tuesday, the governor's office told Anadolu.\n"
)


@pytest.mark.parametrize(
    ("first", "second"), [(KANDAHAR, KUNDUZ), (MOSUL, KIRKUK), (ADANA, MERSIN)]
)
def test_one_wire_credit_ties_no_incidents(first: str, second: str) -> None:
    assert not together(first, second)


@pytest.mark.parametrize(
    ("text", "credit"),
    [(KANDAHAR, "reuters"), (ADANA, "anadolu"),
     ("Three killed in Sanaa, a ministry official told Agence France-Presse.\n",
      "france-presse")],
)
def test_a_wire_credit_is_no_name(text: str, credit: str) -> None:
    assert credit not in names(text)


KANDAHAR_AP = (
    "Four Afghan soldiers killed by bomb in Kandahar\n"
    "KANDAHAR, Afghanistan (AP) - Four Afghan soldiers died on Tuesday when a roadside bomb "
    "hit their vehicle in Kandahar, spokesman Zalmai Ayubi said.\n"
)
KANDAHAR_NAMED = KANDAHAR + "Spokesman Zalmai Ayubi said the patrol was hit near a bridge.\n"
KIRKUK_UPDATE = KIRKUK.replace("three soldiers", "four soldiers").replace(
    "Bomb kills three", "Toll rises to four") + "The dead included Captain Haidar Saadoun.\n"
KIRKUK_NAMED = KIRKUK + "Captain Haidar Saadoun was among the dead.\n"
MOSUL_AFP = (
    "Six dead as car bomb hits Mosul market\n"
    "MOSUL, Iraq (AFP) - Six people were killed when a car bomb went off in a busy market in "
    "Mosul on Tuesday, police colonel Rafea Dulaimi told AFP.\n"
)
MOSUL_NAMED = MOSUL + "Colonel Rafea Dulaimi said the car was parked by a bakery.\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [(KANDAHAR_NAMED, KANDAHAR_AP), (KIRKUK_NAMED, KIRKUK_UPDATE), (MOSUL_NAMED, MOSUL_AFP),
     (MOSUL, MOSUL)],
)
def test_one_incident_from_wires_still_groups(first: str, second: str) -> None:
    assert together(first, second)


@pytest.mark.parametrize(
    ("text", "name"),
    [("A gunman shot two guards on Reuter Street in Lagos, police said.\n", "reuter"),
     ("Press officer Lena Bloomfield said two were hurt in Graz.\n", "bloomfield")],
)
def test_names_like_a_wire_stay_names(text: str, name: str) -> None:
    assert name in names(text)
