"""Issue #11, attribution: who gives a figure when the grammar hides it: the agent of the
figure's own participle ("the eight fatalities reported by the army"), the source of a deck
line's clipped report ("Five children among the dead, health ministry says, as ..."), a
ministry named again ("the ministry added"), and never a demonstrative or the incident that
moved a toll ("This raises the death toll to five", "The blast raised the number of injured
to five"). Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_claims_by_text, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)


def sources(nlp: Language, text: str) -> list[tuple[str, float, str | None]]:
    return [
        (c.measure, c.value, c.attribution)
        for c in read_claims(nlp, text, PUB)
        if c.measure != "other"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants said they killed 15 soldiers, almost double the eight fatalities reported"
         " by the army.", [("killed", 15, "Militants"), ("killed", 8, "the army")]),
        # released people are no figure a source gives
        ("Police said the 12 detainees released by the court had been held for a week.",
         [("arrested", 12, "Police")]),
    ],
)
def test_the_agent_of_a_figure_s_own_report_gives_it(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert sources(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five children among the dead, health ministry says, as rescuers search rubble",
         [("killed", 5, "health ministry")]),
        ("Two soldiers among the injured, army says", [("injured", 2, "army")]),
        ("Five children among the dead in Velmora blast", [("killed", 5, None)]),
    ],
)
def test_a_deck_line_s_clipped_report_is_its_source_s(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert sources(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A worker died on Tuesday. This raises the death toll in the blast to five.",
         [("killed", 5, None)]),
        ("The blast raised the number of injured to five.", [("injured", 5, None)]),
        # a source that raised the toll gives it
        ("Officials raised the death toll to five on Tuesday.", [("killed", 5, "Officials")]),
    ],
)
def test_what_moved_a_toll_is_no_source(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert sources(nlp, text) == expected


def test_the_ministry_named_again_is_the_ministry_named_before() -> None:
    texts = [
        "The toll from the car bomb has climbed to 21, Velmora's health ministry said on"
        " Friday. Police said 5 men were held. Another 44 people were hurt, the ministry"
        " added.",
        "Police said 5 men were arrested on Friday. Another 44 people were hurt, the"
        " ministry added.",
    ]
    found = core_claims_by_text(texts, PUB)
    assert [c.attribution for c in found[texts[0]]] == [
        "Velmora's health ministry", "Police", "Velmora's health ministry"
    ]
    # no ministry named before: the police are no ministry
    assert [c.attribution for c in found[texts[1]]] == ["Police", "the ministry"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine people were killed in the attack, the district health office said, as the"
         " army announced the arrest of two suspects.",
         [("killed", 9, "the district health office"), ("arrested", 2, "the army")]),
        ("Peruvian authorities on Monday announced the arrests of six alleged gang members.",
         [("arrested", 6, "Peruvian authorities")]),
        # welcoming an arrest is no announcing it
        ("The governor welcomed the arrest of six suspects.", [("arrested", 6, None)]),
    ],
)
def test_who_announces_an_arrest_gives_its_figure(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert sources(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It was a slaughter," said Omar Haddad, whose brother and two nephews were among the'
         " dead.", [("killed", 2, "Omar Haddad")]),
        ('"We could not stop them," said Ali Musa, who lost four cousins in the raid.',
         [("killed", 4, "Ali Musa")]),
        # a relative clause on a subject before its report is the report's own telling
        ("The gunman, who killed three people at the depot, told police he had acted alone.",
         [("killed", 3, None)]),
    ],
)
def test_what_an_inverted_speaker_s_relative_clause_says_is_theirs(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert sources(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what figures show are their author's; records a body keeps are the records'
        # (record_sources: "police records", not "Police")
        ("Police records show six grenade attacks in the valley this year.",
         [("attacks", 6, "police records")]),
        ("Figures from the army show 17 attacks on border posts in 2030.",
         [("attacks", 17, "the army")]),
        # figures that name no author, and a video, give no source
        ("The figures show 40 abductions in Tarn in 2030.", [("kidnapped", 40, None)]),
    ],
)
def test_what_an_authored_record_shows(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert sources(nlp, text) == expected
