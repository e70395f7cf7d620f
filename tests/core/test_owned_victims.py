"""One person named by an indefinite owner, "A sheriff's deputy was wounded", "Gunmen shot
dead a shopkeeper's brother" (issue #11, counts): the parser hangs the article on the owner,
so the person owned had no article and went uncounted, though "a deputy was wounded" counts
one. An indefinite owner ("a", "an") with "'s" makes one person of the noun it owns, and the
figure's words run on to that noun. Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.core.claim_factory import written_counts

PAPER = dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A sheriff's deputy was wounded in an exchange of gunfire Thursday morning.",
         [("A sheriff's deputy", "injured", 1.0)]),
        ("A Cochise County sheriff's deputy was shot and wounded during a traffic stop.",
         [("A Cochise County sheriff's deputy", "injured", 1.0)]),
        ("A farmer's son was shot dead in Okara on Sunday.",
         [("A farmer's son", "killed", 1.0)]),
        ("Gunmen shot dead a shopkeeper's brother in Quetta on Monday.",
         [("a shopkeeper's brother", "killed", 1.0)]),
        ("A minister's guard was killed when the convoy was ambushed.",
         [("A minister's guard", "killed", 1.0)]),
        ("A policeman's wife and daughter were injured in the blast.",
         [("A policeman's wife and daughter", "injured", 2.0)]),
    ],
)
def test_an_indefinite_owner_makes_one_person(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, PAPER) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite owner: the person may be one a count before told
        ("The sheriff's deputy was wounded on Thursday.", []),
        ("The farmer's son was shot dead in Okara on Sunday.", []),
        # a numeral counts them, as before
        ("A farmer's two sons were shot dead in Okara.", [("two", "killed", 2.0)]),
        # what the owner owns is no person
        ("A police officer's car was hit by gunfire on Monday.", []),
        ("A trader's shop was set on fire by the mob.", []),
        # the owner is a person the possessive pronoun names: as before
        ("His son was wounded in the attack.", [("His son", "injured", 1.0)]),
    ],
)
def test_no_indefinite_owner_of_a_person_keeps_its_reading(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, text, PAPER) == expected
