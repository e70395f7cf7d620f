"""Reports filed under one bureau's dateline whose leads place their stories in other towns
("Srinagar, June 3: ... in Shopian district", "PESHAWAR: ... in Bannu") (issue #11,
grouping): the desk's town is no evidence that two such reports tell of one place; towns known
apart count against, and neighbouring towns need a name beyond place, people and kind. A lead
that names the desk's town again, or the same town as the other report, keeps today's reading.
Reports we wrote."""

from __future__ import annotations

import pytest

from core.group.incidents import _idf, describe_report
from core.group.report_evidence import compare
from tests.core.report_factory import reported_together as together
from tests.core.report_factory import two_reports


def reasons(first: str, second: str) -> tuple[str, ...]:
    reports = [describe_report(d) for d in two_reports(first, second)]
    found = compare(reports[0], reports[1], _idf(reports))
    assert found is not None
    return found[1]


def kashmir(town: str, day: str = "June 3", weekday: str = "Tuesday") -> str:
    return (
        f"Two militants killed in {town} encounter\n"
        f"Srinagar, {day}: Two militants were killed in an encounter with security forces in "
        f"{town} district of Kashmir on {weekday}, police said.\n"
        "The gunfight broke out after troops cordoned off a village on a tip-off.\n"
    )


def frontier(town: str) -> str:
    return (
        f"Four policemen martyred in {town} attack\n"
        f"PESHAWAR: Four policemen were martyred when militants attacked a checkpost in {town} "
        "on Tuesday night, police said.\n"
        "The attackers fled under cover of darkness, a police official said.\n"
    )


def borno(town: str) -> str:
    return (
        f"Insurgents kill 11 farmers in {town}\n"
        f"MAIDUGURI - At least 11 farmers were killed by insurgents on Tuesday on their farms "
        f"in {town}, Borno State, residents said.\n"
    )


@pytest.mark.parametrize(
    ("first", "second", "later"),
    [
        (kashmir("Shopian"), kashmir("Pulwama", "June 5", "Thursday"), 2),
        (kashmir("Kupwara"), kashmir("Anantnag"), 0),
        (frontier("Bannu"), frontier("Dera Ismail Khan"), 0),
        (borno("Konduga"), borno("Damboa"), 0),
    ],
)
def test_one_desk_two_towns_stay_two_incidents(first: str, second: str, later: int) -> None:
    assert not together(first, second, later)


def test_the_desk_is_no_evidence_of_one_place() -> None:
    found = reasons(kashmir("Kupwara"), kashmir("Anantnag"))
    assert "different places (Kupwara / Anantnag), one desk (Srinagar)" in found
    assert "same place (Srinagar)" not in found


SHOPIAN_VILLAGE = (
    "Gunfight in Shopian village, two militants dead\n"
    "Srinagar, June 3: Two militants were killed on Tuesday in a gunfight at Zainapora "
    "village of Shopian district, officials said.\n"
)
DESK_AGAIN = (
    "Two militants killed in Srinagar encounter\n"
    "Srinagar, June 3: Two militants were killed in an encounter with security forces in "
    "Srinagar's old city on Tuesday, police said.\n"
)
SHOPIAN_DATELINE = kashmir("Shopian").replace("Srinagar, June 3:", "SHOPIAN:")


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (kashmir("Shopian"), kashmir("Shopian").replace("an encounter", "a gunfight")),
        (kashmir("Shopian"), SHOPIAN_VILLAGE),
        (kashmir("Shopian"), SHOPIAN_DATELINE),
        (frontier("Bannu"), frontier("Bannu").replace("Tuesday night", "late Tuesday")),
        (borno("Konduga"), borno("Konduga").replace("by insurgents", "by Boko Haram")),
    ],
)
def test_one_town_under_one_desk_still_groups(first: str, second: str) -> None:
    assert together(first, second)


def test_a_lead_that_names_the_desk_keeps_the_desk() -> None:
    found = reasons(kashmir("Shopian"), DESK_AGAIN)
    assert not any("one desk" in why for why in found)
