"""A count of places or things told after a toll's level, by a preposition of its own: "The
toll rose to 14 at 9 hospitals" read a second toll of 9 dead (issue #11, counts); now 9 is a
count of no one, as "stood at 30 in 4 districts" read. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("The toll rose to 14 at 9 hospitals on Wednesday.", [(14.0, "killed")]),
        ("The death toll rose to 14 at two hospitals.", [(14.0, "killed")]),
        ("The toll climbed to 20 at three sites across the city.", [(20.0, "killed")]),
        ("The number of arrests rose to 40 at three police stations.", [(40.0, "arrested")]),
    ],
)
def test_places_after_the_level_count_no_one(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the hour the level was reached: no count, as today
        ("The death toll from the fire increased to 26 by 6 this morning.", [(26.0, "killed")]),
        # the level left, and the level told with its people
        ("The death toll rose from 5 to 14 people.", [(5.0, "killed"), (14.0, "killed")]),
        ("The toll rose to 14 from 9 on Tuesday.", [(14.0, "killed"), (9.0, "killed")]),
        # people and deaths after the level are counts
        ("The toll rose to 14, including 9 children.", [(14.0, "killed"), (9.0, "killed")]),
        ("The toll rose to 14 with 9 more deaths.", [(14.0, "killed"), (9.0, "killed")]),
        ("The toll rose to 12 after 3 more bodies were found.",
         [(12.0, "killed"), (3.0, "killed")]),
        # places where no level was told before
        ("The toll stood at 30 in 4 districts.", [(30.0, "killed")]),
    ],
)
def test_other_counts_after_a_level_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
