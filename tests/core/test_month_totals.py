"""A count over a month that a later sentence tells one day of with a smaller count keeps its
month (issue #11, time and place): "Rebels killed 52 in the province in April. On April 12, a
bomb killed nine near X" is no count of April 12 at X. The same count told again on its day
is the day's. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


def dated(nlp: Language, text: str) -> list[tuple[float, str, str, str | None]]:
    return [
        (c.value, str(c.date_start), str(c.date_end), c.location)
        for c in read_claims(nlp, text, PUB)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels killed 52 people in the northern province in April, the army said on Monday. "
         "On April 12, a roadside bomb killed nine soldiers near Tarvel.",
         [(52, "2031-04-01", "2031-04-30", None), (9, "2031-04-12", "2031-04-12", "Tarvel")]),
        ("Gangs kidnapped 140 people in Osla state in July, police said on Friday. On July 8, "
         "gunmen kidnapped 30 passengers from a bus near Tarvel.",
         [(140, "2031-07-01", "2031-07-31", "Osla state"),
          (30, "2031-07-08", "2031-07-08", "Tarvel")]),
    ],
)
def test_a_months_count_keeps_its_month_beside_a_smaller_days(
    nlp: Language, text: str, expected: list[tuple[float, str, str, str | None]]
) -> None:
    assert dated(nlp, text) == expected


def test_the_same_count_told_on_its_day_is_the_days(nlp: Language) -> None:
    # the lead names the incident by its month, the body gives its day and the same count
    text = ("A gunman who killed five people at a bar in June was sentenced to life on Monday. "
            "On June 21, Tom Arvo opened fire at the Blue Lantern bar in Tarvel, killing five.")
    assert [(v, a, b) for v, a, b, _ in dated(nlp, text)] == [
        (5, "2031-06-21", "2031-06-21"), (5, "2031-06-21", "2031-06-21")
    ]
