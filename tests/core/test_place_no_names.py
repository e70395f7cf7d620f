"""Names that are no place (issue #11, place). The one a speaker tells ("the doctor told
the Kashmir Monitor", "speaking to Rising Kashmir"): NER takes an outlet named after its
region for a place, but the object of "told" (or of "speaking to") is a listener, an outlet
or a person; the scene the sentence or the report names stays. An armed group named by its
kind ("the Northern Gang", a clan, a cartel), which NER takes for a place; a name set beside a
person's noun ("his wife, Victoria"); the town of the hospital a victim died on the way to.
Sentences written for these classes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the listener: no place
        ("The doctor told the Kashmir Monitor that nine injured persons were brought in.",
         "nine", None),
        ("The spokesman informed Rising Kashmir that nine injured persons were brought in.",
         "nine", None),
        # the scene the sentence names, not the outlet told
        ("Nine people were hurt in a blast in Sopore, the doctor told Rising Kashmir.",
         "Nine", "Sopore"),
        # a town the words were told of, or where the figure was, is still a place
        ("The doctor told reporters that nine persons were injured in the blast in Sopore.",
         "nine", "Sopore"),
        ("The police chief told a news conference that nine were killed in Sopore.",
         "nine", "Sopore"),
    ],
)
def test_the_one_told_is_no_place(
    nlp: Language, text: str, figure: str, place: str | None
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # an armed group named by its kind: no place
        ("Four members of the Northern Gang were detained on Friday.", "Four", None),
        # the place the sentence names beside the group
        ("Troops killed six fighters of the Valley Militia near Kindu.", "six", "Kindu"),
        # a street named with the word is still a place
        ("Six people were killed in a raid on Clan Street in Tumaco.", "Six", "Tumaco"),
    ],
)
def test_an_armed_group_named_by_its_kind_is_no_place(
    nlp: Language, text: str, figure: str, place: str | None
) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # a team of people fired at is no place
        ("Gunmen fired at a SWAT team on Monday, wounding two officers.", "two", None),
        # nor is it handed on to the sentences after
        ("Roe was inside a house on Elm Street on Monday when Jon Doe, 34, fired through the "
         "door at a SWAT team, according to police. Officers returned fire and killed Doe. One "
         "officer was shot in the arm.", "One", None),
        # the town the team was in is
        ("Two officers were wounded when gunmen fired at a police team in Tulsa.", "Two",
         "Tulsa"),
    ],
)
def test_a_team_is_no_place(nlp: Language, text: str, figure: str, place: str | None) -> None:
    assert place_of(nlp, text, figure) == place


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The gunman shot dead his niece Clara and badly wounded her 9-year-old brother, "
         "Felix.", "Clara"),
        ("The gunman killed his son Mark and wounded his wife, Victoria.", "Mark"),
    ],
)
def test_a_name_beside_a_persons_noun_is_no_place(
    nlp: Language, text: str, figure: str
) -> None:
    assert place_of(nlp, text, figure) is None


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the town of the hospital a victim died on the way to
        ("Gunmen killed six people in a pool hall in Cartago. Five men died at the scene and a "
         "sixth victim died on the way to the hospital in nearby Tulua.", "Five", "Cartago"),
        ("Five men died at the scene and a sixth victim died on the way to the hospital in "
         "nearby Tulua, the mayor's office said.", "Five", None),
    ],
)
def test_the_town_of_a_hospital_on_the_way_is_no_place(
    nlp: Language, text: str, figure: str, place: str | None
) -> None:
    assert place_of(nlp, text, figure) == place
