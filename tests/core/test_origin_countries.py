"""Where people come from is not where the report's figures are (issue #11, place): a country
named only as the origin of refugees or workers ("most of them from Bhutan", "some 6,000
refugees from Myanmar", "fled Myanmar") is not the country the report speaks of and never
becomes the place of the incident's figures; a country named as where things happened still
does. Towns are real so the gazetteer knows them; the reports are invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.home_country import home_country
from core.extract.nlp import Chunk
from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents
from tests.core.claim_factory import core_claims_by_text

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 5)


def places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


@pytest.mark.parametrize(
    "closing",
    [
        "Some 40,000 refugees, most of them from Bhutan, live in nine camps in the district.",
        "The camps house about 30,000 people who fled Bhutan in the 1990s.",
    ],
)
def test_a_closing_line_on_refugees_origin_gives_no_place(closing: str) -> None:
    text = (
        "Two killed in camp clash\n\n"
        "KURIGRAM: Two refugees were killed and 11 injured in a clash between two groups at "
        "a refugee camp on Saturday, police said.\n\n"
        "Border guards detained five people after the clash, an officer said.\n\n"
        f"{closing}"
    )
    found = places(text)
    assert found
    assert all(place == "Kurigram" for _, place in found), found


def test_workers_from_abroad_die_where_the_dateline_puts_them() -> None:
    text = (
        "DOHA: Three construction workers from Nepal were killed and four injured when a "
        "scaffold collapsed on Sunday, officials said."
    )
    assert {place for _, place in places(text)} == {"Doha"}


def test_a_country_named_as_the_scene_is_still_the_place() -> None:
    text = (
        "Two hikers were killed and three injured in a landslide in Bhutan on Sunday, "
        "officials said. Rescuers from the capital reached the site at night."
    )
    assert {place for _, place in places(text)} == {"Bhutan"}


CLASH = (
    "Four injured in camp clash\n\n"
    "COX'S BAZAR: Four people were injured in a clash between two groups at a camp in Ukhia "
    "upazila on Friday night, police said.\n\n"
    "The police battalion detained four people after the clash, said its commander.\n\n"
)


def _places(text: str) -> set[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.location for c in result.claims if c.measure != "other"}


def test_refugees_origin_leaks_into_no_figure() -> None:
    text = CLASH + (
        "Some 60,000 refugees, most of them from Myanmar, live in 12 camps in Ukhia and "
        "Teknaf."
    )
    assert _places(text) == {"Ukhia upazila"}


def test_a_lead_without_a_town_keeps_the_dateline() -> None:
    text = (
        "Five hurt in camp clash\n\n"
        "COX'S BAZAR: Five people were injured in a clash at a camp on Friday night, police "
        "said.\n\nSome 6,000 refugees from Myanmar live in the camp."
    )
    assert _places(text) == {"Cox's Bazar"}


def test_refugees_from_a_country_name_no_home(nlp: Language) -> None:
    doc = nlp("Some 6,000 refugees from Bhutan live in seven camps near the border.")
    assert home_country([Chunk(doc=doc, offset=0)]) is None


def test_a_country_named_as_a_place_stays_home(nlp: Language) -> None:
    doc = nlp("Two refugees were killed in a clash in Bhutan on Friday.")
    assert home_country([Chunk(doc=doc, offset=0)]) == "Bhutan"


@pytest.mark.parametrize(
    "origin",
    [
        "Several of the victims were from Honduras and Peru, a consulate official said.",
        "Most of them were from Honduras, relatives said.",
    ],
)
def test_a_part_of_the_victims_from_abroad_names_no_home(nlp: Language, origin: str) -> None:
    doc = nlp("Three workers were shot dead at a packing plant on Monday. " + origin)
    assert home_country([Chunk(doc=doc, offset=0)]) is None


def test_victims_from_abroad_leave_the_dateline_its_country() -> None:
    text = (
        "Gunman kills 3 at packing plant\n\n"
        "LINCOLN, Neb. (AP) — A former employee opened fire at a packing plant on Monday, "
        "killing three co-workers, police said.\n\n"
        "At least two other people were wounded, police said.\n\n"
        "Several of the victims were from Honduras and Peru, a consulate official said."
    )
    found = places(text)
    assert found
    assert all(place is not None and place.startswith("Lincoln") for _, place in found), found


def test_victims_said_to_be_in_a_country_still_place_it(nlp: Language) -> None:
    doc = nlp("Three workers were shot dead at a packing plant on Monday. "
              "Several of the victims were in Honduras, police said.")
    assert home_country([Chunk(doc=doc, offset=0)]) == "Honduras"
