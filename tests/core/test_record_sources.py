"""Issue #11, sources named by the whole phrase: records a body keeps ("court documents say",
"…, charging documents state") speak for no one, so the phrase is the source, where a
statement stays its author's; people a relative clause tells who they are ("people who heard
the blasts said") keep the clause, where "an official who asked not to be named" is cut.
Sentences, names and places we invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.nlp import Chunk
from core.extract.statements import find_statements
from tests.core.claim_factory import attributions_after

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 3, 4)
_LEAD = "Blast hits Tarnby market\n\n"

ATTRIBUTED: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    # records opening the sentence: the whole phrase, not "Court" or "Police"
    (
        "The mayor said the town was shocked. Court documents say three men were arrested"
        " on Tuesday.",
        [(3, "arrested", "court documents")],
    ),
    (
        "An official said the area was calm. Police records show 14 people were killed in"
        " the district last month.",
        [(14, "killed", "police records")],
    ),
    # a dateline before them is no part of them
    (
        "KELMOR, March 3 - Court documents say three men were arrested on Tuesday.",
        [(3, "arrested", "Court documents")],
    ),
    # records closing the sentence, which the parser reads as a compound or a participle:
    # not the person the paragraph named before
    (
        "Ray Tomlin told his wife he would leave. He came back and killed his son, charging"
        " documents state.",
        [(1, "killed", "charging documents")],
    ),
    (
        "A neighbour said the family was quiet. Two men were arrested on Friday, court records"
        " show.",
        [(2, "arrested", "court records")],
    ),
    ("Two men were arrested, according to court records.", [(2, "arrested", "court records")]),
    # a court paper with no kind named is the source with its article
    (
        "A neighbour said the family was quiet. The affidavit says two men were arrested.",
        [(2, "arrested", "the affidavit")],
    ),
    (
        "According to the complaint, three men were arrested at the house.",
        [(3, "arrested", "the complaint")],
    ),
    # a statement still speaks for its author
    (
        "An ISPR statement said 11 militants were killed in the raid.",
        [(11, "killed", "ISPR")],
    ),
    # a closing verb with no record before it is no source
    (
        "A neighbour said the family was quiet. Two men were arrested on Friday, the pictures"
        " show.",
        [(2, "arrested", "A neighbour")],
    ),
    # a relative clause that says who the people are stays in the source
    (
        "The governor said the town was calm. People who heard the blasts said two people"
        " were killed.",
        [(2, "killed", "People who heard the blasts")],
    ),
    (
        "A doctor said the ward was full. Those who survived said 20 passengers were"
        " kidnapped.",
        [(20, "kidnapped", "Those who survived")],
    ),
    # a free relative's "what" is no part of who speaks
    (
        "What officials said was that 3 soldiers were killed in the ambush.",
        [(3, "killed", "officials")],
    ),
    # a named head keeps only itself
    (
        "Officials said two people were hurt. An official who asked not to be named said 6"
        " people were arrested.",
        [(2, "injured", "Officials"), (6, "arrested", "An official")],
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[tuple[float, str, str | None]]]:
    return attributions_after(_LEAD, [t for t, _ in ATTRIBUTED], PUB)


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_whole_phrase_sources(
    found: dict[str, list[tuple[float, str, str | None]]],
    text: str,
    expected: list[tuple[float, str, str | None]],
) -> None:
    assert found[_LEAD + text] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Court documents say the three men fled the town.", "Court documents"),
        ("People who heard the blasts said the houses shook.", "People who heard the blasts"),
        ("Those who survived said the bus left at noon.", "Those who survived"),
        ("What officials said was that the bridge had collapsed.", "officials"),
        # near misses: a statement is its author's, a named head drops its clause
        ("A police statement said the men fled the town.", "police"),
        ("An official who asked not to be named said the men fled.", "An official"),
    ],
)
def test_statement_speakers(nlp: Language, text: str, speaker: str) -> None:
    (s,) = find_statements([Chunk(0, nlp(text))], document_id="d1", text=text)
    assert s.speaker == speaker
