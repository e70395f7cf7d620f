"""A list of victims shares the place told after it (issue #11, place): "Gunmen killed a
village head and his two sons in Katsina State" had no place, because the last conjunct of
the list ("his two sons") was taken for a gapped count ("six in X, and two others in Y")
whose place is its own. A later conjunct is a gapped count only when the figure has a place
of its own before it. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def places(text: str) -> list[object]:
    return report_fields(text, "value", "location", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen killed a village head and his two sons in Katsina State late on Friday.",
         [(3.0, "Katsina State")]),
        ("Bandits shot dead a farmer and his three daughters in Zamfara on Sunday.",
         [(4.0, "Zamfara")]),
        ("Attackers killed a teacher and her two children in Jos on Monday, police said.",
         [(3.0, "Jos")]),
        # a place of the figure's own before the next count: each has its own (as before)
        ("Militants killed 6 soldiers in Bannu and 2 policemen in Kohat on Monday.",
         [(6.0, "Bannu"), (2.0, "Kohat")]),
        ("Three policemen were killed in Quetta and two in Turbat.",
         [(3.0, "Quetta"), (2.0, "Turbat")]),
        ("Five people died in Kano, three in Kaduna and two in Jos.",
         [(5.0, "Kano"), (3.0, "Kaduna"), (2.0, "Jos")]),
        ("Six people were killed in Bannu, and two in Lakki Marwat.",
         [(6.0, "Bannu"), (2.0, "Lakki Marwat")]),
    ],
)
def test_a_list_of_victims_shares_its_place(text: str, expected: list[object]) -> None:
    assert places(text) == expected
