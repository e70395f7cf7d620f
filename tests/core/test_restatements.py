"""Issue #11, a counted group said again by its number in desk copy: "Three militants were
killed ... police said the three militants were foreigners" restates the toll (one row per
mention), with the toll's day and place; a group never counted, or only referred to, says
nothing. Sentences we wrote; positive and negative cases."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims, counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 6)

claims = functools.partial(counted_claims, published=PUB)
figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three militants were killed in a gunfight in Keran on Saturday. Police said the "
            "three militants were foreigners.",
            [("killed", 3), ("killed", 3)],
        ),
        (
            "Four labourers were abducted from the site. The four labourers belonged to Punjab.",
            [("kidnapped", 4), ("kidnapped", 4)],
        ),
        (
            "Five suspects were arrested. The five suspects were produced before a magistrate.",
            [("arrested", 5), ("arrested", 5)],
        ),
        (
            "The toll of militants killed in the Haril gunfight rose to four on Tuesday. The four "
            "militants were locals.",
            [("killed", 4), ("killed", 4)],
        ),
        # another number, another noun, things, or a mere reference: no restatement
        ("Three militants were killed. The two militants who fled were being hunted.", [
            ("killed", 3),
        ]),
        ("Two cousins were wounded. The two brothers were not hurt.", [("injured", 2)]),
        ("Two trucks were torched. The two trucks belonged to a contractor.", []),
        (
            "Two men were wounded in the attack. Police did not release the names of the two men.",
            [("injured", 2)],
        ),
        ("The three militants were foreigners.", []),
    ],
)
def test_restated_groups(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


def test_restatement_keeps_the_day_of_the_figure(nlp: Language) -> None:
    text = (
        "Three militants were killed in a gunfight in Keran on Saturday. Police said the three "
        "militants were foreigners who had crossed over in September."
    )
    first, again = claims(nlp, text)
    assert again.rule.startswith("restated")
    assert (again.date_start, again.date_end) == (first.date_start, first.date_end)
    assert again.location == first.location
