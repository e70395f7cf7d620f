"""Issue #11, time: a clause of circumstance the parser hangs on a noun under "as" or "when"
("were killed as a blast ripped through a rally on Sunday": "as" a preposition, "ripped" a
clause of "blast") dates the harm around it; a gathering it names is the scene, not a
gathering after the incident (core/extract/incident_words.circumstance_as_phrase). A toll
takes the day its incident's relative clause tells ("from a fire that broke out on Tuesday
night rose to 16 on Wednesday"). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import measured_days

PUBLISHED = dt.date(2031, 6, 14)  # a Saturday
SUNDAY = ("2031-06-08", "2031-06-08")


def _dates(text: str) -> list[tuple[str, float, str | None, str | None]]:
    return measured_days(text, PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "At least 31 people were killed and 80 wounded as a bomb ripped through a rally in"
        " Harlow on Sunday, officials said.",
        "At least 31 people were killed and 80 wounded when a bomb ripped through a rally in"
        " Harlow on Sunday.",
    ],
)
def test_a_circumstance_clause_dates_the_harm(text: str) -> None:
    assert _dates(text) == [("killed", 31, *SUNDAY), ("injured", 80, *SUNDAY)]


def test_a_gathering_after_the_harm_still_dates_nothing() -> None:
    # the vigil was held after the shooting: its day is not the shooting's
    text = "Three people were killed in the shooting, and hundreds attended a vigil on Sunday."
    assert all(day is None or day != "2031-06-08" for _, _, day, _ in _dates(text))


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from a fire that broke out at a textile mill in Harlow on Tuesday"
        " night rose to 16 on Wednesday.",
        "The death toll from a blast that took place at a market in Harlow on Tuesday rose to"
        " 16 on Wednesday.",
        "The death toll from Tuesday's fire at a textile mill in Harlow rose to 16 on"
        " Wednesday.",
    ],
)
def test_a_toll_takes_the_day_its_incident_happened(text: str) -> None:
    # the day the toll rose is when it was counted; the relative clause tells the incident's
    assert _dates(text) == [("killed", 16, "2031-06-10", "2031-06-10")]


def test_a_toll_with_no_day_of_its_incident_keeps_the_day_it_rose() -> None:
    text = "The death toll from the fire at a textile mill in Harlow rose to 16 on Wednesday."
    assert _dates(text) == [("killed", 16, "2031-06-11", "2031-06-11")]


@pytest.mark.parametrize(
    ("between", "expected"),
    [
        # the harm told again, with no figure and no time: the week goes on
        ("Price was shot during a pickup basketball game.", ("2031-06-02", "2031-06-08")),
        ("He died at the scene.", ("2031-06-02", "2031-06-08")),
        # told in the words of the police: the clause said is the retelling
        ("Police said Price was shot during a pickup game.", ("2031-06-02", "2031-06-08")),
        # a sentence of something else ends what the lead's time dated
        ("The park reopened to the public.", (None, None)),
    ],
)
def test_a_harm_told_again_keeps_the_leads_time(
    between: str, expected: tuple[str | None, str | None]
) -> None:
    text = ("FAIRVIEW - A 19-year-old was shot and killed at a park last week.\n\n"
            f"{between} Two other young men were wounded.")
    found = [(s, e) for m, _, s, e in _dates(text) if m == "injured"]
    assert found == [expected]
