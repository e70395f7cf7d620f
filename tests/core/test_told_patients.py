"""A person a care verb took to a place of care is hurt when the place or the noun tells the harm
("a fourth victim rushed to a hospital", a man flown to the intensive care unit as a first
telling); a plain "a man was taken to a hospital", or "for evaluation", counts no one
(core/extract/told_patients.py). Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinal victim after a count of three: the fourth person hurt, four in all (the
        # rank is the toll: test_ranked_tolls)
        ("Medics carried three men with gunshot wounds to Elm General. Later a fourth victim was "
         "rushed to Elm General Hospital by a friend.",
         [(3, "injured", "three"), (4, "injured", "a fourth victim")]),
        ("Another victim was rushed to a hospital in Dunmore after the holdup.",
         [(1, "injured", "Another victim")]),
        ("A teenage girl was airlifted to a trauma center in Riverton on Saturday night.",
         [(1, "injured", "A teenage girl")]),
        ("Deputies said a man was flown to the intensive care unit of St. Brigid's on Friday.",
         [(1, "injured", "a man")]),
    ],
)
def test_care_that_tells_the_harm(nlp: Language, text: str, expected: list[tuple]) -> None:  # type: ignore[type-arg]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a care verb alone: witnesses and suspects are taken to hospitals too
        "A man was taken to a hospital in Dunmore after the crash on Route 6.",
        # a victim taken somewhere for a reason named: no harm told
        "A victim was taken to the hospital for evaluation, police said.",
        # no place of care
        "A second victim was taken to the police station to give a statement.",
    ],
)
def test_care_that_tells_no_harm(nlp: Language, text: str) -> None:
    assert casualty_spans(nlp, text) == []
