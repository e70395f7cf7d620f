"""One person killed named by a definite object ("the gunman killed the manager", "killing the
chief clerk") counts as a definite subject who died does ("the child was pronounced dead"):
only in a report that counted no one before it, since a definite noun so often names one
counted already. Sentences invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The gunman walked into the bank and killed the manager on Monday.", "the manager"),
        ("A sacked worker stormed the depot party in Dayton, killing the cashier, police "
         "said.", "the cashier"),
        ("Troopers said the drunk driver struck and killed the pedestrian near Elmira.",
         "the pedestrian"),
    ],
)
def test_a_definite_person_killed_first_is_one_dead(text: str, figure: str) -> None:
    assert (figure, "killed", 1.0) in report_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a count before it may hold the person
        "Two people were shot on Friday. The gunman later killed the manager.",
        # no victim noun: the object is the one the report is about, not a victim counted
        "Police shot and killed the suspect after a standoff.",
        # the harm not done
        "The gunman threatened to kill the manager on Monday.",
    ],
)
def test_a_definite_object_after_a_count_or_not_killed_counts_no_one(text: str) -> None:
    assert [c for c in report_counts(text) if c[1] == "killed" and c[2] == 1.0] == []
