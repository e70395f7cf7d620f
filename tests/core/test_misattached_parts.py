"""Figures the parse alone would misread (issue #11), on sentences we wrote: "including two
children" hung on the subject across the verb is a part of the verb's count, never a count of
attacks; people "picked up" by an ambulance are not arrested, nor crimes ("over 20
robberies"). One case per line, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The explosion killed five, including two children.", [(5, "killed"), (2, "killed")]),
        ("The attack killed 12 people, including three women.", [(12, "killed"), (3, "killed")]),
        # the part stands before the verb: it belongs to the subject
        (
            "The explosion, including two secondary blasts, killed five.",
            [(2, "attacks"), (5, "killed")],
        ),
        # no total to be a part of
        ("Protesters, including two students, were arrested.", []),
    ],
)
def test_a_part_hung_on_the_subject(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(c.value, c.measure) for c in read_claims(nlp, text, None) if c.is_core] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police picked up three suspects near the border.", [(3, "arrested")]),
        ("Troops rounded up 40 men in the village.", [(40, "arrested")]),
        # those who collect the hurt and the dead arrest no one
        ("Our medics are picking up three more, the nurse said.", []),
        ("Rescuers picked up 14 survivors from the sea.", []),
        # a count of crimes is no count of the arrested
        ("Police arrested a man over 20 robberies.", [(1, "arrested")]),
        ("Police arrested over 20 people.", [(20, "arrested")]),
    ],
)
def test_who_picks_people_up(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert [(c.value, c.measure) for c in read_claims(nlp, text, None) if c.is_core] == expected
