"""A death among a group counted before ("two were hurt; one of them succumbed") is a new
figure; a toll put by a source with the parser's "at N" on the participle ("put the number
of attackers killed at four"). Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 10)


def figures(text: str) -> list[tuple[str, str, str | None]]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [(c.number_text, c.measure, c.attribution) for c in result.claims if c.is_core]


def test_one_of_them_died_is_a_death() -> None:
    text = "Three porters were wounded. One of them succumbed to his injuries on Friday."
    assert figures(text) == [("Three", "injured", None), ("One", "killed", None)]


def test_one_of_them_described_counts_nothing_new() -> None:
    text = "Three porters, one of them a boy, were wounded in the blast."
    assert figures(text) == [("Three", "injured", None)]


def test_one_of_them_critical_is_a_part() -> None:
    """A patient's condition said of one of the wounded is a part of them (part_of set), as
    "two of them are critical" is: never set against the whole."""
    result = run_documents(
        [
            from_text(
                "Three porters were wounded and one of them is critical.",
                doc_id="d1",
                published=PUB,
            )
        ]
    )
    whole, part = [c for c in result.claims if c.is_core]
    assert (whole.value, part.value, part.measure) == (3, 1, "injured")
    assert part.part_of == whole.id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A district official put the number of gunmen killed at five.",
            [("five", "killed", "A district official")],
        ),
        (
            "The hospital put the number of people injured at 31.",
            [("31", "injured", "The hospital")],
        ),
    ],
)
def test_a_toll_put_at_a_figure(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert figures(text) == expected


def test_a_participle_at_a_place_is_no_toll() -> None:
    assert figures("Police found the bodies of two men killed at a checkpoint.") == [
        ("two", "killed", None)
    ]


def test_a_service_named_by_its_number_is_no_figure() -> None:
    text = "Rescue 1122 officials said nine people were injured and shifted to hospital."
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    assert [(c.number_text, c.measure) for c in result.claims] == [("nine", "injured")]
    # a rescue count is still one
    text = "Rescuers pulled 14 people from the rubble on Monday."
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    assert [c.number_text for c in result.claims] == ["14"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The arrested suspects include six from Sukkur, three from Larkana and two "
            "each from Dadu and Jacobabad.",
            [("six", "arrested", None), ("three", "arrested", None), ("two", "arrested", None)],
        ),
        ("The injured men include two policemen.", [("two", "injured", None)]),
        # a group no harm names counts nothing here
        ("The new recruits include six from Sukkur.", []),
    ],
)
def test_a_group_named_by_its_harm_includes_counts(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nobody yet knows the number of wounded; a provincial radio station puts it at "
            '"no fewer than 25 people," while a doctor says about 30.',
            [("no fewer than 25", "injured"), ("about 30", "injured")],
        ),
        (
            "The death toll is unclear; police put it at 12.",
            [("12", "killed")],
        ),
        ("The number of arrests is disputed; police put it at 30.", [("30", "arrested")]),
        # "it" with no toll before it puts nothing
        ("It rained all day; the river put it at risk of flooding 40 homes.", []),
    ],
)
def test_a_toll_put_as_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [f[:2] for f in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group a part is taken from is no count of the part's harm
        (
            "Police arrested a man suspected of shooting four people at a garage. One of the "
            "four died on Tuesday.",
            [("a man", "arrested"), ("One", "killed")],
        ),
        (
            "Police arrested a man suspected of stabbing three people. Two of the three died "
            "on Tuesday.",
            [("a man", "arrested"), ("three", "injured"), ("Two", "killed")],
        ),
        # a headline's figure before its harm word still reads
        ("1 dead, 2 hurt in office shooting", [("1", "killed"), ("2", "injured")]),
    ],
)
def test_a_partitive_whole_is_no_count_of_the_part(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [f[:2] for f in figures(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "it" (the speaker) puts a count its own noun names: the wounded, not the dead
        ("A farmer and two herders were among the dead, the council said. It put the number "
         "of wounded at 27.", [("two", "killed"), ("27", "injured")]),
        ("Four guards died in the attack. It put the number of injured at 15.",
         [("Four", "killed"), ("15", "injured")]),
        ("Eight villagers were killed, the council said. It put the number of arrests at 3.",
         [("Eight", "killed"), ("3", "arrested")]),
        # "it" standing for the toll still puts the dead
        ("The death toll was unclear. Residents put it at 15.", [("15", "killed")]),
    ],
)
def test_a_toll_noun_of_its_own_beats_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [f[:2] for f in figures(text)] == expected
