"""Issue #11, parts and restatements of the dead and the hurt in South Asian desk copy:
patients in some condition or sent home after first aid after a toll of the hurt ("Of them,
four are in critical condition", "two others were discharged after first aid") are hurt, and
a part of that toll, never set against it; a copula says the dead or the hurt again ("those
killed were two soldiers and a civilian", "the injured are five women and four men").
Sentences we wrote; positive and negative cases."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents
from tests.core.claim_factory import counted_claims, counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 6)

claims = functools.partial(counted_claims, published=PUB)
figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copula or a naming verb says the group named by its harm again
        (
            "Three people were killed near Tank. Those killed were two soldiers and a civilian.",
            [("killed", 3), ("killed", 2)],
        ),
        (
            "Nine people were hurt in the brawl. The injured are five women and four men.",
            [("injured", 9), ("injured", 5), ("injured", 4)],
        ),
        ("The slain were three smugglers from across the border.", [("killed", 3)]),
        ("The dead were identified as four masons from Thatta.", [("killed", 4)]),
        ("Those arrested were identified as six members of a gang.", [("arrested", 6)]),
        # no harm names the group: a count of no measure
        ("The raiders were three men on two motorcycles.", []),
        ("The dead were residents of two hamlets.", []),
        ("The visitors were identified as five students.", []),
    ],
)
def test_restated_groups(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Eleven people were hurt when a wall fell. Two others were discharged after first aid.",
            [("injured", 11), ("injured", 2)],
        ),
        (
            "Six men were wounded. Four of them were released from hospital after treatment.",
            [("injured", 6), ("injured", 4)],
        ),
        # a court's discharge, a captor's release, a soldier's: no patients
        ("Two accused were discharged by the court for want of evidence.", []),
        ("Four guards were discharged from service after the inquiry.", []),
        ("Three suspects were released after questioning.", []),
    ],
)
def test_discharged_patients(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thirteen people were hurt. Four were stated to be in critical condition.",
            [("injured", 13), ("injured", 4)],
        ),
        ("Nine men were wounded. Three are said to be critical.", [("injured", 9), ("injured", 3)]),
        (
            "Ten people were injured, of whom two are stated to be serious.",
            [("injured", 10), ("injured", 2)],
        ),
        ("Six people were injured. Two remain critical.", [("injured", 6), ("injured", 2)]),
        # one of them in a condition, with no verb of its own
        ("Eight people remain in hospital, one of them in a critical condition,"
         " a doctor said.", [("injured", 8), ("injured", 1)]),
        ("Five workers were hurt in the blast, one of them in serious condition.",
         [("injured", 5), ("injured", 1)]),
        # one of them described, or in no patient's condition: no count
        ("Five workers were hurt in the blast, one of them a cook.", [("injured", 5)]),
        ("Five guests were at the party, one of them in a good mood.", []),
        # no patient: a view, a contender, a building
        ("Three lawmakers are critical of the plan.", []),
        ("Two remain critical of the talks.", []),
        ("Five candidates were said to be serious contenders.", []),
        ("Three buildings were said to be in critical condition after the quake.", []),
    ],
)
def test_stated_conditions(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Seven people were killed and 19 injured in the blast. Of them, four are in critical "
        "condition.",
        "Twelve people were wounded in the fire. The condition of five is stated to be critical.",
        "Eight people were wounded. Six of them were discharged after treatment while two "
        "remain in critical condition.",
        "Fourteen people were injured in the explosion. Three of them are critical, an "
        "official said.",
        "At least 20 people were hurt in the clash. Of the injured, seven were admitted to "
        "the district hospital.",
    ],
)
def test_parts_of_the_hurt(nlp: Language, text: str) -> None:
    found = claims(nlp, text)
    whole = next(c for c in found if c.measure == "injured")
    parts = [c for c in found if c.measure == "injured" and c is not whole]
    assert parts
    assert all(p.part_of == whole.id for p in parts)


@pytest.mark.parametrize(
    "text",
    [
        # no toll of the hurt before: the patients are the count itself
        "Two people were killed and three are in critical condition.",
        # two groups of patients, neither a part of the other
        "Two people are in critical condition and five are being treated for burns. One "
        "more is in critical condition.",
        # more patients than the hurt counted before: no part of them
        "Two people were injured on Monday. Five were admitted to hospital on Tuesday.",
        # two parts of a group with no count: neither a part of the other
        "Among the dead were six miners and two rescuers.",
    ],
)
def test_no_whole_before(nlp: Language, text: str) -> None:
    assert all(c.part_of is None for c in claims(nlp, text))


def test_part_raises_no_conflict() -> None:
    text = (
        "PESHAWAR: Nine people were injured when a gas cylinder exploded in a bakery on "
        "Sunday, police said. Of them, three are in critical condition."
    )
    result = run_documents([from_text(text, doc_id="d1", path="r1.txt", published=PUB)])
    assert [c.value for c in result.claims if c.measure == "injured"] == [9, 3]
    assert not [k for k in result.conflicts if k.measure == "injured"]
