"""The country a report speaks of is the one its provinces and towns lie in, though it never
names that country and names another once ("troops from a neighbour arrived"): a neighbour
named once is no home of the report's figures. A report that names no country at all has
none from its towns alone. Sentences invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.home_country import home_country, home_country_times
from core.extract.nlp import Chunk

if TYPE_CHECKING:
    from spacy.language import Language


def _chunks(nlp: Language, text: str) -> list[Chunk]:
    return [Chunk(doc=nlp(text), offset=0)]


def test_the_country_of_the_towns_over_a_neighbour_named_once(nlp: Language) -> None:
    text = (
        "Insurgents raided a hamlet near Marrupa in Niassa province on Sunday, and "
        "residents fled to Lichinga and Cuamba. Police from Tanzania later reached Marrupa. "
        "Tanzania has kept forces in Niassa since 2029."
    )
    country, times = home_country_times(_chunks(nlp, text))
    assert country == "Mozambique"
    assert times > 1


def test_a_country_named_as_often_as_its_towns_stays_home(nlp: Language) -> None:
    text = (
        "Gunmen killed two men in Marrupa on Sunday. Tanzania closed its border, and "
        "police from Tanzania flew to Mtwara. Tanzania said it would help."
    )
    assert home_country(_chunks(nlp, text)) != "Mozambique"


def test_towns_alone_name_no_home(nlp: Language) -> None:
    text = "Insurgents raided a hamlet near Marrupa in Niassa province on Sunday."
    assert home_country(_chunks(nlp, text)) is None
