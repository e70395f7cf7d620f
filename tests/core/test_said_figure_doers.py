"""A figure hung on the saying names no doer (issue #11, actor): "At least 40 people were
shot, six of them fatally, police said" gave the six the doer "police", because the gapped
count has no verb of its own and the parser hangs it on "said", whose subject was taken as
the subject of the harm. Who tells a figure never did it. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def doers(text: str) -> list[object]:
    return report_fields(text, "measure", "actor", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 30 people were shot, five of them fatally, across Tulsa over the weekend,"
         " police said Monday.", [("killed", None)]),
        ("Eleven people were stabbed, two of them fatally, at a fair in Leeds, police said.",
         [("injured", None), ("killed", None)]),
        # a doer told in the clause itself stays
        ("Gunmen shot 12 people, three of them fatally, in Kano, police said.",
         [("killed", "Gunmen")]),
        ("Police said gunmen killed three farmers in Kano on Monday.", [("killed", "gunmen")]),
    ],
)
def test_who_tells_a_figure_did_not_do_it(text: str, expected: list[object]) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "claim" tells a harm with its lives, no saying: its subject did it (review)
        ("Bandits claimed the lives of 12 villagers in Zamfara on Sunday.",
         [("killed", "Bandits")]),
        ("Police claimed the lives of two suspects in a shootout in Sindh, relatives alleged.",
         [("killed", "Police")]),
        ("Insurgents claimed the lives of nine soldiers near Gao, the army said.",
         [("killed", "Insurgents")]),
        ("The floods claimed 30 lives in Sindh, officials said.", [("killed", None)]),
    ],
)
def test_a_claim_of_lives_is_a_deed(text: str, expected: list[object]) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive that tells a harm, the parser's anchor, is no saying: the deed's clause
        # hangs on it (review)
        ("Five people were believed injured when a mob attacked the police station in Jos.",
         [("injured", "a mob")]),
        ("Four people were feared injured when rioters attacked a bus in Jos on Monday.",
         [("injured", "rioters")]),
        # a saying with no harm of its own: none
        ("Two people were believed injured in Jos, police said.", [("injured", None)]),
        ("Police reported three people injured in a brawl in Jos.", [("injured", None)]),
    ],
)
def test_a_told_harm_is_no_saying(text: str, expected: list[object]) -> None:
    assert doers(text) == expected
