"""One deed told under two words by two outlets (issue #11, grouping): the airstrike on a
market that another outlet calls the bombing of the market, the drone strike another calls the
bombing of a compound. The kinds (military airstrike, attack bombing) are of two families,
which set them against each other and split the incident; as one deed they set nothing
against each other. A bomb planted or thrown by hand (a car bomb, a suicide bomber, a roadside
bomb) is no airstrike: such a report in the same town on the same day stays its own incident,
as does an attack of another kind. Reports we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import shared_events

PUBLISHED = dt.date(2031, 6, 3)  # a Tuesday

MARKET_STRIKE = (
    "Airstrike kills 12 in Idlib village\n\n"
    "BEIRUT (AP) — An airstrike hit a market in the Syrian village of Kafr Nabl in Idlib "
    "province on Monday, killing 12 civilians, activists said.\n"
)
MARKET_BOMBING = (
    "Bombing of Idlib market kills 12\n\n"
    "IDLIB: The bombing of a market in Kafr Nabl on Monday killed 12 civilians, including "
    "three children, rescuers said. Warplanes were seen over the village.\n"
)
DRONE_STRIKE = (
    "Drone strike kills five militants in North Waziristan\n\n"
    "MIRANSHAH: A drone strike on a compound in Datta Khel, North Waziristan, on Monday killed "
    "five suspected militants, officials said.\n"
)
COMPOUND_BOMBED = (
    "Five killed in Datta Khel bombing\n\n"
    "PESHAWAR: Five suspected militants were killed when a compound was bombed in Datta Khel, "
    "North Waziristan, on Monday, intelligence officials said.\n"
)
WEDDING_STRIKES = (
    "Air strikes on Hajjah wedding kill 20\n\n"
    "SANAA (Reuters) - Coalition air strikes hit a wedding party in Hajjah province on Monday, "
    "killing 20 guests, medics said.\n"
)
WEDDING_BOMBING = (
    "Wedding bombing in Hajjah kills 20\n\n"
    "SANAA: The bombing of a wedding tent in Hajjah by coalition jets on Monday killed 20 "
    "people, a health official said.\n"
)
KADUNA_RAID = (
    "Police raid kills three suspects in Kaduna\n\n"
    "KADUNA - Police raided a hideout in Kaduna on Monday and killed three suspected "
    "kidnappers, a spokesman said.\n"
)
KADUNA_OPERATION = (
    "Three suspects killed in Kaduna operation\n\n"
    "KADUNA - Three suspected kidnappers died in a police operation at a hideout in Kaduna on "
    "Monday, the police command said.\n"
)
CAR_BOMB = (
    "Car bomb kills five near Kafr Nabl mosque\n\n"
    "IDLIB: A car bomb exploded near a mosque in Kafr Nabl on Monday, killing five people, a "
    "monitor said.\n"
)
SUICIDE_BOMBER = (
    "Suicide bomber kills seven in Datta Khel\n\n"
    "MIRANSHAH: A suicide bomber blew himself up near an army convoy in Datta Khel, North "
    "Waziristan, on Monday, killing seven soldiers, officials said.\n"
)
ROADSIDE_BOMB = (
    "Roadside bomb kills four in Hajjah\n\n"
    "SANAA (Reuters) - A roadside bomb went off under a minibus in Hajjah province on Monday, "
    "killing four passengers, medics said.\n"
)
KADUNA_MARKET_BLAST = (
    "Blast at Kaduna market kills six\n\n"
    "KADUNA - An explosive device planted in a market in Kaduna went off on Monday, killing "
    "six traders, police said.\n"
)

CAR_BOMBING = (
    "Car bombing kills eight at Mogadishu checkpoint\n\n"
    "MOGADISHU: A car bombing at a checkpoint in Mogadishu on Monday killed eight people, "
    "police said.\n"
)
MOGADISHU_STRIKE = (
    "US airstrike kills eight militants near Mogadishu\n\n"
    "MOGADISHU (AP) — A US airstrike killed eight al-Shabab fighters near Mogadishu on "
    "Monday, the US military said.\n"
)
SUICIDE_BOMBING = (
    "Suicide bombing kills 10 in Kabul\n\n"
    "KABUL: A suicide bombing at a checkpoint in Kabul on Monday killed 10 people, officials "
    "said.\n"
)
KABUL_AIR_RAID = (
    "Air raid kills 10 near Kabul\n\n"
    "KABUL: An air raid struck a village near Kabul on Monday, killing 10 people, officials "
    "said.\n"
)
ADEN_BLAST = (
    "Bomb blast kills five soldiers in Aden\n\n"
    "ADEN, Yemen: A bomb blast near a checkpoint in Aden on Monday killed five soldiers, "
    "security officials said.\n"
)
ADEN_MISSILE = (
    "Missile strike kills five soldiers in Aden\n\n"
    "ADEN, Yemen: A missile strike on a military camp in Aden on Monday killed five soldiers, "
    "officials said.\n"
)
GAZA_EXPLOSION = (
    "Explosion kills six in Gaza City house\n\n"
    "GAZA CITY: An explosion at a house in Gaza City on Monday killed six people, the health "
    "ministry said.\n"
)
GAZA_STRIKE = (
    "Israeli airstrike kills two in Gaza City\n\n"
    "GAZA CITY (Reuters) - An Israeli airstrike hit a car in Gaza City on Monday, killing two "
    "militants, the health ministry said.\n"
)
SHABELLE_BOMB = (
    "Roadside bomb kills six soldiers in Lower Shabelle\n\n"
    "MOGADISHU: A roadside bomb went off under an army truck in Lower Shabelle, killing six "
    "soldiers, officials said.\n"
)
SHABELLE_STRIKE = (
    "Airstrike kills six militants in Lower Shabelle\n\n"
    "MOGADISHU: An airstrike killed six al-Shabab militants in Lower Shabelle region, "
    "officials said.\n"
)
CHECKPOINT_BOMBER = (
    "Suicide bomber kills five in Miranshah\n\n"
    "MIRANSHAH: A suicide bomber blew himself up near a checkpoint in Miranshah on Monday, "
    "killing five soldiers, officials said.\n"
)
HOUSE_DRONE_STRIKE = (
    "Drone strike kills five in Miranshah\n\n"
    "MIRANSHAH: A drone strike hit a house in Miranshah on Monday, killing five suspected "
    "militants, officials said.\n"
)

@pytest.mark.parametrize(
    ("first", "second"),
    [
        (MARKET_STRIKE, MARKET_BOMBING),
        (DRONE_STRIKE, COMPOUND_BOMBED),
        (WEDDING_STRIKES, WEDDING_BOMBING),
        (KADUNA_RAID, KADUNA_OPERATION),
    ],
)
def test_one_deed_told_two_ways_is_one_incident(first: str, second: str) -> None:
    assert shared_events(first, second, published=PUBLISHED) == {frozenset({1, 2})}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (MARKET_STRIKE, CAR_BOMB),
        (DRONE_STRIKE, SUICIDE_BOMBER),
        (WEDDING_STRIKES, ROADSIDE_BOMB),
        (KADUNA_RAID, KADUNA_MARKET_BLAST),
    ],
)
def test_a_planted_bomb_is_no_airstrike(first: str, second: str) -> None:
    assert shared_events(first, second, published=PUBLISHED) == {
        frozenset({1}), frozenset({2})
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (CAR_BOMBING, MOGADISHU_STRIKE),
        (SUICIDE_BOMBING, KABUL_AIR_RAID),
        (ADEN_BLAST, ADEN_MISSILE),
        (GAZA_EXPLOSION, GAZA_STRIKE),
    ],
)
def test_a_bombing_told_as_a_blast_on_the_ground_is_no_airstrike(first: str, second: str) -> None:
    """A car or suicide bombing, or a bomb blast or an explosion told without bombs dropped,
    beside an airstrike in the town on the day: two incidents."""
    assert shared_events(first, second, published=PUBLISHED) == {
        frozenset({1}), frozenset({2})
    }


@pytest.mark.parametrize(
    ("first", "second"),
    [(SHABELLE_BOMB, SHABELLE_STRIKE), (CHECKPOINT_BOMBER, HOUSE_DRONE_STRIKE)],
)
def test_a_planted_bomb_grouped_beside_an_airstrike_keeps_its_figures(
    first: str, second: str
) -> None:
    """Reports of a planted bomb and an airstrike, undated, that the report grouping puts
    together on their region: they tell no one deed, so the kinds still keep their figures
    apart."""
    docs = [
        from_text(text, doc_id=f"d{n}", path=f"r{n}.txt", published=None)
        for n, text in enumerate((first, second), start=1)
    ]
    result = run_documents(docs)
    report = {c.id: c.document_id for c in result.claims}
    assert all(len({report[c] for c in e.claim_ids}) == 1 for e in result.events)
