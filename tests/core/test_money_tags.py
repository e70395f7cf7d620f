"""Not claims: money. A figure the recogniser tags as money counts no one only when a currency
is named ("150,000 naira", "$5,000"); "put the number of dead at no fewer than 12", tagged
money with no currency, is a count. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The council chairman put the number of dead at no fewer than 12 and said 30 houses "
         "were burnt.", [("no fewer than 12", "killed")]),
        ("Police seized 250,000 naira from the gang and arrested 4 men.", [("4", "arrested")]),
    ],
)
def test_money_names_a_currency(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected
