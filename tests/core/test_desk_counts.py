"""Issue #11, South Asian desk copy: counts read in the wrong measure or missed in our own probe
reports (a count set off from its verb by a phrase in commas, "among them" a part, "a total of"
patients treated for injuries, operations called "drives", burials, a headline's "toll at N"
beside an arrest, a toll of one and the one victim it counts, "the three" said again).
Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase in commas between the count the parser joined to an object and its verb
        (
            "A guard lost his life and three others, including a watchman, were hurt when the"
            " roof of the depot in Morvale fell.",
            [("killed", 1), ("injured", 3)],  # the guard who lost his life is one dead
        ),
        ("The blast damaged a shed and two stalls, including a kiosk, were also damaged.", []),
        # "a total of" patients treated for injuries, whatever the parser hangs on "total"
        (
            "According to the civil hospital, a total of 16 people were treated for injuries"
            " received in the brawl on Sunday evening and Monday morning.",
            [("injured", 16)],
        ),
        ("A total of 16 people were treated for smoke inhalation on Sunday evening.", []),
        # operations called drives, carried out; not drives of another kind
        ("Security forces conducted 19 drives in the forest since Monday.", [("operations", 19)]),
        ("The health department conducted 19 vaccination drives in the district.", []),
        ("The shop sold 19 hard drives last week.", []),
        # the buried are the dead; not those buried alive or under what fell
        ("At least 12 people from Tarnpur had been buried by Tuesday.", [("killed", 12)]),
        ("Five people were buried under the debris when the wall fell.", []),
        ("Eight miners were buried alive in the shaft.", []),
        ("The raiders had buried three crates of rifles near the well.", []),
    ],
)
def test_desk_counts(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's toll "at" a figure after an arrest is the dead, not more arrested
        (
            "Dorwal killings: Three suspects arrested, toll at four",
            [("arrested", 3), ("killed", 4)],
        ),
        # a toll's figure, then after a comma the people held: two counts, not one toll
        (
            "Kelmar shooting: toll rises to five, three abettors held",
            [("killed", 5), ("arrested", 3)],
        ),
    ],
)
def test_headline_tolls_beside_arrests(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "among them" after a count of the hurt is a part of them (a dateline before)
        (
            "KORVAL: Twenty-six were injured in the clash, among them seven police personnel,"
            " officials said.",
            [("injured", 26), ("injured", 7)],
        ),
        ("KORVAL: Thirty shops were shut in the strike, among them four bakeries.", []),
        # a bare "the three" as a subject restates the one group of three counted before
        (
            "Police arrested three suspects in a raid on Sunday. The three were hiding in a"
            " hut near the canal.",
            [("arrested", 3), ("arrested", 3)],
        ),
        (
            "Police arrested three suspects and three guards were injured. The three were"
            " hiding in a hut near the canal.",
            [("arrested", 3), ("injured", 3)],
        ),
        ("The three were hiding in a hut near the canal.", []),
        # a toll of one counts; the one victim it counts is no second claim
        (
            "One dies of wounds in Selvar clash\n\nA farmer hurt in Friday's clash in Selvar"
            " died in hospital on Sunday, taking the death toll from the clash to one.",
            [("killed", 1), ("killed", 1)],
        ),
        # a victim the sentence's toll counts
        (
            "Four people were killed in the attack. A fifth man died in hospital, taking the"
            " death toll to five.",
            [("killed", 4), ("killed", 5)],
        ),
        # one counted dead in the headline, the body's own first telling of him, then one
        # more "also" killed, or one of another harm
        (
            "One killed in Selvar firing\n\nA man was shot dead in Selvar on Monday. A woman"
            " was also killed in the firing.",
            [("killed", 1), ("killed", 1), ("killed", 1)],
        ),
        (
            "One killed in Selvar firing\n\nA man was shot dead in Selvar on Monday. Another"
            " man was injured.",
            [("killed", 1), ("killed", 1), ("injured", 1)],
        ),
        # in the body, one counted by a numeral and then told by an article is one telling
        (
            "Firing in Selvar\n\nOne person was killed in Selvar on Monday. A man was shot dead"
            " near the bazaar.",
            [("killed", 1)],
        ),
    ],
)
def test_reports(text: str, expected: list[tuple[str, float]]) -> None:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt", published=PUB)
    found = [(c.measure, c.value) for c in run_documents([doc]).claims if c.measure != "other"]
    assert found == expected
