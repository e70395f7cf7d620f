"""People caught or netted by the law, or caught as people the law wants, are arrested
(``core/extract/captives.caught_by_law``); a fire caught, a catch of things, people caught on
camera or in the crossfire are not. Sentences, people and places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police netted three suspects in a raid on Tuesday night.", [("three", "arrested")]),
        ("Excise officials netted 4 drug peddlers near Harnai.", [("4", "arrested")]),
        ("Two suspects were netted in a late-night operation.", [("Two", "arrested")]),
        ("Deputies caught two men near the Marlow bridge on Monday.", [("two", "arrested")]),
        ("The Rangers caught two target killers in Tarsk.", [("two", "arrested")]),
        ("Three robbers were caught near the market on Sunday.", [("Three", "arrested")]),
        ("Two of the thieves were caught by officers after a chase.", [("Two", "arrested")]),
    ],
)
def test_a_catch_by_the_law_is_an_arrest(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The fishermen netted 40 kilograms of fish.",
        "The police caught 200 kg of explosives in the raid.",
        "Two bystanders were caught in the crossfire.",
        "Three houses caught fire after the blast.",
        "Two men were caught on camera breaking into the store.",
        "Two men were caught with knives at a checkpoint.",  # no taker, no one wanted
        "Deputies caught up with the three suspects near the highway.",
        "Villagers caught three men stealing cattle.",
    ],
)
def test_no_arrest_is_caught(nlp: Language, text: str) -> None:
    assert ("arrested" not in {m for _, m in figures(nlp, text)})


@pytest.mark.parametrize(
    ("text", "arrested"),
    [
        # South Asian copy: a case registered against people, often still at large
        ("Four men were booked under section 302 of the IPC in Harnai.", False),
        ("Police have booked 12 people under the Arms Act.", False),
        ("Police booked five men for rioting and arrested two of them.", True),  # the two
        # US copy: booked into a jail is taken into custody
        ("Two youths were booked into the Marlow County jail on Friday.", True),
    ],
)
def test_booked_is_an_arrest_only_into_a_jail(nlp: Language, text: str, arrested: bool) -> None:
    found = figures(nlp, text)
    assert ("arrested" in {m for _, m in found}) is arrested
    assert ("five", "arrested") not in found
