"""Issue #11, attribution: a toll given as a bare figure ("an official gave a toll of 14") is
the giver's; a headline of two reports split by a semicolon ("Police say five robbers shot
dead; villagers allege they were herdsmen") gives each figure its own report's source.
Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)


def sources(nlp: Language, text: str) -> dict[float, str | None]:
    return {c.value: c.attribution for c in read_claims(nlp, text, PUB) if c.measure != "other"}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A bomb went off in a bus station in Velor on Monday. A health official gave a toll "
         "of 14.", "A health official"),
        ("A bomb went off in a bus station in Velor on Monday. The ministry gave a toll of "
         "14 dead.", "The ministry"),
    ],
)
def test_a_toll_given_is_the_giver_s(nlp: Language, text: str, source: str) -> None:
    assert sources(nlp, text)[14] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Police say five robbers shot dead in forest gunfight; villagers allege they were "
         "herdsmen", "Police"),
        ("Army says six rebels killed in raid; families claim they were students", "Army"),
    ],
)
def test_a_semicolon_ends_a_headline_s_report(nlp: Language, text: str, source: str) -> None:
    assert sources(nlp, f"{text}\n\nA body of text follows here.\n")[5 if "five" in text else 6] \
        == source


def test_a_report_with_no_source_of_its_own_is_still_the_outer_one(nlp: Language) -> None:
    text = "The toll stood at 12 on Monday; it may rise further, police said."
    assert sources(nlp, text)[12] == "police"


@pytest.mark.parametrize(
    "text",
    [
        "Nurses at the Tarvin city hospital put the figure at 40, while the police report sent "
        "to the home ministry in Velor stated that 28 people had been hurt.",
        "Hospital officials put the toll at 40, while the police report sent to the home "
        "ministry in Velor stated that 28 people had been killed.",
    ],
)
def test_a_long_second_source_keeps_its_figure(nlp: Language, text: str) -> None:
    """ "while the police report sent to X stated": the parser's clause of the participle
    strands the report's subject; the 28 is not the first source's."""
    found = sources(nlp, text)
    assert found[28] == "police"
    assert found.get(40) != "police"


def test_a_second_verb_of_the_same_source_is_still_its(nlp: Language) -> None:
    text = "The hospital said 40 people were hurt and stated that 28 of them were children."
    assert sources(nlp, text)[28] == "The hospital"


def test_a_name_after_a_place_s_apposition_is_the_speaker(nlp: Language) -> None:
    """ "in Larkana, the district headquarters, Bangladesh Police spokesperson Ali Raza told":
    the parser joins the name to the apposition; the speaker is the name, not the place."""
    text = (
        "Two people were killed and six others hurt when guards opened fire near the courthouse "
        "in Tarvin, the district headquarters, Nepal Police spokesperson Bilal Raza told "
        "reporters on Tuesday."
    )
    assert set(sources(nlp, text).values()) == {"Nepal Police spokesperson Bilal Raza"}
