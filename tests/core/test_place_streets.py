"""Streets are no towns: "on West Madison" is a street named by a side and a town's name (a
side of a town is where one lives "in"), and "Avenue B" or "Highway 9" puts its street word
first; a country gives way to the province the report is about; "Ridge and Elm streets" and
"a Mill Road home" name streets, and "down Elm" later is the street again. Sentences written
for the classes of issue #11, positive and negative."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Span

from core.extract.claim_places import place_mentions
from core.extract.claims import extract_claims
from core.extract.nlp import Chunk
from core.extract.place_towns import town_over_state
from core.extract.place_words import a_scene
from core.extract.street_names import a_street_name
from core.model import Document
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def places_of(nlp: Language, text: str) -> list[str | None]:
    return [c.location for c in read_claims(nlp, text, None) if c.is_core]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a street named by a side of a big town's name, in a small town's report
        (
            "A woman was shot dead in Cedar Falls on Friday. "
            "Police were called to a home on West Madison. "
            "Neighbors on West Madison heard two shots. "
            "Two victims were taken to a hospital.",
            "Cedar Falls",
        ),
        (
            "Two men were shot dead in Cedar Falls on Friday, police said. "
            "Officers were called to a home on West Madison. "
            "Two victims were taken to a hospital.",
            "Cedar Falls",
        ),
        # a side of a town one lives in is that town
        (
            "Police said the gunman fled. Two men were shot in East Toledo on Friday. "
            "Three victims were taken to a hospital.",
            "Toledo",
        ),
    ],
)
def test_a_street_named_by_a_side_is_no_town(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text)[-1] == place


@pytest.mark.parametrize(
    ("name", "scene"),
    [
        ("Avenue B", True),
        ("Highway 9", True),
        ("Elm Street", True),
        ("Sector 7", False),  # a part of a town, written with its own word
        ("Cedar Falls", False),
    ],
)
def test_a_street_word_may_come_first(name: str, scene: bool) -> None:
    assert a_scene(name) is scene


@pytest.mark.parametrize(
    ("place", "home", "filed"),
    [
        ("Pakistan", "Sindh", "Sindh"),  # the country holds the report's province
        ("Indonesia", "Aceh", "Aceh"),
        ("India", "Sindh", "India"),  # another country stays itself
        ("Pakistan", "Karachi", "Karachi"),
    ],
)
def test_a_country_gives_way_to_the_reports_province(place: str, home: str, filed: str) -> None:
    assert town_over_state(place, home) == filed


@pytest.mark.parametrize(
    ("second", "place"),
    [
        # NER takes the town's name of a street and leaves its suffix out
        ("At a pharmacy near Albany Ave., a rioter injured two customers.", "East Flatbush"),
        # one plural suffix for two streets, in lower case
        ("A rioter injured two customers near N. 35th and W. Center streets.",
         "East Flatbush"),
        # a holiday named with its possessive is a day, no town
        ("A rioter injured two customers in a Father's Day brawl.", "East Flatbush"),
        # negatives: the town itself, named without a street's suffix
        ("In Albany, a rioter injured two customers.", "Albany"),
        ("A rioter injured two customers in Albany on Tuesday.", "Albany"),
    ],
)
def test_a_town_cut_before_a_street_suffix_is_no_town(
    nlp: Language, second: str, place: str
) -> None:
    text = "Protesters clashed with police in East Flatbush on Monday night. " + second
    assert places_of(nlp, text)[-1] == place


def _paragraph_claims(nlp: Language, paragraphs: list[str]) -> list[str | None]:
    """The places of a report parsed a paragraph a part, as the pipeline parses it."""
    text = "\n\n".join(paragraphs)
    chunks, offset = [], 0
    for paragraph in paragraphs:
        chunks.append(Chunk(offset, nlp(paragraph)))
        offset += len(paragraph) + 2
    ids = (f"c{n}" for n in itertools.count(1))
    claims = extract_claims(chunks, Document(id="d1", text=text), ids=ids)
    return [c.location for c in claims if c.is_core]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # names joined before a plural street word are streets', whatever towns bear them
        (
            "A gunman opened fire in Tulsa late Friday, police said. "
            "Two men were shot at the corner of Amsterdam and Irving streets.",
            "Tulsa",
        ),
        (
            "Three people were wounded early Sunday near Ridge and Irving avenues, "
            "police in Tulsa said.",
            "Tulsa",
        ),
        # a town's name with no street word after it stays a town
        ("Police said two men were shot in Irving on Friday.", "Irving"),
    ],
)
def test_names_before_street_words_are_streets(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text)[-1] == place


_LEAD = (
    "Residents of the Upper West Side were woken early Sunday as a gunman shot three people "
    "outside a bodega, police said."
)
_FLED = "The gunman fired several rounds before speeding off down Irving."
_HURT = "One of the wounded men, Jo Marne, 26, was hit in the leg, police said."


def test_a_street_written_alone_later_is_no_town(nlp: Language) -> None:
    corner = "The shooting happened during a fight on the corner of Amsterdam and Irving streets."
    found = _paragraph_claims(nlp, [_LEAD, corner, _FLED, _HURT])
    assert not {"Amsterdam", "Irving"} & set(found)


def test_a_name_never_written_as_a_street_stays_a_town(nlp: Language) -> None:
    assert _paragraph_claims(nlp, [_LEAD, _FLED, _HURT]) == ["Irving", "Irving"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a street's name before a venue noun is the street, not "Mill Road home" nor a town
        # the gazetteer knows by the street's first word
        (
            "Jo Vance shot his friend, Al Reed, at Vance's 310 Mill Road home on June 2. "
            "Reed died from a gunshot wound on June 5.",
            "Mill Road",
        ),
        ("Two men were wounded at a Main Street bar on Friday, police said.", "Main Street"),
        # a town's name before a venue noun stays the town
        ("Two men were wounded at a Joliet distribution warehouse on Friday.", "Joliet"),
    ],
)
def test_a_street_before_a_venue_is_the_street(nlp: Language, text: str, place: str) -> None:
    assert places_of(nlp, text)[-1] == place


@pytest.mark.parametrize(
    ("name", "street"),
    [("Raymond Road", True), ("Elm St.", True), ("Cedar Falls", False), ("Mill", False)],
)
def test_a_street_name(name: str, street: bool) -> None:
    assert a_street_name(name) is street


@pytest.mark.parametrize(
    ("sentence", "word", "kept"),
    [
        # two names joined before a plural street word are streets', NER's town or not
        ("Two men were shot at the corner of Amsterdam and Irving streets.", "Amsterdam", False),
        # one town's name before it is the town whose streets they are
        ("Protesters poured into Dayton streets for a third night.", "Dayton", True),
    ],
)
def test_one_name_before_streets_is_the_town(
    nlp: Language, sentence: str, word: str, kept: bool
) -> None:
    doc = nlp(sentence)
    name = next(t for t in doc if t.text == word)
    doc.ents = [Span(doc, name.i, name.i + 1, label="GPE")]  # NER's reading, held fixed
    assert any(word in n for _, n in place_mentions(doc[:])) is kept
