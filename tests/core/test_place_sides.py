"""Which names are no scene (issue #11, place): a country owning the forces or leader of a
side, a name the gazetteer does not know described as an organisation. Sentences written
for these classes, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Span

from core.extract.claim_places import place_mentions
from tests.core.claim_factory import PLACE_DAY, core_claims_by_text, place_of, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

def places_in_report(text: str, figure: str) -> list[str | None]:
    """Through the pipeline (the first line is the headline): the places of that figure."""
    claims = core_claims_by_text([text], PLACE_DAY)[text]
    return [c.location for c in claims if c.number_text == figure]


@pytest.mark.parametrize(
    ("middle", "place"),
    [
        # the country owning the forces is a side in the story, not where they were hurt
        (
            "Heavy fire covered the evacuation of 30 soldiers who were hurt, including the "
            "commander of the Tarvo brigade, one of Chile's elite fighting forces.\n",
            "Mafraq",
        ),
        (
            "Heavy fire covered the evacuation of 30 soldiers who were hurt in Chile.\n",
            "Chile",
        ),
    ],
)
def test_a_country_owning_forces_is_no_scene(middle: str, place: str) -> None:
    text = "Fighting flares near the border\nShelling killed six people in Mafraq on Sunday.\n"
    assert places_in_report(text + middle, "30") == [place]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a name the gazetteer does not know, set beside an agency: a body NER took for a place
        ("Four men died in a raid on a depot run by Omdra, the state relief agency.", False),
        # the doer of a passive, whatever the parser hangs the description on
        ("Four men died in a raid on a depot run by Omdra.", False),
        # a known town beside such a noun is still the town; an unknown name with no
        # organisation beside it is left to the other rules
        ("Four men died in a raid on a depot run by Mafraq, the state relief agency.", True),
        ("Four men died in a raid on a depot in Omdra, the state capital.", True),
    ],
)
def test_an_unknown_name_described_as_an_agency_is_no_place(
    nlp: Language, sentence: str, kept: bool
) -> None:
    doc = nlp(sentence)
    name = next(t for t in doc if t.text in ("Omdra", "Mafraq"))
    doc.ents = [Span(doc, name.i, name.i + 1, label="GPE")]  # NER taking it for a place
    found = [n for _, n in place_mentions(doc[:])]
    assert (name.text in found) is kept, found


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # an island NER took for a people, where the harm spread or happened
        ("At least 80 died across Sumatra in the storm.", True),
        ("Floods left 40 dead in Sumatra.", True),
        # the same name qualifying the people who speak is no scene
        ("Sumatra exporters said 80 died in the storm.", False),
    ],
)
def test_an_island_taken_for_a_people_is_a_place(
    nlp: Language, sentence: str, kept: bool
) -> None:
    doc = nlp(sentence)
    name = next(t for t in doc if t.text == "Sumatra")
    doc.ents = [Span(doc, name.i, name.i + 1, label="NORP")]
    found = [n for _, n in place_mentions(doc[:])]
    assert ("Sumatra" in found) is kept, found


@pytest.mark.parametrize(
    ("sentence", "origin"),
    [
        # where the refugees come from, through the place noun it names
        ("The camp houses about 30,000 refugees from the Tarvo Hills region of Blue Nile.", True),
        # where the camp stands is the scene
        ("The camp in the Tarvo Hills region of Blue Nile houses about 30,000 refugees.", False),
    ],
)
def test_where_refugees_come_from_is_no_scene(
    nlp: Language, sentence: str, origin: bool
) -> None:
    text = "Camp shelled in South Sudan\nA refugee camp near Bentiu was shelled on Friday.\n"
    claims = read_claims(nlp, text + sentence + "\n", PLACE_DAY)
    found = [c.location for c in claims if c.number_text == "about 30,000"]
    assert found
    assert ("Blue Nile" not in (found[0] or "")) is origin, found


@pytest.mark.parametrize(
    ("middle", "place"),
    [
        # a capital that acts or speaks stands for its government: not carried to the next
        ("Tel Aviv broke the ceasefire on Sunday, the rebels said.", "Aleppo"),
        ("Washington accused both sides of stalling.", "Aleppo"),
        ("The rebels said Moscow warned both sides of reprisals.", "Aleppo"),
        ("The rebels accused Tel Aviv of breaking the truce.", "Aleppo"),
        ("Tel Aviv has sent more tanks to the border.", "Aleppo"),
        # a town where something happened is carried on
        ("Later, shells fell on Idlib.", "Idlib"),
        ("Later, shells fell on Idlib, where the council said 20 houses burned.", "Idlib"),
    ],
)
def test_a_capital_that_acts_is_no_scene(nlp: Language, middle: str, place: str) -> None:
    text = (
        "Truce falters\n\nALEPPO, May 2 (Reuters) - Three people were killed on Sunday when "
        f"shells hit a bus, medics said. {middle}\n\nSix farmers were wounded, officials said.\n"
    )
    assert place_of(nlp, text, "Six") == place


def test_a_state_calling_for_a_truce_holds_no_town(nlp: Language) -> None:
    # a capital that acts is no province of the town named before it either
    text = (
        "Clashes\n\nKHARTOUM, May 2 (Reuters) - Fighting in El Fasher killed 30 people on "
        "Sunday. Washington called for a truce.\n\nTwelve more died on Monday, medics said.\n"
    )
    assert place_of(nlp, text, "30") == "El Fasher"
    assert place_of(nlp, text, "Twelve") == "El Fasher"


@pytest.mark.parametrize(
    ("sentence", "figure", "place"),
    [
        # the side that fires or launches is no scene: what it fires at is
        ("Moscow fired 12 missiles at Kharkiv overnight.", "12", "Kharkiv"),
        ("Iran fired 30 missiles at Israel on Sunday.", "30", "Israel"),
        # a country where the figure is stays, whatever else is named
        ("Twelve people were hurt in Kharkiv overnight, Moscow said.", "Twelve", "Kharkiv"),
        # a town subject of a verb its own people fill is still where the figure is
        ("Kabul continued to reel after a blast killed 12 people.", "12", "Kabul"),
    ],
)
def test_the_side_that_fires_is_no_scene(
    nlp: Language, sentence: str, figure: str, place: str
) -> None:
    assert place_of(nlp, "Missiles fired\n\n" + sentence, figure) == place
