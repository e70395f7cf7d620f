"""A count that "the" introduces with "killed and wounded" after it ("Of the 640 killed and
wounded, most were civilians") is a figure of both harms, as "640 troops killed and wounded"
is, not a phrase referring back to nothing; a part taken "of" or "among" it ("40 were
children", "were 30 women") is a part of both, no count of the dead (issue #11, counts). The
dead or the hurt alone, and the two with figures of their own, stay as they were. Sentences
we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 640 killed and wounded, most were civilians, the UN said.", [("640", "other")]),
        ("Of the 640 people killed and wounded, most were civilians, the UN said.",
         [("640", "other")]),
        ("Of the 212 killed or wounded, most were soldiers, the ministry said.",
         [("212", "other")]),
        ("Of the 85 killed and injured, 40 were children, the health ministry said.",
         [("85", "other"), ("40", "other")]),
        ("Among the 120 killed and wounded were 30 women, officials said.",
         [("120", "other"), ("30", "other")]),
        ("The 640 killed and wounded included many children, the governor said.",
         [("640", "other")]),
    ],
)
def test_a_count_of_the_dead_and_the_hurt_is_of_both(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 640 killed, most were civilians, the UN said.", [("640", "killed")]),
        ("Of the 85 killed, 40 were children, the health ministry said.",
         [("85", "killed"), ("40", "killed")]),
        ("Of the 85 wounded, 40 were children, the health ministry said.",
         [("85", "injured"), ("40", "injured")]),
        ("Among the 120 killed were 30 women, officials said.",
         [("120", "killed"), ("30", "killed")]),
        ("Of the 640 killed and 212 wounded, most were civilians, the UN said.",
         [("640", "killed"), ("212", "injured")]),
        ("The 640 killed in the fighting included many children, the governor said.",
         [("640", "killed")]),
        ("Of the 30 arrested and charged, most were students, police said.",
         [("30", "arrested")]),
        ("The two countries agreed to hold talks, the UN said.", []),
        # the counted did the harms: no dead nor hurt of their own
        ("The two armies killed and wounded thousands of civilians, the UN said.",
         [("thousands", "injured")]),
    ],
)
def test_near_misses_stay(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected
