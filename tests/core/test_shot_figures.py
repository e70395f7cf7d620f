"""Figures of people "shot" (issue #11, local shooting reports): hurt unless the clause says
they died, nothing when they were only fired at or what was shot is no person. Sentences we
wrote; one case per line."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_spans

if TYPE_CHECKING:
    from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str, str]]:
    return casualty_spans(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four people were shot and hospitalized after the game.", [(4, "injured", "Four")]),
        ("Three men were shot outside a bar on Elm Street.", [(3, "injured", "Three")]),
        ("Two were shot near the bus stop.", [(2, "injured", "Two")]),
        ("A gunman shot four teenagers at the party.", [(4, "injured", "four")]),
        # the clause says they died
        ("Two men were shot and killed in the parking lot.", [(2, "killed", "Two")]),
        ("Two people were fatally shot in the robbery.", [(2, "killed", "Two")]),
        ("Three brothers were shot dead at the farm.", [(3, "killed", "Three")]),
        ("He walked into the hall and shot one man dead immediately.", [(1, "killed", "one")]),
        ("Two hikers were shot to death on the trail.", [(2, "killed", "Two")]),
        # everyone hit, and a clause that counts its part: the total is neither toll
        ("The sniper shot five villagers, killing two.", [(2, "killed", "two")]),
        ("A man shot six people at the fair, wounding four of them.", [(4, "injured", "four")]),
    ],
)
def test_people_shot(nlp: Language, text: str, expected: list[tuple[float, str, str]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two officers were shot at but not hit.",
        "The director shot 12 scenes in the old mill.",
        "She took 3 photos and shot 2 videos of the crowd.",
        "Neighbours believed the driver was shot two, or three times.",
    ],
)
def test_no_people_shot(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's "shot" after a count is its verb: a count takes no singular noun
        ("Four shot during costume party at downtown club", [(4, "injured", "Four")]),
        ("3 shot outside bar, police seek gunman", [(3, "injured", "3")]),
        ("Four shot dead at wedding", [(4, "killed", "Four")]),
        # "shot dead" wherever the parser hangs "dead"
        ("Gunmen shot dead two policemen in the city on Monday.", [(2, "killed", "two")]),
        # one shot, shots: gunfire, no people
        ("One shot rang out.", []),
        ("He fired four shots.", []),
    ],
)
def test_a_headline_shot_and_shot_dead(
    nlp: Language, text: str, expected: list[tuple[float, str, str]]
) -> None:
    assert figures(nlp, text) == expected
