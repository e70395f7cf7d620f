"""A statistics review retells one of its incidents on its own day and at its own scene: the
day and scene stay with that telling, and the next paragraph counts over the review's period
again; a body the lead names with initials is the one the review's "the group said" / "the
network said" describes, its initials used once; a ranking's first figure belongs to the
place ranked first, not to the one "followed by" names. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_claims_by_text, counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 7, 4)
HALF = (dt.date(2031, 1, 1), dt.date(2031, 6, 30))
RETOLD = (dt.date(2031, 4, 12), dt.date(2031, 4, 12))
LEAD = (
    "Killings fall in first half of 2031: monitor\n\n"
    "The Velmar Network for Civic Rights (VNCR) documented the killing of 640 civilians in "
    "Yemen during the first six months of 2031, the group said on "
    "Thursday, releasing its review.\n\n"
)
INCIDENT = (
    "The deadliest single attack took place in Wadi Sarr on April 12, when a car bomb killed "
    "eleven people."
)


def days(nlp: Language, text: str, figure: str) -> tuple[dt.date | None, dt.date | None]:
    claim = next(c for c in counted_claims(nlp, text, PUB) if c.number_text == figure)
    return claim.date_start, claim.date_end


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the next paragraph counts over the review's half-year again
        (LEAD + INCIDENT + "\n\nArmed groups were responsible for 230 of the deaths, while "
         "air strikes killed 95 people, the network said.", "230", HALF),
        (LEAD + INCIDENT + "\n\nIt also documented 58 cases of arbitrary detention.", "58",
         HALF),
        # the sentences that go on telling the incident in its paragraph keep its day
        (LEAD + INCIDENT + " Among the dead were four children.", "four", RETOLD),
        (LEAD + INCIDENT, "eleven", RETOLD),
    ],
)
def test_a_retold_day_ends_with_its_telling(
    nlp: Language, text: str, figure: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert days(nlp, text, figure) == expected


def test_an_incident_reports_day_goes_on_across_paragraphs(nlp: Language) -> None:
    """No review: the report's own incident keeps its day in the paragraphs after."""
    text = (
        "A car bomb killed eleven people in a market in Wadi Sarr on April 12, police said."
        "\n\nFourteen others were wounded in the blast."
    )
    assert days(nlp, text, "Fourteen") == RETOLD


@pytest.mark.slow
def test_the_group_of_the_lead_is_the_body_it_names() -> None:
    named = "The Velmar Network for Civic Rights (VNCR)"
    with_initials_once = LEAD + INCIDENT + (
        "\n\nArmed groups were responsible for 230 of the deaths, the network said."
    )
    # another body named with initials, a force: "the military" is no description of it
    a_force = (
        "Soldiers killed 12 rebels of the Tarn Liberation Front (TLF) in Yemen on Monday, the "
        "military said.\n\nThe military said two soldiers died."
    )
    got = core_claims_by_text([with_initials_once, a_force], PUB)
    assert {c.attribution for c in got[with_initials_once]} == {named}
    assert named not in {c.attribution for c in got[a_force]}
    assert all("TLF" not in (c.attribution or "") for c in got[a_force])


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Oromia remained the worst-hit region, with 212 attacks, followed by Gambela, where "
         "141 attacks took place.", "212", "Oromia"),
        ("Oromia remained the worst-hit region, with 212 attacks, followed by Gambela, where "
         "141 attacks took place.", "141", "Gambela"),
    ],
)
def test_a_ranked_first_figure_is_not_the_followers(
    nlp: Language, text: str, figure: str, expected: str
) -> None:
    lead = (
        "Attacks rise in 2030: think tank\n\nADDIS ABABA: Ethiopia saw 900 attacks in 2030, "
        "according to the annual review of the Tarn Institute for Peace Data (TIPD).\n\n"
    )
    claim = next(
        c for c in counted_claims(nlp, lead + text, dt.date(2031, 1, 5))
        if c.number_text == figure
    )
    assert claim.location == expected


def test_a_pronoun_called_a_country_is_no_place(nlp: Language) -> None:
    text = (
        '"This is a country of people who hold two jobs to get by," the minister said in '
        "Lisbon on Monday, after a strike in which three people were hurt."
    )
    assert all(c.location != "This" for c in counted_claims(nlp, text, PUB))
