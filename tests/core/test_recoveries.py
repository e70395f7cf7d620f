"""Issue #11, detection: a patient told by the state a harm left them in ("a teenager is
recovering after being shot", "two men are recovering from gunshot wounds", "a boy is in the
hospital after being shot", "was found with a gunshot wound", "was treated and released") is
hurt; a death the parse left with no subject ("A woman shot
during a robbery has succumbed to her injuries") is the dead person's. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A teenager is recovering after being shot near Dunmore Park on Saturday.",
         [(1, "injured", "A teenager")]),
        ("Two men are recovering from gunshot wounds after the fight.",
         [(2, "injured", "Two")]),
        ("A boy is in the hospital after being stabbed at a bus stop.",
         [(1, "injured", "A boy")]),
        # found carrying a wound; treated and let go
        ("A 20-year-old man was found with a gunshot wound near the levee.",
         [(1, "injured", "A 20-year-old man")]),
        ("A bystander was treated and released at the scene.", [(1, "injured", "A bystander")]),
        # no harm named: surgery, a storm, a stay alone, found with a thing
        ("A hiker was found with a broken phone near the levee.", []),
        ("A teenager is recovering from knee surgery.", []),
        ("The town is recovering from the storm.", []),
        ("A woman is in the hospital.", []),
    ],
)
def test_a_patient_recovering_from_a_harm_is_hurt(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A woman shot during a robbery on Saturday has succumbed to her injuries.",
         [(1, "killed", "A woman")]),
        # the past verb has an object: the person did it, and the death is no one's told
        ("A man shot a clerk during a robbery and fled.", [(1, "injured", "a clerk")]),
    ],
)
def test_a_death_the_parse_left_with_no_subject(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert casualty_spans(nlp, text) == expected
