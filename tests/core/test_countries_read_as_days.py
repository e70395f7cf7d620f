"""A country or province the recogniser took for a day is the scene after a scene preposition,
as a town so taken is (issue #11, place): "killed 12 in southwestern Niger near the border with
Burkina Faso" (NER tags "Niger" a DATE) is southwestern Niger, not the desk's capital. A month
or a weekday stays a time. Sentences we wrote; the places real."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 11, 13)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("NIAMEY, Niger (AP) — Suspected jihadists killed 12 civilians in an attack on a "
         "village in southwestern Niger near the border with Burkina Faso, the interior "
         "ministry said Sunday.", "southwestern Niger"),
    ],
)
def test_a_country_tagged_a_day_is_the_scene(nlp: Language, text: str, place: str) -> None:
    assert [c.location for c in read_claims(nlp, text, PUB)] == [place]


def test_a_month_stays_a_time(nlp: Language) -> None:
    text = "Suspected jihadists killed 12 civilians in a village in May, officials said."
    claims = read_claims(nlp, text, PUB)
    assert [(c.location, str(c.date_start)) for c in claims] == [(None, "2031-05-01")]
