"""Issue #11, time: a harm named by a noun ("the killing of a woman") takes the time the
victim's own relative clause gives it ("who was shot outside her home three years ago"), not
the day of the clause around it (tips asked for on Monday). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text, measured_days

PUBLISHED = dt.date(2031, 6, 14)  # a Saturday


def _dated(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return measured_days(text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Detectives on Monday asked for help in the killing of a 52-year-old cabdriver who"
         " was shot outside his garage three years ago.",
         [("killed", 1, "2028-01-01", "2028-12-31")]),
        ("Detectives on Monday asked for help in the death of a clerk who was stabbed on"
         " Route 9 in March.",
         [("killed", 1, "2031-03-01", "2031-03-31")]),
        # a date of a clause nested in the victim's tells that clause's deed
        ("Detectives on Monday asked for help in the killing of a clerk who was shot by a man"
         " who had been fired in 2029.",
         [("killed", 1, "2031-06-09", "2031-06-09")]),
        # no date in the victim's clause: the sentence's day, as before
        ("Deputies on Monday reported the death of a hiker who fell from a ledge.",
         [("killed", 1, "2031-06-09", "2031-06-09")]),
        # the figure's own verb dates it, whatever a clause about the victim says
        ("A man who was wounded in 2029 was shot dead on Monday.",
         [("killed", 1, "2031-06-09", "2031-06-09")]),
    ],
)
def test_the_victims_clause_dates_a_harm_named_by_a_noun(
    text: str, expected: list[tuple[str, float, str | None, str | None]]
) -> None:
    assert _dated(text) == expected


def test_one_told_dead_and_hurt_in_a_sentence_is_dead() -> None:
    # the noun's death and its relative clause's wound tell one person: the wound is how
    # they died, no one hurt
    assert _dated("Detectives asked for help on Monday in the death of a clerk who was stabbed"
                  " outside a store.") == [("killed", 1, "2031-06-09", "2031-06-09")]


def test_a_month_after_a_road_is_no_town() -> None:
    # "in March" after a road is a time: no town called March is the road's holder
    claims = core_claims_by_text(
        ["A clerk was stabbed to death on Route 9 in March, deputies said."], PUBLISHED
    )
    assert [c.location for c in next(iter(claims.values()))] == ["Route 9"]
