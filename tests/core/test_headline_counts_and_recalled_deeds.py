"""Issue #11, tellings a checker counts on reports we have not seen: the body's first telling
of victims a headline counted by a numeral ("Two dead in ..." over "A woman and a man were
killed"); a year before a plural deed noun ("charged over 1974 murders"); an arrest for a deed
of decades ago; a year that dates another incident a relative clause brings up. Sentences,
people and places we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents

PUB = dt.date(2031, 3, 6)  # a Thursday


def _claims(text: str, published: dt.date | None = PUB) -> list[Claim]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt", published=published)
    return [c for c in run_documents([doc]).claims if c.measure != "other"]


def _found(text: str) -> list[tuple[str, float]]:
    return [(c.measure, c.value) for c in _claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the headline's count and the body's first telling: two rows
        (
            "Two dead in Marlow warehouse shooting\nA guard and a driver were killed when a"
            " man opened fire at a warehouse in Marlow on Monday.",
            [("killed", 2), ("killed", 2)],
        ),
        (
            "1 dead in Dunmore bar shooting\nA woman was killed when a man opened fire in a"
            " bar in Dunmore late on Tuesday.",
            [("killed", 1), ("killed", 1)],
        ),
        (
            "One killed, three hurt in Dunmore shooting\nA woman was killed and three men"
            " were wounded when a gunman opened fire in Dunmore on Tuesday.",
            [("killed", 1), ("injured", 3), ("killed", 1), ("injured", 3)],
        ),
        # in the body, the names after a count of two are those two: one telling
        (
            "Shooting in Marlow\nTwo people were killed in Marlow on Monday. Ann Voss, 31, and"
            " Ben Toller, 40, died at the scene.",
            [("killed", 2)],
        ),
    ],
)
def test_headline_count_and_body_telling(text: str, expected: list[tuple[str, float]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year the recogniser reads as a date of its own names which deeds
        ("Man charged over 1974 murders", [("arrested", 1)]),
        ("Farmer held for 2019 killings", [("arrested", 1)]),
        # a count of thousands is a cardinal, with or without a comma
        ("Over 2000 people were arrested in the crackdown in Delmar.", [("arrested", 2000)]),
        (
            "More than 1500 people were killed in attacks across the province last year.",
            [("killed", 1500)],
        ),
    ],
)
def test_year_before_deed_noun(text: str, expected: list[tuple[str, float]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the arrest is news; the time words date the deed it is for
        (
            "Police on Tuesday arrested a 71-year-old man in the killings of two clerks at a"
            " gas station 31 years ago.",
            [("arrested", 1), ("killed", 2)],
        ),
        # the arrest itself long ago: no arrest of this report
        ("The man had been arrested 40 years ago for a robbery in Delmar.", []),
    ],
)
def test_arrest_for_an_old_deed(text: str, expected: list[tuple[str, float]]) -> None:
    assert _found(text) == expected


def test_year_of_another_incident_in_a_relative_clause() -> None:
    """ "..., which recalled a deadly flood in 1998": that year dates the flood remembered,
    not the figures of the sentence; the clause's own day dates them."""
    other = _claims(
        "The mayor said a 7-year-old boy was killed and at least 25 people were hurt in the"
        " floods, which recalled a deadly flood in 1998."
    )
    assert [(c.measure, c.value) for c in other] == [("killed", 1), ("injured", 25)]
    assert all(c.date_start is None or c.date_start.year != 1998 for c in other)
    own = _claims("At least 30 people were injured in the quakes, which struck on Sunday.")
    assert [(c.measure, c.value, c.date_start) for c in own] == [
        ("injured", 30, dt.date(2031, 3, 2))
    ]


@pytest.mark.parametrize(
    ("text", "arrest_day"),
    [
        ("A co-worker has been charged in the 1974 slayings of two clerks in Delmar.", None),
        ("Police arrested a man in the 2019 killing of a shopkeeper in Delmar.", None),
        # the arrest's own weekday dates it, the deed's year its victims
        (
            "A co-worker was arrested Tuesday in the 1974 slayings of two clerks in Delmar.",
            dt.date(2031, 3, 4),
        ),
    ],
)
def test_year_of_the_deed_is_not_the_arrests(text: str, arrest_day: dt.date | None) -> None:
    found = {c.measure: c for c in _claims(text)}
    assert found["arrested"].date_start == arrest_day
    assert found["killed"].date_start is not None
    assert found["killed"].date_start.year in (1974, 2019)


def test_another_incidents_year_is_carried_to_no_later_sentence() -> None:
    """ "..., which brought back memories of similar quakes that struck the region in 1998":
    the year of the quakes remembered dates neither the sentence's figures nor the next's."""
    found = _claims(
        "The mayor said a 7-year-old boy was killed and at least 25 people were hurt in the"
        " tremors, which brought back memories of similar quakes that struck the region in"
        " 1998.\nFour more people were hurt when a wall collapsed."
    )
    assert [(c.measure, c.value) for c in found] == [
        ("killed", 1), ("injured", 25), ("injured", 4)
    ]
    assert all(c.date_start is None or c.date_start.year != 1998 for c in found)


def test_since_a_similar_quake_last_year_dates_nothing() -> None:
    found = _claims(
        "A girl was killed in the quake, which was the strongest since a similar quake last year."
    )
    assert [(c.measure, c.value) for c in found] == [("killed", 1)]
    assert found[0].date_start is None or found[0].date_start.year == PUB.year
