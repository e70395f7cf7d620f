"""A report that tells its dead in a city on a day by no kind of incident at all ("Two people
were killed in Hyderabad on Monday, police said") beside two incidents of that city and day (a
bombing at a bus stop, a shooting of two shopkeepers) joins the one whose toll, site or names
it shares, and none when it shares only the city and the day: neither its report nor its
figures bridge into the other (issue #11, grouping). Reports, people and places we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.group.incidents import cluster_reports
from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import headlined, report_groups, shared_events

PUBLISHED = dt.date(2031, 9, 16)  # a Tuesday

BUS_STOP = headlined(
    "Bomb kills six at Hyderabad bus stop",
    "HYDERABAD: A bomb exploded at a crowded bus stop in the Latifabad area of Hyderabad on "
    "Monday, killing six people and wounding 15, police said.",
)
SHOPKEEPERS = headlined(
    "Gunmen kill two shopkeepers in Hyderabad",
    "HYDERABAD: Gunmen on motorcycles shot dead two shopkeepers in the Qasimabad area of "
    "Hyderabad on Monday, police said.",
)
TWO_DEAD = headlined(
    "Two killed in Hyderabad",
    "HYDERABAD: Two people were killed in Hyderabad on Monday, police said.",
)
THREE_DEAD = headlined(
    "Three killed in Hyderabad",
    "HYDERABAD: Three people were killed in Hyderabad on Monday, police said.",
)
FOUR_DEAD = headlined(
    "Four die in Hyderabad",
    "HYDERABAD: Four people died in Hyderabad on Monday, hospital officials said.",
)
SIX_DEAD = headlined(
    "Six dead in Hyderabad",
    "HYDERABAD: Six people were killed in Hyderabad on Monday and fifteen others were hurt, "
    "officials said.",
)
AT_THE_BUS_STOP = headlined(
    "Five killed at Hyderabad bus stop",
    "HYDERABAD: Five people were killed at a bus stop in Hyderabad on Monday, police said.",
)
IN_QASIMABAD = headlined(
    "Two dead in Qasimabad",
    "HYDERABAD: Two men lost their lives in the Qasimabad area on Monday, police said.",
)


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        # the toll it shares ties it to the shooting, not to the bombing of that day
        ((BUS_STOP, SHOPKEEPERS, TWO_DEAD), {frozenset({1}), frozenset({2, 3})}),
        # a toll neither shares: the city and the day tie it to neither
        ((BUS_STOP, SHOPKEEPERS, THREE_DEAD), {frozenset({1}), frozenset({2}), frozenset({3})}),
        ((BUS_STOP, SHOPKEEPERS, FOUR_DEAD), {frozenset({1}), frozenset({2}), frozenset({3})}),
    ],
)
def test_a_kindless_report_joins_only_the_incident_it_shares_more_than_the_city_with(
    texts: tuple[str, ...], groups: set[frozenset[int]]
) -> None:
    assert report_groups(*texts, published=PUBLISHED) == groups


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        ((BUS_STOP, SHOPKEEPERS, TWO_DEAD), {frozenset({1}), frozenset({2, 3})}),
        ((BUS_STOP, SHOPKEEPERS, THREE_DEAD), {frozenset({1}), frozenset({2}), frozenset({3})}),
        ((BUS_STOP, SHOPKEEPERS, FOUR_DEAD), {frozenset({1}), frozenset({2}), frozenset({3})}),
    ],
)
def test_a_kindless_reports_figures_join_no_other_incident(
    texts: tuple[str, ...], groups: set[frozenset[int]]
) -> None:
    assert shared_events(*texts, published=PUBLISHED) == groups

VAN_OVERTURNED = headlined(
    "Twenty hurt in Hyderabad",
    "HYDERABAD: Twenty people were injured when a van overturned in Hyderabad on Monday, "
    "police said.",
)
VAN_CRASH = headlined(
    "Van crash in Hyderabad",
    "HYDERABAD: A van overturned in Hyderabad on Monday, injuring its passengers. Five "
    "passengers were injured in the crash, police said.",
)


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        # a lead of no kind telling the deed in a clause ("when a van overturned") names an
        # incident by words no kind's trigger is: its old reading, with its toll's part
        ((VAN_OVERTURNED, VAN_CRASH), {frozenset({1, 2})}),
        # one incident in the city that day, its toll told alike or close (six / five), or
        # its site or quarter named: the kindless report joins it as before
        ((BUS_STOP, SIX_DEAD), {frozenset({1, 2})}),
        ((BUS_STOP, AT_THE_BUS_STOP), {frozenset({1, 2})}),
        ((SHOPKEEPERS, TWO_DEAD), {frozenset({1, 2})}),
        ((SHOPKEEPERS, IN_QASIMABAD), {frozenset({1, 2})}),
        ((BUS_STOP, SHOPKEEPERS, SIX_DEAD), {frozenset({1, 3}), frozenset({2})}),
        # two incidents of specific kinds stay apart as before
        ((BUS_STOP, SHOPKEEPERS), {frozenset({1}), frozenset({2})}),
    ],
)
def test_a_kindless_report_sharing_more_than_the_city_keeps_its_reading(
    texts: tuple[str, ...], groups: set[frozenset[int]]
) -> None:
    assert report_groups(*texts, published=PUBLISHED) == groups
    assert shared_events(*texts, published=PUBLISHED) == groups


# A lead whose dead have doers tells an attack by words no kind's trigger is ("suspected
# insurgents killed five farmers"): no bare count, its old reading beside the shooting that
# another outlet counts higher (issue #11 review).
DAMBOA_FIVE = headlined(
    "Farmers killed near Damboa",
    "MAIDUGURI, Nigeria - Suspected insurgents killed five farmers in Damboa in Borno state on "
    "Saturday, residents said.",
)
DAMBOA_TWELVE = headlined(
    "Gunmen open fire on Damboa farmers",
    "MAIDUGURI, Nigeria - Gunmen opened fire on farmers in Damboa in Borno state on Saturday, "
    "killing 12 people, a local official said.",
)
# A bare count beside a report of "the attack" alone: the two are bridged as before, the
# attack's hurt no toll of the dead counted (the bare count joins the gunfight by its toll).
ANANTNAG_FOUR = headlined(
    "Four die in Anantnag",
    "ANANTNAG: Four people were killed in Anantnag on Monday, police said.",
)
ANANTNAG_GUNFIGHT = headlined(
    "Gunfight in Anantnag",
    "ANANTNAG: Security forces killed four militants in an encounter in the Sirhama area of "
    "Anantnag on Monday, police said.",
)
ANANTNAG_GRENADE = headlined(
    "Grenade attack in Anantnag",
    "ANANTNAG: Militants hurled a grenade at a police post in Anantnag on Monday, injuring "
    "seven people, police said.",
)


@pytest.mark.parametrize(
    ("texts", "groups"),
    [
        ((DAMBOA_FIVE, DAMBOA_TWELVE), {frozenset({1, 2})}),
        (
            (ANANTNAG_FOUR, ANANTNAG_GUNFIGHT, ANANTNAG_GRENADE),
            {frozenset({1, 2}), frozenset({3})},
        ),
    ],
)
def test_a_lead_with_doers_or_beside_an_attack_keeps_its_reading(
    texts: tuple[str, ...], groups: set[frozenset[int]]
) -> None:
    assert report_groups(*texts, published=PUBLISHED) == groups


BANNU_BOMB = headlined(
    "Bomb kills seven in Bannu",
    "BANNU: A bomb planted on a bicycle exploded near a police station in Bannu on Monday, "
    "killing seven people, police said.",
)
BANNU_SIXTEEN = headlined(
    "Sixteen dead in Bannu",
    "BANNU: At least 16 people were killed in Bannu on Monday, officials said on Tuesday.",
)
BANNU_TWO = headlined(
    "Two dead in Bannu",
    "BANNU: Two people were killed in Bannu on Monday, police said on Tuesday.",
)


def _dated_groups(*reports: tuple[str, dt.date]) -> set[frozenset[int]]:
    """The report groups of reports each published on its own day."""
    docs = [
        from_text(text, doc_id=f"d{n}", path=f"r{n}.txt", published=day)
        for n, (text, day) in enumerate(reports, start=1)
    ]
    groups = cluster_reports(docs, run_documents(docs).claims)[1]
    return {frozenset(int(d[1:]) for d in g.document_ids) for g in groups}


@pytest.mark.parametrize(
    ("later", "groups"),
    [
        # a bare count told the next day above the bombing's toll: that toll, since risen
        (BANNU_SIXTEEN, {frozenset({1, 2})}),
        # below it: another incident of the town, as on the day
        (BANNU_TWO, {frozenset({1}), frozenset({2})}),
    ],
)
def test_a_bare_count_told_the_next_day_above_the_toll_is_that_toll_risen(
    later: str, groups: set[frozenset[int]]
) -> None:
    monday = dt.date(2031, 9, 15)
    assert _dated_groups((BANNU_BOMB, monday), (later, monday + dt.timedelta(1))) == groups


# A lead of no kind telling the weather its dead came of ("as heavy rain lashed the city") tells
# an incident by words no kind's trigger is, like a deed clause: its old reading beside another
# outlet's higher count of that storm (``death_causes``).
FAISALABAD_RAIN = headlined(
    "Rain kills seven in Faisalabad",
    "FAISALABAD: Seven people were killed in Faisalabad on Monday as heavy rain lashed the "
    "city, rescue officials said.",
)
FAISALABAD_ROOFS = headlined(
    "Roofs collapse in Faisalabad downpour",
    "FAISALABAD: Torrential rains caused several roofs to collapse in Faisalabad on Monday, "
    "killing 12 people, rescue officials said.",
)


def test_a_lead_telling_the_weather_its_dead_came_of_keeps_its_reading() -> None:
    assert report_groups(FAISALABAD_RAIN, FAISALABAD_ROOFS, published=PUBLISHED) == {
        frozenset({1, 2})
    }
