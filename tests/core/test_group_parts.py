"""Issue #11, parts of a toll: "five of the dead were children", "Among the dead, two were
soldiers", "Three of the victims were women", "Four of the nine dead were policemen" and a
breakdown's second group after an ellipsis ("seven were soldiers and four civilians") are
parts of the toll counted before (``Claim.part_of``), never set against it. Sentences,
people and places we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.model import Claim, Conflict
from core.pipeline import run_documents

PUB = dt.date(2031, 3, 4)

TOLL = "Nine people were killed when gunmen stormed a bus depot in Morvale on Sunday. "

PARTS = [
    (TOLL + "Five of the dead were children.", "Five"),
    (TOLL + "Among the dead, five were children.", "five"),
    (TOLL + "Of the dead, five were children.", "five"),
    (TOLL + "Three of the victims were women.", "Three"),
    (TOLL + "Four of the nine dead were policemen.", "Four"),
    (
        "At least 11 people were killed in the bombing, police said. Of the 11 dead, seven"
        " were soldiers and four were civilians.",
        "four",
    ),
]


def _run(texts: list[str]) -> dict[str, tuple[list[Claim], list[Conflict]]]:
    docs = [
        from_text(text, doc_id=f"d{i}", path=f"{i}.txt", published=PUB)
        for i, text in enumerate(texts)
    ]
    found: dict[str, tuple[list[Claim], list[Conflict]]] = {}
    for doc, text in zip(docs, texts, strict=True):
        result = run_documents([doc])
        found[text] = (list(result.claims), list(result.conflicts))
    return found


@pytest.fixture(scope="module")
def parts() -> dict[str, tuple[list[Claim], list[Conflict]]]:
    return _run([text for text, _ in PARTS])


@pytest.mark.parametrize(("text", "figure"), PARTS)
def test_a_part_of_the_dead_is_part_of_the_toll(
    parts: dict[str, tuple[list[Claim], list[Conflict]]], text: str, figure: str
) -> None:
    claims, conflicts = parts[text]
    part = next(c for c in claims if c.number_text == figure)
    assert part.measure == "killed"
    assert part.part_of is not None
    assert not [k for k in conflicts if k.kind != "consistent"]


def test_a_group_counted_first_is_no_part_and_a_new_toll_is_compared() -> None:
    first = "Among the dead were five children, police in Morvale said on Sunday."
    told_twice = (
        "Nine people were killed in the attack on Sunday. By Monday officials in Morvale put"
        " the toll at 12."
    )
    found = _run([first, told_twice])
    claims, _ = found[first]
    assert [(c.measure, c.value, c.part_of) for c in claims] == [("killed", 5, None)]
    claims, _ = found[told_twice]
    assert [c.part_of for c in claims] == [None, None]


REMAINING = [
    (
        "Five people were injured when a bus overturned near Tarnpur on Monday. Three were"
        " discharged the same day. The two remaining injured are being treated at the district"
        " hospital.",
        [("injured", 5, False), ("injured", 2, True)],
    ),
    # the same two again, no part; remaining things, no people
    (
        "Two people were injured when a bus overturned near Tarnpur on Monday. The two injured"
        " are being treated at the district hospital.",
        [("injured", 2, False), ("injured", 2, False)],
    ),
    ("The two remaining buses were sent to the Tarnpur depot on Monday.", []),
]


def test_the_remaining_hurt_are_a_part_of_the_hurt() -> None:
    found = _run([text for text, _ in REMAINING])
    for text, expected in REMAINING:
        claims, _ = found[text]
        assert [(c.measure, c.value, c.part_of is not None) for c in claims] == expected


def test_one_of_the_victims_or_the_dead_described_counts_nothing() -> None:
    described = TOLL + "One of the victims was a pregnant woman."
    dead_described = TOLL + "One of the dead was a teenager, the police chief said."
    died = TOLL + "One of the victims died in hospital on Monday."
    found = _run([described, dead_described, died])
    assert [(c.measure, c.value) for c in found[described][0]] == [("killed", 9)]
    assert [(c.measure, c.value) for c in found[dead_described][0]] == [("killed", 9)]
    assert [(c.measure, c.value) for c in found[died][0]] == [("killed", 9), ("killed", 1)]


def test_a_person_named_as_one_of_the_dead_counts_nothing() -> None:
    named = TOLL + '"My cousin was one of the dead," a depot guard said.'
    named_hurt = TOLL + "The conductor, Jon Reyes, was one of the injured."
    part = TOLL + "Two of the dead were drivers."
    found = _run([named, named_hurt, part])
    assert [(c.measure, c.value) for c in found[named][0]] == [("killed", 9)]
    assert [(c.measure, c.value) for c in found[named_hurt][0]] == [("killed", 9)]
    assert [(c.measure, c.value) for c in found[part][0]] == [("killed", 9), ("killed", 2)]
