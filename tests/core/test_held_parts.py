"""Issue #11, detection: a part of the people held that its sentence only describes ("Four
of those held were foreigners", "two of the detained men were Afghans", "three of the
suspects in custody are students") is counted arrested; in a report of a kidnapping that
counted no arrests, those held are the captives. A part whose own verb ends the custody
("were released") or a group held hostage is no arrest. And "one more patient had died,
bringing the toll to 11" counts the one more (an increment), where "one of the injured
later died, raising the toll" is one the toll counts. Sentences invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

SWEEP = "Police have detained six suspects since the bombing in Renala on Monday. "
BUS = "Gunmen abducted 30 passengers from a bus on Monday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SWEEP + "Four of those held were foreigners, the officer added.",
         [("arrested", 6), ("arrested", 4)]),
        (SWEEP + "Two of the detained men were Afghans.", [("arrested", 6), ("arrested", 2)]),
        (SWEEP + "Three of the suspects in custody are students, an officer said.",
         [("arrested", 6), ("arrested", 3)]),
        (BUS + "Four of those held were women, a relative said.",
         [("kidnapped", 30), ("kidnapped", 4)]),
        (BUS + "Of those held, 11 are women.", [("kidnapped", 30), ("kidnapped", 11)]),
        # an arrest that ended; hostages; arrests counted in a kidnapping report
        (SWEEP + "Four of those held were released on Tuesday.", [("arrested", 6)]),
        ("Gunmen seized 30 passengers from a bus. Four of those held hostage were women.",
         [("kidnapped", 30), ("kidnapped", 4)]),
        (BUS + "Police have detained six suspects since. Four of those held were foreigners.",
         [("kidnapped", 30), ("arrested", 6), ("arrested", 4)]),
    ],
)
def test_a_described_part_of_those_held_is_held(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A bomb killed ten people at a bus stand on Monday. Doctors said one more patient had "
         "died in the night, bringing the toll to 11.",
         [("killed", 10), ("killed", 1), ("killed", 11)]),
        ("A bomb killed ten people at a bus stand on Monday. One more died in the night, taking "
         "the death toll to 11.", [("killed", 10), ("killed", 1), ("killed", 11)]),
        # one of those counted, whose death the toll counts
        ("A bomb killed ten people at a bus stand on Monday. One of the injured later died, "
         "raising the toll to 11.", [("killed", 10), ("killed", 11)]),
    ],
)
def test_one_more_death_raising_the_toll_is_counted(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, None) == expected
