"""A subject a belief verb's participle describes does the deed after the description (issue
#11, doers and sources): "gunmen suspected to be bandits invaded X, killing seven" is the
gunmen's deed and no one's report; "two men thought to be robbers were shot dead" counts two
dead. A belief with an object of its own ("police believe the attackers to be ...") is a
report. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import claim_fields

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen suspected to be bandits invaded a village near Tarvel, killing seven "
         "residents.", [("killed", 7, "Gunmen", None)]),
        ("Men believed to be militants attacked a police post in Tarvel, killing two officers.",
         [("killed", 2, "Men", None)]),
        ("Gunmen suspected to be herdsmen have killed 12 farmers in Tarvel.",
         [("killed", 12, "Gunmen", None)]),
        ("Armed men said to be members of the group abducted 15 pupils in Tarvel, police "
         "said.", [("kidnapped", 15, "Armed men", "police")]),
    ],
)
def test_the_described_subject_does_the_deed(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None, str | None]]
) -> None:
    assert claim_fields(nlp, text, PUB, "measure", "value", "actor", "attribution") == expected


def test_a_described_subject_harmed_is_counted(nlp: Language) -> None:
    text = "Two men thought to be robbers were shot dead by police in Tarvel."
    assert claim_fields(nlp, text, PUB, "measure", "value") == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a belief with an object of its own, and one told with "that": the believer's
        ("Police believe the attackers to be members of a gang that killed three in Tarvel.",
         "Police"),
        ("Residents suspected that the gunmen had killed four herders near Tarvel.",
         "Residents"),
    ],
)
def test_a_belief_with_its_own_content_is_a_report(
    nlp: Language, text: str, source: str
) -> None:
    assert claim_fields(nlp, text, PUB, "attribution") == [(source,)]
