"""A titled speaker with bare initials closing the sentence with his verb, "Eleven people were
injured, Superintendent of Police T N Das confirmed on Monday.": the parser took the initials
for the sentence's head and the verb for their clause; hung on the surname, the initials
closed a loop, the sentence lost its root and the whole report its claims. The verb takes the
initials' place: the figure is read with its source and its day (issue #11, sources).
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)  # a Tuesday


def _readings(text: str) -> list[tuple[str | None, str | None]]:
    claims = run_texts(text, published=DAY).claims
    return [(c.attribution, c.date_start.isoformat() if c.date_start else None)
            for c in claims if c.value == 11]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("Eleven people were injured, Superintendent of Police T N Das confirmed on Monday.",
         ("Superintendent of Police T N Das", "2031-11-17")),
        ("Eleven people were injured, Superintendent of Police T N Das confirmed.",
         ("Superintendent of Police T N Das", "2031-11-18")),
        ("Eleven people were injured, Superintendent of Police T N Das claimed on Monday.",
         ("Superintendent of Police T N Das", "2031-11-17")),
        ("Eleven people were injured in the blast, Superintendent of Police T N Das confirmed "
         "on Monday.", ("Superintendent of Police T N Das", "2031-11-17")),
        # initials with no title
        ("Eleven people were injured, T N Das confirmed on Monday.", ("T N Das", "2031-11-17")),
    ],
)
def test_the_closing_initialled_speaker_keeps_the_claim(
    text: str, reading: tuple[str, str]
) -> None:
    assert _readings(text) == [reading]


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a written first name, no initials
        ("Eleven people were injured, Superintendent of Police Tarun Das confirmed on Monday.",
         ("Superintendent of Police Tarun Das", "2031-11-17")),
        # other titles the parser hangs right
        ("Eleven men were arrested, Inspector General of Police R K Bhat confirmed on Sunday.",
         ("Inspector General of Police R K Bhat", "2031-11-16")),
        ("Eleven militants were killed, Senior Superintendent of Police M A Khan stated on "
         "Monday.", ("Senior Superintendent of Police M A Khan", "2031-11-17")),
        ("Eleven people died, Director General of Police R K Bhat added on Sunday.",
         ("Director General of Police R K Bhat", "2031-11-16")),
        ("Eleven people were injured, Superintendent of Police T N Das told reporters on "
         "Monday.", ("Superintendent of Police T N Das", "2031-11-17")),
        # a body, not a person
        ("Eleven people were injured, police confirmed on Monday.", ("police", "2031-11-17")),
        # capitals that are a town's initials, or a country's
        ("Eleven people were injured in D I Khan, police confirmed on Monday.",
         ("police", "2031-11-17")),
        ("Eleven people were injured, the U S embassy confirmed on Monday.",
         ("the U S embassy", "2031-11-17")),
        # the title with initials speaking first, and after the figure with "said"
        ("Superintendent of Police T N Das confirmed that 11 people were injured.",
         ("Superintendent of Police T N Das", "2031-11-18")),
        ("Eleven people were injured, said Superintendent of Police T N Das.",
         ("Superintendent of Police T N Das", "2031-11-18")),
    ],
)
def test_near_speakers_keep_their_reading(text: str, reading: tuple[str, str]) -> None:
    assert _readings(text) == [reading]
