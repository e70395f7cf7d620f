"""Court follow-ups (issue #11): a court day written with a plain verb is neither the report's
incident day nor the day of its casualty figures; the original incident's day dates them when
the text gives it. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday


def days(nlp: Language, text: str) -> list[dt.date | None]:
    return casualty_days(nlp, text, WED)


@pytest.mark.parametrize(
    "text",
    [
        "A driver who killed two cyclists was sentenced Friday to twelve years.",
        "The charges were read in court Friday. The gunman killed two cyclists.",
        "The teenager received probation Thursday. He had wounded two classmates.",
        "The woman pleaded guilty on Monday in the death of a neighbour.",
        "He was arraigned Tuesday. Three shoppers were wounded in the robbery.",
        "The jury deliberated Monday over the shooting that killed three men.",
        "Her brother halted his trial Tuesday. Two guards were wounded in the escape.",
    ],
)
def test_a_court_day_never_dates_the_figures(nlp: Language, text: str) -> None:
    found = days(nlp, text)
    assert found
    assert found == [None] * len(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a follow-up: the incident's own day, months back, dates its figures
        (
            "A gunman was sentenced Friday to life in prison. "
            "He shot two clerks to death at a pawn shop on March 3.",
            [D("2025-03-03")],
        ),
        (
            "The teenager pleaded guilty Monday. "
            "On March 3 he opened fire at a bus stop. Two commuters were wounded.",
            [D("2025-03-03")],
        ),
        # a figure before any date takes the incident day the lead gives, months back
        (
            "Two clerks were wounded in the robbery of a pawn shop. "
            "A gunman was sentenced Friday for the March 3 robbery.",
            [D("2025-03-03")],
        ),
        # not a follow-up: a day weeks back is background, never the incident day
        (
            "Two clerks were wounded in the robbery of a pawn shop. "
            "A similar robbery happened on March 3.",
            [None],
        ),
        # the original incident named only by its year keeps no day
        (
            "A man was sentenced Friday for last year's shooting. Three people were wounded.",
            [None],
        ),
    ],
)
def test_a_follow_up_dates_its_figures_by_the_incident(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not a court day: the incident's own days stand
        ("Two men were shot and killed Monday outside a court.", [D("2025-06-09")]),
        ("Two men were wounded on Sunday night; a suspect was arrested Monday.",
         [D("2025-06-08")]),
        # an arrest is not a follow-up: a day weeks back stays background
        (
            "A suspect was arrested Tuesday. Two men were wounded in the shooting. "
            "A similar attack happened on May 2.",
            [None],
        ),
        # a date inside the charged deed is the deed's, not the court's
        ("Two men charged in the Sunday shooting wounded three people.", [D("2025-06-08")]),
    ],
)
def test_what_is_not_a_court_day(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a verdict's day, however the parser hangs "guilty", and a confession's day
        "A jury found Ned Varga guilty Friday of killing two clerks at a pawn shop.",
        "Ned Varga was found guilty Thursday of shooting three commuters at a bus stop.",
        "A jury found Ned Varga not guilty Friday of wounding two guards.",
        "Ned Varga confessed Tuesday to killing his two roommates, prosecutors said.",
        # a court event after "at" is a time, and a judge's deed a court day
        "At his sentencing Tuesday, Ned Varga apologized for killing two clerks.",
        "A judge on Tuesday gave Ned Varga 20 years in prison for killing two clerks.",
        # the court noun the verb's complement takes
        "Ned Varga was ordered Tuesday to stand trial for killing two clerks.",
    ],
)
def test_a_verdict_or_a_confession_never_dates_the_deed(nlp: Language, text: str) -> None:
    found = days(nlp, text)
    assert found
    assert found == [None] * len(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dead" and "injured" are told of the harmed: the finding is the incident's day
        ("Police found two men dead Friday in a flat on Quarry Lane.", [D("2025-06-06")]),
        # a complement that takes no court noun leaves the harm its day
        ("Rebels tried Friday to storm a police post, killing two guards.", [D("2025-06-06")]),
        # a court's place after "at" is the scene of the harm
        ("Two guards were wounded at the county jail on Friday.", [D("2025-06-06")]),
        # a verdict in a relative clause leaves the harm its day
        (
            "A man who was found guilty of robbery in 2019 was shot and killed Friday.",
            [D("2025-06-06")],
        ),
    ],
)
def test_what_is_no_verdict(nlp: Language, text: str, expected: list[dt.date | None]) -> None:
    assert days(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day written with its year dates a deed more than a year before the court day
        (
            "A man who shot his wife was sentenced Tuesday to life in prison. "
            "Ida Brann was shot on Jan. 14, 2024, in her flat on Quarry Lane.",
            [D("2024-01-14")],
        ),
        (
            "A man was sentenced Tuesday to life in prison for killing his wife. "
            "Oleg Brann shot Ida Brann on Jan. 14, 2024, at their farm.",
            [D("2024-01-14")],
        ),
        # an older case the man served time for, or was convicted of, is no day of this one
        (
            "A man was sentenced Tuesday to life in prison for killing his wife. "
            "He had served five years for shooting a clerk on May 2, 2014.",
            [None],
        ),
        (
            "A man was sentenced Tuesday to life in prison for killing his wife. "
            "In 2015 he was convicted of shooting a clerk on May 2, 2014.",
            [None],
        ),
    ],
)
def test_a_follow_up_years_later_keeps_the_deed_day_written_with_its_year(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text)[:1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weekday of the harm, months after "the March 4 shooting" (a Tuesday), is that day
        (
            "A man charged in the March 4 shooting at a bar on Quarry Lane appeared in court "
            "Monday. Police said he shot two men Tuesday night after an argument.",
            [D("2025-03-04")],
        ),
        (
            "A man charged in the March 4 shooting that killed a clerk appeared in court Monday. "
            "Two customers were wounded Tuesday night, police said.",
            [D("2025-03-04"), D("2025-03-04")],
        ),
        # another incident the report tells apart keeps its weekday of the last week
        (
            "A man charged in the March 4 shooting at a bar on Quarry Lane appeared in court "
            "Monday. Separately, two men were shot Tuesday night on Elm Street.",
            [D("2025-06-10")],
        ),
        # another weekday than the incident's is read from the publication date
        (
            "A man charged in the March 4 shooting at a bar on Quarry Lane appeared in court "
            "Monday. Police said two more men were shot Saturday night nearby.",
            [D("2025-06-07")],
        ),
    ],
)
def test_a_weekday_of_the_harm_long_after_is_the_incident_s(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected
