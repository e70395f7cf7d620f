"""A toll a later death brings up (issue #11): "another passenger died on Monday, bringing the
death toll in the attack to five" counts from the attack's day to Monday; the death itself,
and a toll stated on its own, keep their days. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims, days_by_value

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-14")  # a Wednesday
FRIDAY = D("2031-05-09")
SATURDAY = D("2031-05-10")
MONDAY = D("2031-05-12")
TUESDAY = D("2031-05-13")


def _days(nlp: Language, text: str) -> dict[float, tuple[dt.date | None, dt.date | None]]:
    return days_by_value(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "value", "span"),
    [
        (
            "Gunmen ambushed a van near Tarvin on Saturday, killing four passengers.\n\n"
            "Another passenger died on Monday, bringing the death toll in the ambush to five.",
            5,
            (SATURDAY, MONDAY),
        ),
        (
            "A bomb went off at a bus stand in Orlet on Friday.\n\n"
            "An injured woman died in hospital on Tuesday, raising the death toll to seven.",
            7,
            (FRIDAY, TUESDAY),
        ),
    ],
)
def test_a_toll_brought_up_spans_from_the_incident(
    nlp: Language, text: str, value: float, span: tuple[dt.date, dt.date]
) -> None:
    assert _days(nlp, text)[value] == span


def test_the_first_toll_keeps_the_incident_day(nlp: Language) -> None:
    text = (
        "Gunmen ambushed a van near Tarvin on Saturday, killing four passengers.\n\n"
        "Another passenger died on Monday, bringing the death toll in the ambush to five."
    )
    assert _days(nlp, text)[4] == (SATURDAY, SATURDAY)


def test_a_toll_told_on_its_own_is_not_spanned(nlp: Language) -> None:
    text = (
        "A bomb went off at a bus stand in Orlet on Friday.\n\n"
        "Seven people were killed in the blast, officials said on Tuesday."
    )
    assert _days(nlp, text)[7] == (FRIDAY, FRIDAY)


@pytest.mark.parametrize(
    "text",
    [
        "Prisoners broke out of a jail in Selwick on Friday.\n\n"
        "So far 14 escaped prisoners have been rearrested, including three nabbed on Monday.",
        "Prisoners broke out of a jail in Selwick on Friday.\n\n"
        "Police have so far rearrested 14 prisoners, including three who were nabbed on Monday.",
    ],
)
def test_a_dated_part_of_a_running_count_keeps_its_day(nlp: Language, text: str) -> None:
    assert _days(nlp, text)[3] == (MONDAY, MONDAY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "Gunmen seized six road workers near Tarvin on Saturday.\n\n"
            "Police recovered the bodies of three of the workers on Monday.",
            3,
        ),
        (
            "Gunmen seized six road workers near Tarvin on Saturday.\n\n"
            "The bodies of two more workers were found in a gorge on Monday.",
            2,
        ),
    ],
)
def test_bodies_found_after_the_incident_span_from_it(
    nlp: Language, text: str, value: float
) -> None:
    """They died between the day they were seized and the day they were found."""
    assert _days(nlp, text)[value] == (SATURDAY, MONDAY)


def test_bodies_counted_on_the_incident_day_keep_it(nlp: Language) -> None:
    text = (
        "A bomb went off at a bus stand in Orlet on Saturday.\n\n"
        "Rescuers recovered five bodies from the rubble on Saturday."
    )
    assert _days(nlp, text)[5] == (SATURDAY, SATURDAY)


def test_people_found_alive_are_not_spanned(nlp: Language) -> None:
    text = (
        "Gunmen seized six road workers near Tarvin on Saturday.\n\n"
        "Police found two of the workers alive on Monday."
    )
    assert _days(nlp, text).get(2, (MONDAY, MONDAY))[0] != SATURDAY


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # the day a later sentence gives another incident, a landslide, is none of the bodies'
        (
            "Police recovered the bodies of two hikers in a gorge near Tarvin on Monday. "
            "A landslide injured four people in the hills on Saturday.",
            PUBLISHED,
            MONDAY,
        ),
        # an undated report: a recalled day read back from the story's full date
        (
            "Police recovered the bodies of two hikers in a gorge near Tarvin on Monday, "
            "May 12, 2031. A landslide injured four people in the hills last Thursday.",
            None,
            MONDAY,
        ),
    ],
)
def test_bodies_found_before_any_incident_day_is_told_keep_their_day(
    nlp: Language, text: str, published: dt.date | None, day: dt.date
) -> None:
    """Only a day the report has told its incident on by then opens the span."""
    found = {c.value: (c.date_start, c.date_end) for c in counted_claims(nlp, text, published)}
    assert found[2] == (day, day)
