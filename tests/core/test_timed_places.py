"""A place the recogniser ran on over the span of time after it ("arrested in Karachi 2 hours
after the robbery": one entity "Karachi 2 hours") is the figure's place (issue #11, place):
the place was lost. A name no gazetteer knows, or a count of a time unit standing alone, keeps
today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Five people were arrested in Karachi 2 hours after the robbery, police said.",
         "Karachi"),
        ("Police arrested 7 men in Peshawar 3 days after the attack.", "Peshawar"),
        ("Four suspects were held in Lahore 6 hours after the blast, police said.", "Lahore"),
    ],
)
def test_the_place_before_a_time_span_is_the_figures(
    nlp: Language, text: str, place: str
) -> None:
    assert {c.location for c in read_claims(nlp, text, DAY) if c.is_core} == {place}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Five people were arrested in Karachi hours after the robbery, police said.",
         [(5.0, "Karachi")]),
        ("Five people were arrested in Lahore two days after the robbery, police said.",
         [(5.0, "Lahore")]),
        ("Police arrested 4 suspects in Multan after a raid that lasted 6 hours.",
         [(4.0, "Multan")]),
        ("Eid 3 days away, 6 people were injured in a stampede in Multan.", [(6.0, "Multan")]),
        ("Rescuers searched for 12 hours before finding 3 bodies in Quetta.",
         [(3.0, "Quetta")]),
        ("Gunmen kidnapped 9 passengers and held them for 6 hours, police said.",
         [(9.0, None)]),
    ],
)
def test_other_time_spans_keep_their_reading(
    nlp: Language, text: str, figures: list[tuple[float, str | None]]
) -> None:
    claims = [c for c in read_claims(nlp, text, DAY) if c.is_core]
    assert [(c.value, c.location) for c in claims] == figures
