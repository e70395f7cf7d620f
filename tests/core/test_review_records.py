"""Issue #11: the asides of a year in review. A longer record told beside the review's own
figures ("over the past decade", "since 2014") dates its own sentence only, so the year's
figures after it keep the year; a side that "lost" or "suffered" its dead is no doer of their
deaths, nor is a toll whose phrase names a force ("the toll from the bombing at a police
post"). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUB = D("2032-01-09")
YEAR = (D("2031-01-01"), D("2031-12-31"))
LEAD = (
    "Veloria saw 870 militant attacks in 2031, in which 1,204 people were killed, according"
    " to a report released by a research institute on Thursday.\n\n"
)


def _claims(nlp: Language, text: str) -> dict[str, tuple[object, ...]]:
    return {
        c.number_text: (c.date_start, c.date_end, c.actor) for c in counted_claims(nlp, text, PUB)
    }


@pytest.mark.parametrize(
    "aside",
    [
        "The report said 212 suicide attacks had been recorded over the past decade.",
        "The institute has recorded 5,300 attacks since 2014.",
    ],
)
def test_a_longer_record_dates_its_own_sentence_only(nlp: Language, aside: str) -> None:
    text = LEAD + aside + "\n\nSecurity forces carried out 1,930 operations, the report said."
    found = _claims(nlp, text)
    assert found["1,930"][:2] == YEAR
    aside_figure = next(k for k in found if k in aside)
    assert found[aside_figure][:2] != YEAR  # the record keeps its own span


def test_a_month_of_the_year_dates_its_own_sentence_only(nlp: Language) -> None:
    text = (
        LEAD + "In December alone, militants carried out 61 attacks.\n\n"
        "Security forces carried out 1,930 operations, the report said."
    )
    found = _claims(nlp, text)
    assert found["61"][:2] == (D("2031-12-01"), D("2031-12-31"))
    assert found["1,930"][:2] == YEAR


@pytest.mark.parametrize(
    ("sentence", "figure", "actor"),
    [
        ("Security forces lost 390 personnel during the year.", "390", None),
        ("The police suffered 120 casualties during the year.", "120", None),
        # a doer of the deaths stays the doer
        ("Security forces killed 390 militants during the year.", "390", "Security forces"),
    ],
)
def test_a_side_that_lost_its_dead_is_no_doer(
    nlp: Language, sentence: str, figure: str, actor: str | None
) -> None:
    assert _claims(nlp, LEAD + sentence)[figure][2] == actor


def test_a_force_that_has_people_in_custody_holds_them(nlp: Language) -> None:
    # "have" tells who suffered a harm, never who holds a suspect
    found = counted_claims(nlp, "Police have two people in custody after the robbery.", PUB)
    assert [(c.measure, c.actor) for c in found] == [("arrested", "Police")]


@pytest.mark.parametrize(
    "text",
    [
        "The death toll from Monday's bombing at a police checkpoint rose to 23 on Tuesday.",
        "The number of dead in the attack on the army camp has climbed to 23.",
    ],
)
def test_a_toll_is_no_doer(nlp: Language, text: str) -> None:
    # a doer's word inside the toll's phrase ("a police checkpoint") makes no doer of the toll
    found = counted_claims(nlp, text, PUB)
    assert [(c.value, c.actor) for c in found] == [(23, None)]


def test_beside_a_months_review_the_year_goes_on(nlp: Language) -> None:
    # the year is no aside to a month's review: the sentence after counts in it too
    text = ("Militants carried out 59 attacks in November, killing 80 people, a think tank"
            " said in its monthly report.\n\nIn 2030, 700 people were killed across the"
            " country. The dead included 300 security personnel, the report said.")
    found = {c.number_text: (c.date_start, c.date_end)
             for c in counted_claims(nlp, text, D("2030-12-01"))}
    assert found["300"] == found["700"]
