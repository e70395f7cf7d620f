"""A dateline that names its town with a region rather than a country ("TULKARM, West Bank
(AP) —", "KHAN YOUNIS, Gaza Strip —") places the report in the town: the region holds it.
It read as the region alone, so the wire's reports of towns apart were one "West Bank"
incident. An article inside a town's name in capitals is written as the press writes it
("DEIR AL-BALAH" as "Deir al-Balah", not "Deir Al-Balah"). A dateline town abroad, or one
the region does not hold, keeps today's reading. Sentences we wrote (issue #11)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.claim_places import fallback_place
from core.text.datelines import find_dateline
from tests.core.claim_factory import core_claims_by_text, run_texts

PUB = dt.date(2031, 3, 12)

PLACED: list[tuple[str, str | None]] = [
    ("TULKARM, West Bank (AP) — Troops killed 2 gunmen in a raid on Monday, medics said.",
     "Tulkarm, West Bank"),
    ("HEBRON, West Bank (Reuters) - Settlers wounded 3 farmers on Monday, medics said.",
     "Hebron, West Bank"),
    ("KHAN YOUNIS, Gaza Strip (AP) — A strike on a school killed 14 people on Sunday,"
     " hospital officials said.", "Khan Younis, Gaza Strip"),
    # an article inside a name in capitals, as the press writes it
    ("DEIR AL-BALAH, Gaza Strip (AP) — A strike on a tent camp killed 9 people on Sunday,"
     " medics said.", "Deir al-Balah, Gaza Strip"),
    # a town the sentence names is the place, as before
    ("JENIN, West Bank — A drone strike on a car in Yatta killed 3 men on Monday.", "Yatta"),
    # a country after the town, as before
    ("QUETTA, Pakistan — A bomb killed 6 policemen on Monday, officials said.",
     "Quetta, Pakistan"),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[str | None]]:
    claims = core_claims_by_text([t for t, _ in PLACED], PUB)
    return {t: [c.location for c in cs] for t, cs in claims.items()}


@pytest.mark.parametrize(("text", "place"), PLACED)
def test_a_region_datelines_town_is_the_place(
    found: dict[str, list[str | None]], text: str, place: str | None
) -> None:
    assert found[text] == [place]


@pytest.mark.parametrize(
    ("dateline", "country", "expected"),
    [
        ("NABLUS, West Bank — Troops killed 2 men on Monday.", "West Bank", "Nablus, West Bank"),
        ("RAFAH, Gaza Strip — A strike killed 5 men on Monday.", "Gaza Strip",
         "Rafah, Gaza Strip"),
        # a town the region does not hold: the report's region, as before
        ("BEIRUT — A strike killed 5 men on Monday.", "West Bank", "West Bank"),
        ("NABLUS, West Bank — Troops killed 2 men on Monday.", "Pakistan", "Nablus, West Bank"),
        ("NABLUS — Troops killed 2 men on Monday.", "West Bank", "Nablus, West Bank"),
    ],
)
def test_fallback_place(dateline: str, country: str, expected: str) -> None:
    assert fallback_place(find_dateline(dateline), country) == expected


def test_reports_of_two_towns_of_one_region_stay_apart() -> None:
    result = run_texts(
        "TULKARM, West Bank (AP) — Israeli troops killed 2 gunmen in a raid on the town's"
        " camp on Monday, the health ministry said.",
        "HEBRON, West Bank (AP) — Israeli troops killed 2 gunmen in a raid on the old city on"
        " Monday, the health ministry said.",
        published=PUB,
    )
    assert sorted(e.label.split(" · ")[0] for e in result.events) == ["Hebron", "Tulkarm"]
