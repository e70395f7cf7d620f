"""A counted noun joined to a part named after "among them" / "including" is a part too: "the
deaths of 300 civilians, among them 40 children and 25 women" counts 25 women among the dead,
not a figure of nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "whole", "parts"),
    [
        ("The observatory recorded the killing of 312 civilians in Lakeland during the first "
         "quarter of 2031, among them 44 children and 27 women, according to its report.",
         "312", ("44", "27")),
        ("The two blasts wounded 60 people in the Dorrow market on Friday, among them nine "
         "policemen and four nurses, officials said.", "60", ("nine", "four")),
    ],
)
def test_a_joined_noun_is_a_part_of_the_same_count(
    nlp: Language, text: str, whole: str, parts: tuple[str, ...]
) -> None:
    claims = {c.number_text: c for c in read_claims(nlp, text, None)}
    total = claims[whole]
    for part in parts:
        assert claims[part].measure == total.measure
        assert claims[part].part_of == total.id


def test_nouns_joined_without_a_partitive_are_counts_of_their_own(nlp: Language) -> None:
    text = "The fighting near Bastow killed 40 soldiers and 25 rebels on Monday, the army said."
    claims = {c.number_text: c for c in read_claims(nlp, text, None)}
    assert claims["25"].measure == "killed"
    assert claims["25"].part_of is None
    assert claims["40"].part_of is None
