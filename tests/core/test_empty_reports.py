"""A sentence whose main verb is a report verb used with nothing it reports, "The festival
concluded peacefully on Sunday.", hands no voice to the figures after it: "... Twelve people
were injured in a stampede." gave the source "The festival". A report verb with a clause, an
object or a quote still hands on its speaker (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _sources(text: str) -> list[str | None]:
    return [c.attribution for c in run_texts(text, published=DAY).claims if c.value == 12]


@pytest.mark.parametrize(
    "text",
    [
        "The three-day meeting concluded on Monday. Twelve people were killed in the district, "
        "it was learnt.",
        "The festival concluded peacefully on Sunday. Twelve people were injured in a stampede "
        "on Saturday.",
        "The inquiry concluded on Friday. Twelve people were injured in the fire at the "
        "factory.",
    ],
)
def test_an_ending_is_no_voice(text: str) -> None:
    assert _sources(text) == [None]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The army confirmed the deaths on Monday. Twelve soldiers were killed in the ambush.",
         "The army"),
        ("Police said on Monday that the blast was a suicide attack. Twelve people were "
         "killed.", "Police"),
        ("The ministry announced a curfew. Twelve people were killed in the riots.",
         "The ministry"),
        ("Officials confirmed the toll on Monday. Twelve people were killed in the blast.",
         "Officials"),
        ("Police told reporters that the gunmen fled. Twelve people were hurt in the attack.",
         "Police"),
        ('The army said: "Twelve soldiers were killed in the ambush."', "The army"),
        ("The police added that the attackers had fled. Twelve people were injured.",
         "The police"),
    ],
)
def test_a_report_still_speaks(text: str, source: str) -> None:
    assert _sources(text) == [source]
