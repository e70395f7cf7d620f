"""A person named by a trade beside people a figure counts ("Two journalists and their
translator were wounded", "three soldiers and their porter") is one more of them, as "their
driver" is: the trades news names a team's or a household's helper by (translator,
interpreter, porter, helper, ...) are person nouns (``measures.json`` victim_nouns;
issue #11, counts). The same word as a modifier of a thing ("porter cabin"), as a speaker, or
with a collective stays as it was. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two journalists and their translator were wounded near Raqqa on Monday.",
         [("Two journalists and their translator", "injured", 3.0)]),
        ("Two doctors and their interpreter were injured in the blast in Herat on Monday.",
         [("Two doctors and their interpreter", "injured", 3.0)]),
        ("Three soldiers and their porter were killed when militants stormed the post on Monday.",
         [("Three soldiers and their porter", "killed", 4.0)]),
        ("Gunmen kidnapped two engineers and their helper near Panjgur on Monday.",
         [("two engineers and their helper", "kidnapped", 3.0)]),
        ("Bandits abducted a bishop and two seminarians in Kagoro on Monday.",
         [("a bishop and two seminarians", "kidnapped", 3.0)]),
        ("A porter was killed in the avalanche near Hushe on Monday.",
         [("A porter", "killed", 1.0)]),
    ],
)
def test_a_trade_is_one_more(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing the trade's word modifies
        ("Two soldiers and their porter cabin were damaged in the blast on Monday.", []),
        # the speaker, not a victim
        ("The porter said two guards were killed in the attack on Monday.",
         [("two", "killed", 2.0)]),
        ("The translator said three soldiers were injured in the blast on Monday.",
         [("three", "injured", 3.0)]),
        # a group no one can count
        ("Two journalists and their crew were wounded near Raqqa on Monday.",
         [("Two", "injured", 2.0)]),
        # the definite helper alone may be one a count before gave
        ("Four soldiers were hurt in the blast on Monday. The porter was also hurt.",
         [("Four", "injured", 4.0)]),
        # no harm told
        ("Two journalists and their translator left Raqqa on Monday.", []),
    ],
)
def test_near_misses_stay(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected
