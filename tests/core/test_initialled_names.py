"""A name written with bare initials ("M A Khan", "R K Bhat") is one person's, whatever title
stands before it: "Superintendent of Police M A Khan said" spoke as "Superintendent", its
name and role lost (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        ("Eleven militants were killed in the district this year, Superintendent of Police "
         "M A Khan said.", "M A Khan", "Superintendent of Police"),
        ("Eleven militants were killed, Deputy Inspector General R K Bhat said.", "R K Bhat",
         "Deputy Inspector General"),
        ("Eleven people were hurt in the blast, Deputy Commissioner S M Rahman told reporters.",
         "S M Rahman", "Deputy Commissioner"),
        ("Eleven suspects were arrested, Senior Superintendent of Police A K Verma said.",
         "A K Verma", "Senior Superintendent of Police"),
    ],
)
def test_the_initialled_name_speaks(text: str, speaker: str, role: str) -> None:
    result = run_texts(text, published=DAY)
    assert [(s.speaker, s.speaker_role) for s in result.statements] == [(speaker, role)]
    assert all(speaker in (c.attribution or "") for c in result.claims)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # no surname after the capitals
        ("U S troops killed 11 militants in the valley, the army said.", "the army"),
        # one capital alone is no initial
        ("Eleven people were hurt near Gate B, Inspector Ravi Kumar said.",
         "Inspector Ravi Kumar"),
    ],
)
def test_no_initials(text: str, source: str) -> None:
    claims = run_texts(text, published=DAY).claims
    assert [c.attribution for c in claims if c.value == 11] == [source]
