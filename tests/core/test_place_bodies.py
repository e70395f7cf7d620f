"""Names that are no place unless they are the scene (issue #11, place): a country that owns
the speaker ("Nigeria's president said") is whom the speaker speaks for; a university where
a gunman opened fire is the scene, and its name says where it stands. Sentences written for
these classes, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.speaker_places import where_a_speaker_is
from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "name", "speaks"),
    [
        ("Nigeria's president said Tuesday that five people were killed.", "Nigeria", True),
        ("Kenya's police told reporters that nine men were arrested.", "Kenya", True),
        # the country owns the place, not the speaker
        ("Five people were killed in Nigeria's north, officials said.", "Nigeria", False),
        # the country owns what was hit, and no one speaks
        ("Bombs hit Nigeria's largest market on Monday.", "Nigeria", False),
    ],
)
def test_a_country_owning_the_speaker_is_where_the_speaker_is(
    nlp: Language, text: str, name: str, speaks: bool
) -> None:
    tok = next(t for t in nlp(text) if t.text == name)
    assert where_a_speaker_is(tok) is speaks


def test_a_country_owning_the_speaker_gives_way_to_the_place_before(nlp: Language) -> None:
    text = (
        "The army shelled villages in Zamfara state and in Kano state on Monday. Air raids "
        "on a market in Zamfara state followed on Tuesday. Nigeria's president said "
        "Wednesday that five people were killed in those raids."
    )
    assert "Zamfara" in (place_of(nlp, text, "five") or "")


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        (
            "A gunman opened fire at the University of Montana on Monday, killing two "
            "students.",
            "two",
            "Montana",
        ),
        ("A shooting at Kansas State University left three people wounded.", "three", "Kansas"),
    ],
)
def test_a_university_that_is_the_scene_gives_its_place(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place


def test_a_university_where_victims_studied_is_no_scene(nlp: Language) -> None:
    text = "Two students at the University of Montana were killed in a crash in Boston on Friday."
    assert place_of(nlp, text, "Two") == "Boston"


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # where a quoted source sits is not the scene: the place before stays
        (
            "Two people were shot in Fairview on Sunday. State radio quoted the police in "
            "Salem as saying two men were arrested.",
            "two",
            "Fairview",
        ),
    ],
)
def test_a_quoted_source_or_an_office_gives_way(
    nlp: Language, text: str, figure: str, place: str
) -> None:
    assert place_of(nlp, text, figure) == place



@pytest.mark.parametrize(
    ("text", "place"),
    [
        # "the Union Territory" calls back the union territory named before
        (
            "In Ladakh, nine incidents were recorded in 2024, officials said. Twelve militants "
            "were killed in the Union Territory during the year, the data showed.",
            "Ladakh",
        ),
        (
            "In Ladakh, nine incidents were recorded in 2024. Twelve militants were killed in "
            "the territory during the year.",
            "Ladakh",
        ),
        # a territory with a name of its own is that one
        (
            "Twelve militants were killed in the Northern Territory during the year, the data "
            "showed.",
            "Northern Territory",
        ),
    ],
)
def test_the_union_territory_is_the_one_named_before(
    nlp: Language, text: str, place: str
) -> None:
    assert place_of(nlp, text, "Twelve") == place
