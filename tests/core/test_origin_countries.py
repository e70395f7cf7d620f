"""A country named only as where refugees came from ("some 6,000 refugees, most of them from
Bhutan, live in seven camps") is not the country the report speaks of: the report's figures
keep their scene (issue #11, place). Positive and negative cases; sentences invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from core.extract.home_country import home_country
from core.extract.nlp import Chunk
from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 10)

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
