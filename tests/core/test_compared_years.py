"""The period of a figure, on sentences we wrote: a figure compared with another carries
its own ("down to 41 in 2030 from 66 in 2029", "against 30 in February"), one with none
takes the clause's; an ordinal before its noun ("the 23rd bombing") is a rank, not a day,
while "on the 12th" still is."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 4, 20)


def periods(text: str) -> dict[str, tuple[str, str]]:
    result = run_documents([from_text(text, doc_id="d1", path="t.txt", published=PUB)])
    return {c.number_text: (str(c.date_start), str(c.date_end)) for c in result.claims}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bombings in the province came down to 41 in 2030 from 66 in 2029, officials said.",
            {"41": ("2030-01-01", "2030-12-31"), "66": ("2029-01-01", "2029-12-31")},
        ),
        (
            "Militants killed 12 people in March, against 30 in February.",
            {"12": ("2031-03-01", "2031-03-31"), "30": ("2031-02-01", "2031-02-28")},
        ),
        (
            "Officials said 56 civilians died in attacks in 2030, against 77 in 2029.",
            {"56": ("2030-01-01", "2030-12-31"), "77": ("2029-01-01", "2029-12-31")},
        ),
    ],
)
def test_a_compared_figure_keeps_its_own_period(
    text: str, expected: dict[str, tuple[str, str]]
) -> None:
    found = periods(text)
    for figure, period in expected.items():
        assert found[figure] == period, figure


def test_a_compared_figure_without_a_period_takes_the_clause_s() -> None:
    found = periods("Arrests in the district rose to 30 in March from 12, police said.")
    assert found["12"] == found["30"] == ("2031-03-01", "2031-03-31")


def test_an_ordinal_before_its_noun_is_a_rank_not_a_day() -> None:
    found = periods(
        "It was the 23rd bombing reported in the country this year, in which 40 people have "
        "died, police said."
    )
    assert found["40"] == ("2031-01-01", "2031-04-20")


def test_an_ordinal_after_the_is_still_a_day() -> None:
    assert periods("Two men were killed on the 12th, police said.")["Two"] == (
        "2031-04-12",
        "2031-04-12",
    )



def test_a_qualified_ordinal_before_its_noun_is_a_rank_not_a_day() -> None:
    # "at least the 19th" ranks the killing among the year's, no day of the month
    from core.extract.claim_dates import sentence_periods
    from core.extract.nlp import load_nlp
    from core.settings import DEFAULT_SETTINGS

    doc = load_nlp(DEFAULT_SETTINGS.model)(
        "The attack was at least the 19th mass killing in the country this year, officials said."
    )
    found = sentence_periods(next(iter(doc.sents)), PUB)
    assert all(p.start != p.end for _, p, _ in found)  # no day of the month
