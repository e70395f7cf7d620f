"""A headline's kicker ("Karnataka: 3 labourers die in septic tank"), which the parser makes the
subject of the headline's clause, is the state or topic the desk files the story under: no
named victim to add to the count and no doer. Headlines we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 6, 14)


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Karnataka: 3 labourers die in septic tank in Mysuru", [(3.0, "killed", None)]),
        ("Kerala: 4 fishermen drown off Kollam coast", [(4.0, "killed", None)]),
        # a name before a colon inside the headline's clause is still its subject
        ("Police say Tarn Ward: 3 men shot dead in Osterby", [(3.0, "killed", None)]),
    ],
)
def test_a_kicker_is_no_victim_and_no_doer(
    nlp: Language, headline: str, expected: list[tuple[float, str, str | None]]
) -> None:
    text = headline + "\n\nThe police are looking into the deaths."
    found = [(c.value, c.measure, c.actor) for c in read_claims(nlp, text, PUB)]
    assert found == expected


def test_a_subject_without_a_colon_is_counted(nlp: Language) -> None:
    text = "Gunmen kill 3 labourers in Mysuru\n\nThe police are looking into the deaths."
    found = [(c.value, c.measure, c.actor) for c in read_claims(nlp, text, PUB)]
    assert found == [(3.0, "killed", "Gunmen")]
