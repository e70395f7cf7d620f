"""A town after "at" that NER took for a body ("Gunmen killed 3 men at Rawalakot", "Two
soldiers were wounded at Chaman") is the figure's place (issue #11, places) when the
gazetteer knows it as a town in a country the report speaks of (here its dateline's): the
figure fell back to the dateline's town. A firm or a shop after "at" in a report elsewhere
("at Chevron", "at Target", "at Macy's", "at Shoprite"), a campus named after a town in
copy whose desks place a town "in" it ("at Columbia" in New York), a town in a report that
names no country, and "in" a town keep today's reading. Towns are real; the sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PUBLISHED = dt.date(2031, 6, 4)


def _read(text: str) -> list[tuple[str, str | None]]:
    result = run_texts(text, published=PUBLISHED)
    return [(c.number_text, c.location) for c in result.claims if c.is_core]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MUZAFFARABAD: Gunmen killed 3 men on 28th ult. at Rawalakot, police said.",
         [("3", "Rawalakot")]),
        ("QUETTA: Two soldiers were wounded at Chaman on Monday, the military said.",
         [("Two", "Chaman")]),
        ("KARACHI: Five people died in a blast at Ghotki on Saturday, officials said.",
         [("Five", "Ghotki")]),
    ],
)
def test_a_town_after_at_is_the_place(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were wounded at Chaman on Monday, the military said.",
         [("Two", None)]),
        ("HOUSTON: Two workers were injured at Chevron on Monday, police said.",
         [("Two", "Houston")]),
        ("DALLAS: Two people were shot at Target on Monday, police said.",
         [("Two", "Dallas")]),
        ("NEW YORK: Three people were hurt in a fight at Macy's on Friday, police said.",
         [("Three", "New York")]),
        ("LAGOS: Two staff were killed at Shoprite on Friday, police said.",
         [("Two", "Lagos")]),
        ("QUETTA: Two soldiers were wounded in Chaman on Monday, the military said.",
         [("Two", "Chaman")]),
        # a campus named after a town in copy whose desks place a town "in" it
        ("NEW YORK: Police arrested 100 protesters at Columbia on Tuesday night, officials said.",
         [("100", "New York")]),
        ("NEW YORK: Police cleared a camp and arrested 12 students at Columbia on Friday.",
         [("12", "New York")]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _read(text) == expected
