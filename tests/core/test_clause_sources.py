"""Issue #11, attribution: each clause of a two-report sentence keeps its own source ("X says
18 seized; families say 27", "12 dead, say police; the agency stands by 9"), a figure read by
ellipsis keeps the source of the figure before it ("put the toll at 31, up from 24"), a figure
whose own noun names its source keeps it inside another's words ("more than the 11 deaths
confirmed by X"), and neither a hyphenated word ("maximum-security wings") nor whom a report
blames is a source. Sentences of our own, in the manner of wire headlines and leads."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

pytestmark = pytest.mark.slow

PUB = dt.date(2026, 3, 20)

# (text, [(value, measure, attribution)]) for every core figure of the text
CASES: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    # a second report after a semicolon or a comma: its own figure, its own source
    (
        "Benue government says 14 farmers abducted; relatives say 23",
        [(14, "kidnapped", "Benue government"), (23, "kidnapped", "relatives")],
    ),
    (
        "Officials say 10 dead in Maradi clash, residents say 16",
        [(10, "killed", "Officials"), (16, "killed", "residents")],
    ),
    (
        "Police say 5 shot dead; villagers say 8",
        [(5, "killed", "Police"), (8, "killed", "villagers")],
    ),
    # a report denied vouches for nothing; the other still does
    (
        "Police did not say 5 were held; residents say 9",
        [(5, "arrested", None), (9, "arrested", "residents")],
    ),
    # a source that keeps to its own count against another's
    (
        "Tarija: 8 dead, say police; rights body stands by 6",
        [(8, "killed", "police"), (6, "killed", "rights body")],
    ),
    (
        "Ten killed in landslide, officials say; the Red Cross sticks to 7",
        [(10, "killed", "officials"), (7, "killed", "the Red Cross")],
    ),
    (
        "The agency stands by its toll of 9 dead, while residents say 14 were killed.",
        [(9, "killed", "The agency"), (14, "killed", "residents")],
    ),
    ("Villagers stood by the 4 bodies for hours.", [(4, "killed", None)]),
    # later figures of one statement
    (
        "The health ministry put the toll at 31 on Sunday, up from 24 on Saturday.",
        [(31, "killed", "The health ministry"), (24, "killed", "The health ministry")],
    ),
    (
        "The toll rose to 31 on Sunday from 24 a day earlier.",
        [(31, "killed", None), (24, "killed", None)],
    ),
    (
        "At least 18 inmates were killed in a riot at a prison in the coastal city of Machala,"
        " Ecuador's prison agency SNAI said on Tuesday, up from 12 reported a day earlier.",
        [
            (18, "killed", "Ecuador's prison agency SNAI"),
            (12, "killed", "Ecuador's prison agency SNAI"),
        ],
    ),
    # "confirmed by X" names its own source, inside another's words
    (
        "The hospital said 20 people were injured, more than the 12 injuries recorded by"
        " police on Friday.",
        [(20, "injured", "The hospital"), (12, "injured", "police")],
    ),
    (
        "The governor said on Monday that 30 people had died, against 22 deaths reported by"
        " the civil defence.",
        [(30, "killed", "The governor"), (22, "killed", "the civil defence")],
    ),
    ("Prosecutors said the agency recorded 12 deaths.", [(12, "killed", "Prosecutors")]),
    # a hyphen inside a word is no headline's break; "known as" gives the body's acronym
    (
        "The state prison service, known as SPS, said fighting broke out in one of the jail's"
        " high-security blocks. Inmates took 9 guards hostage.",
        [(9, "kidnapped", "The state prison service (SPS)")],
    ),
    ("Six killed in bus crash - state-run media", [(6, "killed", "state-run media")]),
    # whom a report blames is no source
    (
        "The army said in a statement that two soldiers were killed and four others injured in"
        " firing across the border on Sunday, blaming Kessan forces for the firing.",
        [(2, "killed", "The army"), (4, "injured", "The army")],
    ),
    (
        "The interior ministry said three policemen were killed and five others wounded in an"
        " ambush on Friday, blaming rebel fighters for the attack.",
        [(3, "killed", "The interior ministry"), (5, "injured", "The interior ministry")],
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[Claim]]:
    return core_claims_by_text([text for text, _ in CASES], PUB)


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t[:40] for t, _ in CASES])
def test_clause_sources(
    found: dict[str, list[Claim]], text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert [(c.value, c.measure, c.attribution) for c in found[text]] == expected
