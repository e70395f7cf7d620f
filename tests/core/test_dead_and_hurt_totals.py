"""A count told as the dead and the hurt together is no death toll (issue #11, counts):
"lost 640 troops killed and wounded", "640 soldiers killed and wounded", "640 casualties,
including killed and wounded" sum both harms, as "killed or wounded" does, so the figure is
kept as another kind of figure. A count with
the dead and the hurt each of its own, one death told two ways, and a harm that befell the
same people next stay as they were. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "The army lost 640 troops killed and wounded over the past day, the staff said.",
        "The losses over the past week came to 640 soldiers killed and wounded, officials said.",
        "The rebels suffered 640 casualties, including killed and wounded, over the past day.",
        "At least 640 people were killed and injured in the floods, officials said.",
    ],
)
def test_the_dead_and_the_hurt_together_are_no_toll(nlp: Language, text: str) -> None:
    assert [c[1] for c in written_counts(nlp, text, None)] == ["other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were killed and 12 wounded in the blast.", ["killed", "injured"]),
        ("Gunmen killed five people and wounded 12 in the market.", ["killed", "injured"]),
        ("Two men were shot and killed outside a bar on Friday.", ["killed"]),
        ("Two soldiers were wounded and died in hospital on Friday.", ["killed"]),
        ("The rebels suffered 640 casualties over the past day.", ["killed"]),
        (
            "The blast left 640 casualties, 200 killed and 440 wounded, officials said.",
            ["other", "killed", "injured"],
        ),
    ],
)
def test_harms_each_told_stay_apart(nlp: Language, text: str, expected: list[str]) -> None:
    assert [c[1] for c in written_counts(nlp, text, None)] == expected


def test_a_way_of_harm_then_the_death_is_no_sum(nlp: Language) -> None:
    # the same people stabbed, then dead: no second group of the hurt (its measure, killed,
    # is read elsewhere; here only no sum of the two)
    text = "Three farmers were stabbed and killed in the village on Friday."
    assert "other" not in [c[1] for c in written_counts(nlp, text, None)]
