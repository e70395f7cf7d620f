"""Issue #11, desk copy: a headline's second clause after a semicolon or comma ("toll rises to
nine; five suspects held", "toll rises to 9, 4 more held") counts its own arrests; people
dying after "with" ("with two more youths succumbing to their wounds") are dead; "the four
arrestees" are arrested; "adding that one constable had been injured" counts the one; a
"them" after the wounded a sentence names points to them, not to the dead counted before.
Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_claims_by_text, counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)

figures = functools.partial(counted_figures, published=PUB)

HEADLINES = [
    ("Tarnpur market blast toll rises to nine; five suspects held\n\n"
     "TARNPUR: Police said on Monday the toll had risen.", [("killed", 9), ("arrested", 5)]),
    ("Morvale clash: Death toll rises to 9, 4 more held\n\n"
     "MORVALE: Police said on Monday the toll had risen.", [("killed", 9), ("arrested", 4)]),
    ("Three hostages freed, bodies of two more found near Tarnpur: minister\n\n"
     "TARNPUR: The minister spoke on Monday.", [("kidnapped", 3), ("killed", 2)]),
    ("Copies of two more found in the Tarnpur archive: curator\n\n"
     "TARNPUR: The curator spoke on Monday.", []),
    # held talks, held hostage: no arrest
    ("Morvale talks: the two held talks on Monday\n\n"
     "MORVALE: The elders met on Monday.", []),
]


def test_a_headlines_second_clause_counts_its_own_arrests() -> None:
    found = core_claims_by_text([t for t, _ in HEADLINES], PUB)
    for text, expected in HEADLINES:
        assert [(c.measure, c.value) for c in found[text]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll went up to seven with two more youths succumbing to their wounds on"
         " Friday.", [("killed", 7), ("killed", 2)]),
        ("The death toll went up to seven with two more wounded men succumbing to their"
         " injuries.", [("killed", 7), ("killed", 2)]),
        ("Police said 15 people, including the four arrestees, had been booked.",
         [("arrested", 4)]),
        ("The officer said the attackers had fled, adding that one constable had been"
         " critically injured.", [("injured", 1)]),
        ("Two traders and a guard were among those who lost their lives, while the wounded"
         " were taken to the civil hospital, where the condition of three of them was"
         " described as critical.", [("killed", 2), ("injured", 3)]),
        # soldiers carrying supplies; "that one" as a pronoun
        ("The convoy left with two more soldiers carrying supplies.", []),
        ("He said that one was enough for the village.", []),
    ],
)
def test_desk_increments_and_parts(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


CLAIMED = [
    ("A banned group claimed the attack near Tarnpur in a message to journalists, saying it"
     " had killed 14 soldiers, a claim officials denied.", "A banned group"),
    # the officials' own denial vouches for nothing
    ("Officials in Tarnpur denied that 14 soldiers had been killed.", None),
]


def test_a_claim_officials_denied_stays_the_claimants() -> None:
    found = core_claims_by_text([t for t, _ in CLAIMED], PUB)
    for text, source in CLAIMED:
        assert [c.attribution for c in found[text]] == [source]
