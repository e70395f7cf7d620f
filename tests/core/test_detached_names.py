"""Issue #11, a source's name set after its description between commas, which the parser hung
away from it ("according to the hospital's director, Dr. Ann Roe, who …"; a quote closed by
"according to a neighbour, Ann Roe."): the person is the source, not "the director" alone,
with the post beside the name. Sentences and names we invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.detached_names import detached_name
from core.extract.nlp import Chunk
from core.extract.statements import find_statements
from tests.core.claim_factory import attributions_after

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 3, 4)
_LEAD = "Gunman opens fire in Tarnby bar\n\n"

ATTRIBUTED: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    (
        "Four people were wounded, according to the hospital's director, Dr. Lina Varga, who"
        " spoke to reporters.",
        [(4, "injured", "hospital's director Dr. Lina Varga")],
    ),
    (
        "A gunman opened fire in a Tarnby bar. \"Two men were shot dead,\" according to a"
        " neighbour, Paul Dorn.",
        [(2, "killed", "neighbour Paul Dorn")],
    ),
    # near misses: no name after the description, or a place after it
    (
        "Four people were wounded, according to the hospital's director, who spoke to"
        " reporters.",
        [(4, "injured", "the hospital's director")],
    ),
    (
        "Four people were wounded, according to the district police chief, Tarnby.",
        [(4, "injured", "the district police chief")],
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[tuple[float, str, str | None]]]:
    return attributions_after(_LEAD, [t for t, _ in ATTRIBUTED], PUB)


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_a_detached_name_is_the_source(
    found: dict[str, list[tuple[float, str, str | None]]],
    text: str,
    expected: list[tuple[float, str, str | None]],
) -> None:
    assert found[_LEAD + text] == expected


def test_the_statement_speaker_is_the_person(nlp: Language) -> None:
    text = '"There were at least 30 shots," according to a neighbour, Paul Dorn.'
    (s,) = find_statements([Chunk(0, nlp(text))], document_id="d1", text=text)
    assert (s.speaker, s.speaker_role) == ("Paul Dorn", "a neighbour")


def test_no_name_for_a_thing_or_an_apposition(nlp: Language) -> None:
    doc = nlp("The blast, Monday, shook the street, said the mayor, Lina Varga.")
    assert detached_name(doc[1]) is None  # "blast" names no person
