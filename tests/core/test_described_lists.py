"""A list of three people each named "a" something with a description ("A 17-year-old boy, a
19-year-old man and a 20-year-old woman were wounded") is three people (issue #11, counts):
the parser hangs the second as an apposition of the first, and the list was taken for one
person unfolded into several, no count to trust, so nothing was counted. One person
described twice, whose verb agrees with one ("A man, a father of three and a teacher, was
killed"), is no list. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("A 15-year-old boy, a 22-year-old man and a 31-year-old woman were wounded in the "
         "shooting Friday night in Dayton, police said.", "injured"),
        ("A 15-year-old boy, a 22-year-old man and a 31-year-old woman were killed in the "
         "shooting Friday night in Dayton.", "killed"),
        ("A teenage boy, a young man and an elderly woman were wounded in the shooting.",
         "injured"),
    ],
)
def test_three_described_people_are_three(nlp: Language, text: str, measure: str) -> None:
    assert [(c[1], c[2]) for c in written_counts(nlp, text, None)] == [(measure, 3)]


@pytest.mark.parametrize(
    "text",
    [
        "A man, a father of three and a teacher at the school, was killed on Friday.",
        # set off by commas as a description is, before a verb that shows no number
        "A man, a former soldier and a father of two, died in the attack on Monday.",
    ],
)
def test_one_person_described_twice_is_no_list(nlp: Language, text: str) -> None:
    assert [c[2] for c in written_counts(nlp, text, None) if c[1] == "killed"] != [3]
