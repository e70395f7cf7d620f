"""Places written as a list across countries are no place of one incident's figures: three or
more names in more than one country neither become a figure's place nor go on to the next
sentence's, nor make the report's country or town; a count given part by part keeps each
part's place, and towns of one country listed stay the incident's. The country of the people
who did the harm, which the report only names as speaking, is no home of its figures.
Sentences invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.home_country import home_country
from core.extract.nlp import Chunk
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def _places(nlp: Language, text: str) -> dict[str, str | None]:
    return {c.number_text: c.location for c in read_claims(nlp, text, None)}


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the list names where unrest spread, not where the figures after it are
        (
            "Marches against the new tax spread to Austria, Sweden, Portugal and Norway on "
            "Monday. Police detained 45 people, officials said.",
            "45",
        ),
        # a figure in the list's own sentence, over the whole area, takes no scene carried
        (
            "A gunman killed two guards in Lyon on Monday. Marches were held in Austria, Sweden, "
            "Portugal and Norway, and 30 people were detained across the continent.",
            "30",
        ),
        # a count over the listed capitals is no count of one of them
        (
            "Vigils were held in Vienna, Oslo, Lisbon and Stockholm. At least 19 people "
            "were detained.",
            "At least 19",
        ),
        (
            "Marches against the new tax spread to Austria, Sweden, Portugal and Norway. "
            "Fourteen officers were hurt in the scuffles.",
            "Fourteen",
        ),
    ],
)
def test_a_list_across_countries_is_no_place(nlp: Language, text: str, figure: str) -> None:
    assert _places(nlp, text)[figure] is None


def test_a_list_does_not_go_on_to_the_next_figures(nlp: Language) -> None:
    text = (
        "A grenade killed four shoppers in Lyon on Tuesday. Unrest later spread to Austria, "
        "Sweden and Norway. Another 11 people were hurt, police said."
    )
    found = _places(nlp, text)
    assert found["four"] == "Lyon"
    assert found["11"] not in ("Austria", "Sweden", "Norway", "Austria and Sweden and Norway")


def test_a_count_part_by_part_keeps_each_part(nlp: Language) -> None:
    text = "Police detained 9 people in Austria, 6 in Sweden and 4 in Norway on Monday."
    assert _places(nlp, text) == {"9": "Austria", "6": "Sweden", "4": "Norway"}


def test_towns_of_one_country_listed_stay_the_incidents(nlp: Language) -> None:
    text = "Raids in Lyon, Dijon and Nantes on Monday led to 16 arrests, police said."
    assert _places(nlp, text)["16"] not in (None, "")


def _chunks(nlp: Language, text: str) -> list[Chunk]:
    return [Chunk(doc=nlp(text), offset=0)]


def test_the_harm_doers_country_speaking_is_no_home(nlp: Language) -> None:
    text = (
        "Three shepherds were killed by Turkish shelling on Friday, relatives said. "
        "Turkey said its forces had targeted fighters."
    )
    assert home_country(_chunks(nlp, text)) is None


def test_a_country_speaking_that_did_no_harm_stays_home(nlp: Language) -> None:
    text = (
        "Three shepherds were killed by a landmine on Friday, relatives said. "
        "Turkey said it would open an inquiry."
    )
    assert home_country(_chunks(nlp, text)) == "Turkey"


def test_the_harm_doers_country_named_as_a_place_stays_home(nlp: Language) -> None:
    text = (
        "Three shepherds were killed by Turkish shelling on Friday. The shells landed in "
        "Turkey near the border, and Turkey said it would open an inquiry."
    )
    assert home_country(_chunks(nlp, text)) == "Turkey"


def test_a_list_the_figure_is_set_in_is_its_place(nlp: Language) -> None:
    text = "Storms killed 85 people in Austria, Sweden and Norway over the winter."
    assert _places(nlp, text)["85"] == "Austria and Sweden and Norway"
