"""A phrasal taking ("picked up", "rounded up") is an arrest by itself, but a kidnapping when
armed men take ("Gunmen picked up three traders", "were picked up by gunmen", "Militants
rounded up 20 villagers"), and so is one with no taker told right after a sentence that
tells a kidnapping ("... abducted two youths. The two were picked up from their village."):
no arrest (issue #11, counts). The law's takers, people the law wants, no kidnapping before
and a taking of another verb stay arrests. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suspected militants abducted two youths in Kupwara on Monday. The two were picked "
         "up from their village.", [("two", "kidnapped", 2.0), ("two", "kidnapped", 2.0)]),
        ("Gunmen picked up three traders from a market in Birnin Gwari on Monday.",
         [("three", "kidnapped", 3.0)]),
        ("Three traders were picked up by gunmen from a market in Birnin Gwari on Monday.",
         [("Three", "kidnapped", 3.0)]),
        ("Militants rounded up 20 villagers in Kunar on Monday.", [("20", "kidnapped", 20.0)]),
    ],
)
def test_a_taking_by_captors_is_a_kidnapping(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert report_counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people new to the report taken after a kidnapping are the law's suspects, not the
        # captives told again (a reviewer's near misses)
        ("Bandits kidnapped a trader in Kaduna on Monday. Three men were picked up for "
         "questioning on Tuesday.", [("a trader", "kidnapped", 1.0), ("Three", "arrested", 3.0)]),
        ("Gunmen abducted a businessman on Monday. Twelve people were rounded up in the "
         "follow-up raids.", [("a businessman", "kidnapped", 1.0), ("Twelve", "arrested", 12.0)]),
        # the law's takers
        ("Police picked up three suspects from a market in Zaria on Monday.",
         [("three", "arrested", 3.0)]),
        ("Police rounded up 20 suspects in Kunar on Monday.", [("20", "arrested", 20.0)]),
        ("Gunmen abducted a trader in Zaria on Monday. Police later picked up three suspects.",
         [("a trader", "kidnapped", 1.0), ("three", "arrested", 3.0)]),
        # people the law wants, after a kidnapping
        ("Gunmen abducted two youths in Zaria on Monday. Two of the gunmen were later "
         "picked up.", [("two", "kidnapped", 2.0), ("Two", "arrested", 2.0)]),
        # no kidnapping told before, no taker
        ("Twenty suspects were rounded up in Kunar on Monday.", [("Twenty", "arrested", 20.0)]),
        ("Bandits stormed the village on Monday. Five men were picked up from their homes, "
         "police said.", [("Five", "arrested", 5.0)]),
    ],
)
def test_near_misses_stay(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected
