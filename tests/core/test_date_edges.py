"""Issue #11, time: a date entity the recogniser ran on over the verb of its clause ends before
that verb (core/extract/date_edges.py), so the figure it dates is dated. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import measured_days

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 14)  # a Saturday


def _dates(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return measured_days(text, PUBLISHED)


def test_no_date_entity_holds_a_finite_verb(nlp: Language) -> None:
    doc = nlp("The trial of a man accused of killing four people at a diner in May 2029 began"
              " Monday with opening statements.")
    dates = [e.text for e in doc.ents if e.label_ == "DATE"]
    assert "May 2029" in dates
    assert not any(t.tag_ in ("VBD", "VBZ", "VBP") for e in doc.ents for t in e)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The trial of a man accused of killing four people at a diner in May 2029 began"
         " Monday with opening statements.",
         [("killed", 4, "2029-05-01", "2029-05-31")]),
        # a date the recogniser reads whole keeps its whole reading
        ("Four people were killed at a diner in May 2029, police said.",
         [("killed", 4, "2029-05-01", "2029-05-31")]),
        ("Two guards were wounded early Friday morning, officials said.",
         [("injured", 2, "2031-06-13", "2031-06-13")]),
    ],
)
def test_a_date_before_the_clause_verb_dates_its_figure(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert _dates(text) == expected


def test_a_name_before_the_dates_preposition_leaves_the_entity(nlp: Language) -> None:
    doc = nlp("Eleven people died in a bus accident in Chilas on Monday.")
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == ["Monday"]


def test_a_date_word_before_a_preposition_keeps_the_entity(nlp: Language) -> None:
    # "the night of June 3": a word of time before the preposition, one expression
    doc = nlp("Two guards were wounded on the night of June 3.")
    assert any("June 3" in e.text for e in doc.ents if e.label_ in ("DATE", "TIME"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holiday's name keeps the words of its date
        ("A man was killed on Fourth of July weekend in Harlow.", ["Fourth of July weekend"]),
        # the relative pronoun leaves with its verb, and the date after it is its own
        ("Revenue rose in the fiscal year that ended June 30.", ["the fiscal year", "June 30"]),
    ],
)
def test_a_date_keeps_its_own_words(nlp: Language, text: str, expected: list[str]) -> None:
    doc = nlp(text)
    assert [e.text for e in doc.ents if e.label_ in ("DATE", "TIME")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no comma after the weekday or the year: the number counts the noun after it
        ("On Thursday 5 people were killed in Tarvel, police said.",
         [("killed", 5, "2031-06-12", "2031-06-12")]),
        ("In 2029 37 people were arrested in Tarvel for rioting.",
         [("arrested", 37, "2029-01-01", "2029-12-31")]),
        # a weekday's day of the month with its month stays one date
        ("On Thursday 12 June, gunmen killed four people in Tarvel.",
         [("killed", 4, "2031-06-12", "2031-06-12")]),
    ],
)
def test_a_count_after_a_weekday_or_a_year_leaves_the_date(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the count with no noun after it: the parser hung it on the day, the verb subjectless
        ("On Thursday 20 were killed in Tarvel, police said.",
         [("killed", 20, "2031-06-12", "2031-06-12")]),
        ("In 2029 45 were arrested in Tarvel for rioting.",
         [("arrested", 45, "2029-01-01", "2029-12-31")]),
    ],
)
def test_a_bare_count_after_a_weekday_or_a_year_is_the_verbs_subject(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert _dates(text) == expected


def test_a_months_day_stays_a_date() -> None:
    # "On June 12 people gathered": a month's day, no count
    assert _dates("On June 12 people gathered in Tarvel.") == []

