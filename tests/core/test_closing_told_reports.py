"""A closing report to a listener the parser made a conjunct of the clause before it: "Two
men were shot dead in Kessa, a police officer told AFP" parses with "told" a ``conj`` of
"shot" (most often after a place name), so the figure had its source but no statement held
it (issue #11, sources). A report with its own subject right after a comma, nothing told but
its listener and nothing after it says the clause it closes. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 7, 14)


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.content) for s in run_texts(text, published=DAY).statements]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("Two suspects were shot dead in Likoni, a police officer told AFP.",
         ("a police officer", "Two suspects were shot dead in Likoni")),
        ("Two suspects were shot dead in Likoni, a police officer told AFP on Sunday.",
         ("a police officer", "Two suspects were shot dead in Likoni")),
        ("Three herders were shot dead in Isiolo, a police commander told journalists.",
         ("a police commander", "Three herders were shot dead in Isiolo")),
        ("Nine people were wounded in Lashkar Gah, a hospital worker told AFP on Monday.",
         ("a hospital worker", "Nine people were wounded in Lashkar Gah")),
    ],
)
def test_the_closing_report_says_the_clause(text: str, statement: tuple[str, str]) -> None:
    assert _statements(text) == [statement]


@pytest.mark.parametrize(
    ("text", "statements"),
    [
        # a clause of its own told: that clause alone
        ("Two suspects were shot dead in Likoni, a police officer told AFP the men were armed.",
         [("a police officer", "the men were armed")]),
        # a second deed after the comma, no report
        ("Two suspects were shot dead in Likoni, police arrested three others.", []),
        # "and" before the teller: two things done, as read today
        ("Two suspects were shot dead in Likoni and a police officer told AFP.", []),
        # parsed as the complement's report already: unchanged
        ("Four soldiers were killed in Kunar, a district official told Reuters.",
         [("a district official", "Four soldiers were killed in Kunar")]),
        ("Two suspects were shot dead in Likoni, a police officer said.",
         [("a police officer", "Two suspects were shot dead in Likoni")]),
    ],
)
def test_other_closings_keep_their_reading(
    text: str, statements: list[tuple[str, str]]
) -> None:
    assert _statements(text) == statements
