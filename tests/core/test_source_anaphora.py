"""A source named again by what it is ("the think tank said", "the military's media wing
said", "the statement said", "according to the report"): the body the report named before.
All bodies, places and sentences are invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.source_anaphora import anaphoric
from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 6)


def sources(text: str) -> list[tuple[float, str | None]]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [(c.value, c.attribution) for c in result.claims if c.is_core]


def test_a_body_described_again_is_the_body_named_before() -> None:
    text = (
        "Militants carried out 40 attacks in May, according to a report by the Valley "
        "Institute of Peace Studies (VIPS). In these attacks 52 people were injured, the "
        "Lahore-based think tank said. According to the report, 12 suspects were arrested."
    )
    assert sources(text) == [
        (40, "the Valley Institute of Peace Studies (VIPS)"),
        (52, "the Valley Institute of Peace Studies (VIPS)"),
        (12, "the Valley Institute of Peace Studies (VIPS)"),
    ]


def test_a_firm_described_again_is_the_firm_named_before() -> None:
    text = (
        "Gunmen killed 310 people in Kessa in the first half of the year, risk consultancy "
        "Harrow Analytics said on Monday. The firm said 95 people were abducted in the period."
    )
    assert sources(text) == [
        (310, "risk consultancy Harrow Analytics"),
        (95, "risk consultancy Harrow Analytics"),
    ]


def test_a_statement_is_of_the_body_that_issued_it() -> None:
    text = (
        "Troops killed six militants in a raid on Tuesday, the ISPR said. In a second raid, "
        "three more were arrested, the statement said."
    )
    assert [s for _, s in sources(text)] == ["the ISPR", "the ISPR"]


def test_a_department_told_by_its_field_is_no_body_named_before() -> None:
    # "the health department" is no description of the DPO who spoke before
    text = (
        "Two people were killed in the blast, the DPO said. Nine people died of dengue in the "
        "province last week, the health department said."
    )
    assert sources(text) == [(2, "the DPO"), (9, "the health department")]


def test_a_document_no_body_issued_names_no_one() -> None:
    text = "According to the report, 12 suspects were arrested in the raids on Monday."
    assert sources(text) == [(12, None)]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("the think tank", True),
        ("the military's media wing", True),
        ("The monthly assessment of the Multan-based think tank", True),
        ("the statement", True),
        ("the Valley Institute of Peace Studies", False),
        ("police", False),
        ("the spokesperson", False),
        ("a statement", False),
    ],
)
def test_what_describes_a_body_again(source: str, expected: bool) -> None:
    assert anaphoric(source) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body's acronym opening a headline is its source
        ("NDMA: 11 killed in floods\n\nFloods killed 11 people in the valley on Monday.",
         ["NDMA", None]),
        # a town in capitals or a label opening a line is none
        ("MARDAN: Floods killed 14 people in the valley on Monday.", [None]),
        ("UPDATE: 14 killed in floods\n\nFloods killed 14 people in the valley on Monday.",
         [None, None]),
    ],
)
def test_an_acronym_opening_a_headline(text: str, expected: list[str | None]) -> None:
    assert [s for _, s in sources(text)] == expected


def test_a_tally_of_the_same_weeks_is_the_source_that_gave_them() -> None:
    text = (
        "Militants carried out 52 attacks in April, according to a report by the Valley "
        "Institute of Peace Studies (VIPS).\n\n"
        "Sindh was the worst hit province with 20 attacks in April.\n\n"
        "On Monday, gunmen killed three guards at a depot in Sukkur."
    )
    assert sources(text) == [
        (52, "the Valley Institute of Peace Studies (VIPS)"),
        (20, "the Valley Institute of Peace Studies (VIPS)"),
        (3, None),  # one incident, no tally
    ]


def test_a_tally_no_source_gave_before_has_none() -> None:
    text = (
        "Sindh was the worst hit province with 20 attacks in April.\n\n"
        "Militants carried out 9 attacks in Punjab in April, police said."
    )
    assert sources(text) == [(20, None), (9, "police")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short description of the body a fuller one named before, in its own paragraph
        (
            "The Korvana provincial health directorate said the dead included two children."
            "\n\nTwenty people were wounded in the blast, the directorate said in a statement.",
            ["The Korvana provincial health directorate"] * 2,
        ),
        (
            "A bomb killed nine people at the bus station, the city's health department said."
            "\n\nAnother 31 were wounded, the department said.",
            ["the city's health department"] * 2,
        ),
        # a body of another kind is not it, nor one set against it in the same sentence
        (
            "Nine people were killed, the civil defence office said.\n\n"
            "Another 31 were wounded, the department said.",
            ["the civil defence office", "the department"],
        ),
        (
            "More than 60 people were hurt, the civil defence office said, while the regional"
            " health department has reported 45 injured taken to hospitals.",
            ["the civil defence office", "the regional health department"],
        ),
        # a description of another kind is not it
        (
            "A bomb killed nine people at the bus station, the city's health officials said."
            "\n\nAnother 31 were wounded, the department said.",
            ["the city's health officials", "the department"],
        ),
    ],
)
def test_a_short_description_is_the_fuller_one_before(
    text: str, expected: list[str | None]
) -> None:
    assert [s for _, s in sources(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the statement" a speaker gave before, in a paragraph of its own
        (
            "Prosecutors said in a statement that gunmen killed six people at a bar late on"
            " Saturday.\n\nAmong the dead were two brothers, according to the statement.",
            [(6, "Prosecutors"), (2, "Prosecutors")],
        ),
        # a statement no one was said to give is still no one's
        (
            "Witnesses said gunmen killed six people at a bar late on Saturday.\n\n"
            "Among the dead were two brothers, according to the statement.",
            [(6, "Witnesses"), (2, None)],
        ),
    ],
)
def test_the_statement_is_of_who_spoke_in_it(
    text: str, expected: list[tuple[float, str | None]]
) -> None:
    assert sources(text) == expected


def test_a_statement_is_of_the_body_a_statement_named() -> None:
    text = (
        "Rebels attacked a border post in Kelmor on Sunday, the army said.\n\nThe Kelmor "
        "Defence Forces (KDF) said in a statement late Sunday that rebels had stormed the post "
        "at dawn.\n\n\"Our losses are four dead and nine wounded,\" the statement said."
    )
    assert [(s or "").endswith("Kelmor Defence Forces (KDF)") for _, s in sources(text)][-2:] == [
        True,
        True,
    ]


def test_the_same_statement_is_of_the_body_that_issued_it() -> None:
    text = (
        "In a communiqué on Monday, the command of the Kelmor Defence Forces said seven "
        "soldiers were killed in the raid. The army had first reported five dead.\n\nThe same "
        "statement said 12 rebels had been killed in air strikes."
    )
    found = dict(sources(text))
    assert found[12] == "the command of the Kelmor Defence Forces"


def test_the_group_is_no_army_named_before() -> None:
    text = (
        "The Velmar Liberation Front (VLF) claimed the raid on the border post.\n\nThe army "
        "said three soldiers were killed. In a message on its channels, the group says it "
        "killed 20 soldiers."
    )
    found = dict(sources(text))
    assert found[3] == "The army"
    assert "VLF" in (found[20] or "")


def test_a_statement_a_sentence_never_issued_stays_the_army() -> None:
    text = (
        "Rebels attacked a border post in Kelmor on Sunday, the army said, adding that six "
        "soldiers were killed. Later, the statement said, two more died in hospital."
    )
    assert [s for _, s in sources(text)] == ["the army", "the army"]


def test_a_medium_is_no_body_described_again() -> None:
    text = (
        "A quake shook the south of Kelmor on Sunday, State-run TV reported.\n\nState "
        "television quoted the relief center in the province of Velmar as saying 10 people "
        "were killed."
    )
    assert sources(text) == [(10, "the relief center")]


@pytest.mark.parametrize(("body", "expected"), [("KIPD", "KIPD"), ("Kelmor", None)])
def test_a_body_named_by_its_initials_alone_is_the_think_tank_again(
    body: str, expected: str | None
) -> None:
    text = (
        "Bandit raids rose by a fifth in 2030, says think tank\n\n"
        f"TARNBURY: Bandit raids across Kelmor rose by a fifth in 2030, {body} said in its "
        "yearly review.\n\n"
        "According to the think tank, the country saw 412 raids, in which 96 people died.\n"
    )
    assert {s for v, s in sources(text) if v == 412} == {expected or "the think tank"}
