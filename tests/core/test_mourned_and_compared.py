"""Issue #11, counts real copy words otherwise: the funeral of kin ("the funeral of four members
of one family") and a definite group's funeral rites ("funeral prayers for the two guards") count
the dead; kin lost "from one household" are dead; an earlier count a comparison sets against this
year's ("compared with 58 at the same point last year") is a count, though the tagger takes it
and its period for a date. Not claims: a clock time kept as one token ("7:10am"), the "one" of
"one of the worst attacks in a decade". Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crowds gathered for the funeral of four members of the Nasser family, killed when a "
         "shell hit their house.", [("four", "killed")]),
        ("A bomber killed two guards at a gate on Monday. Funeral prayers for the two guards "
         "were offered at the barracks.", [("two", "killed"), ("two", "killed")]),
        ("\"We lost four people from one household,\" a trader said.", [("four", "killed")]),
        # no funeral, no kin: no dead
        ("The funeral of two members of the committee was a quiet affair.", []),
        ("We lost four people from the sales team.", []),
        ("Prayers for the two guards were offered.", []),
    ],
)
def test_the_mourned_are_dead(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dunmore has recorded 43 homicides this year, according to police, compared with 58 "
         "at the same point last year.", [("43", "killed"), ("58", "killed")]),
        ("Police said there have been 37 shootings in the county so far this year, down from "
         "52 at the same point in 2030.", [("37", "attacks"), ("52", "attacks")]),
        ("Three guards were killed when the truck exploded at around 6:40am.",
         [("Three", "killed")]),
        ("Raiders killed at least 9 people at a cattle market, one of the worst attacks in "
         "the district in a decade.", [("at least 9", "killed")]),
        # the count a toll moved from, which the tagger reads as a day of the month
        ("Homicides in Dunmore fell to 19 from 27, police said.",
         [("19", "killed"), ("27", "killed")]),
    ],
)
def test_compared_counts_and_no_counts(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected


def test_shots_fired_are_things() -> None:
    text = ("Between 30 and 40 shots fired in Sunday morning gunfight; 2 hurt\n\n"
            "The gunfight happened in Dunmore on Sunday.")
    assert [f for f in figures(text) if f[1] == "injured"] == [("2", "injured")]
