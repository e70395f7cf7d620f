"""One person hurt whom a definite noun and its "of" complement introduce: "the driver of the
van was wounded", "the son of a firefighter was shot". News writes "the" there for a person
it has not told before; a definite noun alone ("the driver was hurt") or one told after a
count ("three were hurt ... the owner of the shop was hurt") may be one of those counted, and
stays uncounted. Sentences invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The driver of the van was wounded when gunmen opened fire on Friday.", "driver"),
        ("The son of a Selby firefighter was shot on Saturday night, police said.", "son"),
        ("The daughter of former Mayor Ellis Wren was wounded in the attack, officials "
         "said.", "daughter"),
        ("The conductor of the bus was injured when the bomb went off near the depot.",
         "conductor"),
    ],
)
def test_a_definite_person_introduced_by_of_is_one_hurt(text: str, figure: str) -> None:
    assert (figure, "injured", 1.0) in report_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # no complement: the person may be one a count told or will tell
        "The driver was wounded when gunmen opened fire on Friday.",
        # after a count of the hurt: one of them
        "Three people were hurt in the blast on Friday. The driver of the van was wounded, "
        "police said.",
        # a partitive's whole names those counted
        "Four people were shot on Friday. The youngest of the victims was wounded in the leg.",
    ],
)
def test_a_definite_person_told_after_a_count_or_alone_counts_no_one_more(text: str) -> None:
    assert [c for c in report_counts(text) if c[2] == 1.0 and c[1] == "injured"] == []
