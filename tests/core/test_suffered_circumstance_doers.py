"""The doer of a harm its victims are the subject of, told in a "when" clause (issue #11,
doer): "Five people died when gunmen opened fire on a bus", "Two policemen embraced martyrdom
when terrorists attacked a check post" had no doer, where the passive "were killed when
gunmen ..." had one. A clause whose subject is no doer ("when their bus plunged into a
ravine", "when a mine collapsed") names none. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def doers(text: str) -> list[object]:
    return report_fields(text, "actor", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people died when gunmen opened fire on a bus in Tarvel on Sunday.", ["gunmen"]),
        ("Two policemen embraced martyrdom when terrorists attacked a check post in Tarvel.",
         ["terrorists"]),
        ("Three people died after gunmen stormed a wedding in Tarvel.", ["gunmen"]),
        ("Three soldiers died and two were injured when militants ambushed a convoy in "
         "Tarvel.", ["militants", "militants"]),
    ],
)
def test_the_clause_names_the_doer_of_what_they_suffered(
    text: str, expected: list[str | None]
) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Five people died when their bus plunged into a ravine in Tarvel.",
        "Two children drowned when their boat capsized near Tarvel.",
        "Four miners died when a coal mine collapsed in Tarvel on Sunday.",
        "Two men died as firefighters battled the blaze in Tarvel.",
        "A guard died in hospital after the attack in Tarvel.",
    ],
)
def test_a_clause_of_no_doer_names_none(text: str) -> None:
    assert set(doers(text)) == {None}


@pytest.mark.parametrize(
    "text",
    [
        "A 4-year-old girl has died, days after she accidentally shot herself in Tarvel, "
        "police said.",
        "A boy is in critical condition after he accidentally shot himself in Tarvel, a police "
        "source told reporters.",
        "Tarvel police say a child has died after she shot herself with her grandma's gun.",
        "Two soldiers were killed when they stepped on a mine near Tarvel, the army said.",
    ],
)
def test_a_pronoun_in_the_clause_is_no_doer(text: str) -> None:
    assert set(doers(text)) == {None}
