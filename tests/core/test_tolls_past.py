"""A toll moved past a threshold ("pushed the death toll above 680", "climbed past 300",
"topped 120") counts the dead with "more than"; a toll pushed by a counted cause ("the raids
pushed the death toll to 80") counts the toll, not the cause. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.core.claim_factory import read_claims

PUB = dt.date(2031, 5, 10)


def figures(nlp: Language, text: str) -> list[tuple[float, str, str]]:
    return [(c.value, c.measure, c.qualifier) for c in read_claims(nlp, text, PUB)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fresh shelling pushed the death toll above 680.", (680, "killed", "more_than")),
        ("The death toll has now climbed past 1,000 in the valley.", (1000, "killed", "more_than")),
        ("Aftershocks pushed the toll over 250, officials said.", (250, "killed", "more_than")),
        ("The number of dead topped 120 on Sunday.", (120, "killed", "more_than")),
        ("Deaths exceeded 500 by Tuesday.", (500, "killed", "more_than")),
        ("The toll now stands above 90.", (90, "killed", "more_than")),
        ("The new raids pushed the death toll to 68.", (68, "killed", "exact")),
        # a toll "past" or "over" a number the tagger reads as an age or a date
        ("The toll went past 70 on Friday.", (70, "killed", "more_than")),
        ("The death toll went over 45 overnight.", (45, "killed", "more_than")),
        # a toll that passes a number
        ("The toll has now passed 80.", (80, "killed", "more_than")),
        ("The death toll surpassed 120 on Monday.", (120, "killed", "more_than")),
        # a bound's word hung on the "to" the toll is taken to
        ("The shelling took the total toll in the valley since March to above 600.",
         (600, "killed", "more_than")),
        # the "to" hung on the verb of a clause the toll's verb holds
        ("The killings took the toll since the siege began to 75.", (75, "killed", "exact")),
        ("The raids took the total toll in civilian lives since the army launched its assault "
         "on the town 11 days ago to above 600.", (600, "killed", "more_than")),
    ],
)
def test_a_toll_past_a_threshold_counts_the_dead(
    nlp: Language, text: str, expected: tuple[float, str, str]
) -> None:
    assert figures(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Over the past 2 weeks, 40 people were killed.",
        "Attacks fell to 214 last year.",
    ],
)
def test_a_threshold_word_elsewhere_changes_nothing(nlp: Language, text: str) -> None:
    assert all(q == "exact" for _v, _m, q in figures(nlp, text))
    assert figures(nlp, text)[0][1] in ("killed", "attacks")


@pytest.mark.parametrize(
    "text",
    [
        "The convoy went past 70 checkpoints.",
        "The climbers went past 70 on the trail.",
        "Parliament passed 12 bills on Monday.",
        "The road took the pilgrims to above 3,000 metres.",
        # "took its toll" moves no toll: a figure in its clause counts what it counts
        "The shelling took its toll as the army advanced to 12 villages.",
        "The shelling took its toll since the army moved to 12 positions in the morning.",
    ],
)
def test_passing_a_number_without_a_toll_counts_no_one(nlp: Language, text: str) -> None:
    assert all(m == "other" for _v, m, _q in figures(nlp, text))


def test_a_counted_cause_is_no_toll_of_its_own(nlp: Language) -> None:
    assert figures(nlp, "The raids pushed the number of arrests to 90.") == [
        (90, "arrested", "exact")
    ]
