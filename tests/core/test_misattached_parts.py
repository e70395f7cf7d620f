"""A part of a toll the parser hung on the wrong word (issue #11), on sentences we wrote:
"including two children" on the subject across the verb is a part of the verb's count, never
a count of attacks. One case per line, positive and negative."""

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
