""""Shot" in a report that counts dead counts those hit, not the hurt; alone it counts the
hurt (issue #11). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

WED = dt.date.fromisoformat("2025-06-11")


def figures(nlp: Language, text: str) -> list[tuple[str, float]]:
    return sorted(
        (c.measure, c.value)
        for c in read_claims(nlp, text, WED)
        if c.measure in ("killed", "injured", "other")
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a total of those hit, some of them dead: a figure, not of the hurt
        (
            "A gunman shot four people on Sunday, police said. Three of them died at the scene.",
            [("killed", 3), ("other", 4)],
        ),
        (
            "Two people were killed on Sunday. Police said the man shot three people in all.",
            [("killed", 2), ("other", 3)],
        ),
        # a named victim "shot" in a report of a death told of someone unnamed: maybe the dead
        ("A woman died on Sunday. Dana Whitfield was shot in the chest.", [("killed", 1)]),
        # told hurt before any death is told: the gold counts each harm state a person is
        # told in (hurt at the wound, dead at the death), not one person in the graver
        ("A child was shot in the head. A 4-year-old boy died on Monday.",
         [("injured", 1), ("killed", 1)]),
        ("A boy wounded himself with a rifle on Sunday. He died on Monday.",
         [("injured", 1), ("killed", 1)]),
        # the dead and the one shot told by the same age: maybe one child
        (
            "A 6-year-old boy was shot to death on Sunday. Police said a 6-year-old boy shot "
            "himself in the stomach.",
            [("killed", 1)],
        ),
        (
            "On Sunday, 7-year-old Owen Pike was shot to death in Akron. A 7-year-old boy was "
            "shot through the shoulder on Sunday.",
            [("killed", 1)],
        ),
        # the same age told in words and in digits: maybe one child
        (
            "A six-year-old boy was shot to death on Sunday. Police said a 6-year-old boy shot "
            "himself in the stomach.",
            [("killed", 1)],
        ),
        # "others" before any death is told: those hit, the dead among them
        (
            "Police said four others were shot on Sunday. Two of them died at a clinic.",
            [("killed", 2), ("other", 4)],
        ),
        # found suffering from wounds, and the report counts dead: those hit
        (
            "A man was killed in a shooting on Sunday. Officers found three men suffering "
            "from gunshot wounds. One of them died at a clinic.",
            [("killed", 1), ("killed", 1), ("other", 3)],
        ),
        # found with wounds, and the report counts dead
        (
            "Officers found three people with gunshot wounds. Two of them died at the scene.",
            [("killed", 2), ("other", 3)],
        ),
    ],
)
def test_shot_in_a_report_of_dead_is_no_count_of_the_hurt(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no one dead: "shot" counts the hurt
        ("A gunman shot four people on Sunday, police said.", [("injured", 4)]),
        ("Dana Whitfield was shot in the chest on Sunday.", [("injured", 1)]),
        # the dead named, each by another name: the one "shot" is someone else, hurt
        ("Ana Ruiz died on Sunday. Dana Whitfield was shot in the chest.",
         [("injured", 1), ("killed", 1)]),
        ("Officers found three people with gunshot wounds on Sunday.", [("injured", 3)]),
        # the only dead is the shooter
        (
            "A gunman shot four people on Sunday. He then killed himself.",
            [("injured", 4), ("killed", 1)],
        ),
        # the clause says hurt
        (
            "Four people were shot and wounded on Sunday. A woman was killed nearby.",
            [("injured", 4), ("killed", 1)],
        ),
        (
            "Dana Whitfield was shot in the neck and is in critical condition. "
            "Ana Ruiz was killed.",
            [("injured", 1), ("killed", 1)],
        ),
        # "fatally", even hung on the next adverb by the parse
        ("She shot one guard fatally almost at once, police said.", [("killed", 1)]),
        ("He shot one man, not fatally, on Sunday.", [("injured", 1)]),
        # a roundup: the child who shot himself months before another child's death
        (
            "On March 3, a 9-year-old boy shot himself in the hand in Dayton. "
            "On June 4, a 3-year-old girl was shot and killed in Toledo.",
            [("injured", 1), ("killed", 1)],
        ),
        # deaths that are none of theirs: a yearly statistic, a child of another age
        (
            "Some 30 teenagers die annually in hunting mishaps in Ohio. A 5-year-old girl shot "
            "herself in the stomach on Sunday.",
            [("injured", 1), ("other", 30)]  # a yearly rate (time_rates),
        ),
        (
            "A 9-year-old boy was shot to death on Sunday. A 4-year-old boy shot himself in the "
            "stomach on Sunday.",
            [("injured", 1), ("killed", 1)],
        ),
        (
            "On Sunday, 7-year-old Owen Pike was shot to death in Akron. A 10-year-old girl was "
            "shot in the back on Sunday in Canton.",
            [("injured", 1), ("killed", 1)],
        ),
        # the same told otherwise (round 33 variants): "each year", ages in words, an age
        # after the name
        (
            "About 30 teenagers are killed each year in hunting mishaps in Ohio. A 5-year-old "
            "girl shot herself in the stomach on Sunday.",
            [("injured", 1), ("other", 30)]  # a yearly rate (time_rates),
        ),
        (
            "A nine-year-old boy was shot to death on Sunday. A four-year-old boy shot himself "
            "in the stomach on Sunday.",
            [("injured", 1), ("killed", 1)],
        ),
        (
            "On Sunday, Owen Pike, 7, was shot to death in Akron. A 10-year-old girl was shot in "
            "the back on Sunday in Canton.",
            [("injured", 1), ("killed", 1)],
        ),
        # "others" told after the dead are set apart from them: the ones who lived
        (
            "Six farmhands were gunned down near Harlow on Sunday. Four others sustained "
            "bullet wounds and were taken to a clinic.",
            [("injured", 4), ("killed", 6)],
        ),
        ("Two guards were shot dead on Sunday. Three other guards were shot at the gate.",
         [("injured", 3), ("killed", 2)]),
    ],
)
def test_shot_counts_the_hurt_otherwise(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person "shot" as a call to the police told it: the first telling, hurt
        ("One person is dead after a hunting accident on Bald Ridge on Saturday. The sheriff "
         "said deputies got a call around 7 a.m. about a hiker being shot near the trailhead.",
         [("injured", 1), ("killed", 1)]),
        ("A man was killed in Varnholt on Saturday. Troopers answered a report of a man shot "
         "at a diner on Route 9.",
         [("injured", 1), ("killed", 1)]),
        # other wordings of the call (round 33 variants): "received a call about a woman being
        # shot" (the parse hangs "shot" on "about"), "reports of a man being shot", the call
        # as the teller ("a 911 call reported that a toddler had been shot")
        ("A woman was killed in Varnholt on Saturday. Deputies received a call about a woman "
         "being shot outside a gas station.",
         [("injured", 1), ("killed", 1)]),
        ("A man died in Varnholt on Saturday. Police were called after reports of a man being "
         "shot at an apartment complex.",
         [("injured", 1), ("killed", 1)]),
        ("One person was killed in Varnholt on Saturday. A 911 call reported that a toddler "
         "had been shot inside a home.",
         [("injured", 1), ("killed", 1)]),
        ("A man died in Varnholt on Saturday. Around 2 a.m., a caller reported a woman had been "
         "shot on Elm Street.",
         [("injured", 1), ("killed", 1)]),
        ("A man died in Varnholt on Saturday. Police got a call that a woman was shot on Elm "
         "Street.",
         [("injured", 1), ("killed", 1)]),
        # told in the report's own voice: one of the dead
        ("One person is dead after a hunting accident on Bald Ridge on Saturday. The sheriff "
         "said a hiker was shot near the trailhead around 7 a.m.",
         [("killed", 1)]),
        # near misses: news reports as the teller, a call of shots with no one hit
        ("One person was killed in Varnholt on Saturday. Reports said that a man had been shot "
         "inside a home.",
         [("killed", 1)]),
        ("A man was killed in Varnholt on Saturday. Troopers answered a report of shots fired "
         "at a diner on Route 9.",
         [("killed", 1)]),
        ("A man died in Varnholt on Saturday. Police got a call that shots were fired on Elm "
         "Street.",
         [("killed", 1)]),
    ],
)
def test_shot_as_a_call_told_it(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause says the one shot lived: hurt, beside the report's dead
        ("Two boys died in accidental shootings in Ohio this fall. In Tyler, a man was charged "
         "when his son shot an uncle, not fatally, in the chest.",
         [("injured", 1.0), ("killed", 2.0)]),
        ("Two boys died in accidental shootings in Ohio this fall. In Tyler, a man was "
         "nonfatally shot on Sunday.", [("injured", 1.0), ("killed", 2.0)]),
        # a bare "shot": maybe one of the dead of that week, no one counted hurt
        ("Two boys died in accidental shootings in Ohio last week. In Tyler, a man was charged "
         "when his son shot an uncle in the chest.", [("killed", 2.0)]),
        # the dead of a season are a tally over months, none of them his: he is hurt
        ("Two boys died in accidental shootings in Ohio this fall. In Tyler, a man was charged "
         "when his son shot an uncle in the chest.", [("injured", 1.0), ("killed", 2.0)]),
    ],
)
def test_shot_not_fatally_beside_the_dead(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told hurt by its own sentence, dead in a later one: each harm state counts once
        # (the gold's convention: hurt at the wound, dead at the death)
        ("A 9-year-old girl was shot in the face on Monday night. The girl died on Thursday, "
         "police said.", [("injured", 1), ("killed", 1)]),
        ("A 5-year-old boy shot himself with his uncle's pistol on Friday. The boy died on "
         "Sunday.", [("injured", 1), ("killed", 1)]),
        # told again hurt before the death: still one hurt
        ("A 9-year-old girl was shot on Monday. The girl was shot in the face. The girl died "
         "on Thursday.", [("injured", 1), ("killed", 1)]),
        # the death in the wound's own sentence, or told before it: dead only
        ("A 9-year-old girl was shot and died on Monday.", [("killed", 1)]),
        ("A 9-year-old girl was fatally shot on Monday. The girl was shot in the face.",
         [("killed", 1)]),
        ("A 9-year-old girl died on Thursday. The girl was shot in the face on Monday.",
         [("killed", 1)]),
        ("Rosa Velden was shot and killed on Monday. Velden was shot in the chest.",
         [("killed", 1)]),
        # a noun of the killing in the wound's own sentence tells the death there
        ("Officers said a gunman shot a 9-year-old girl at her home in Tilbury on Monday, in "
         "what they called a murder-suicide. The girl died on Thursday.", [("killed", 1)]),
    ],
)
def test_shot_before_a_later_death_is_hurt(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two deputies were shot and wounded on Tuesday, and the gunman was killed when "
            "officers returned fire, the sheriff said.",
            [("injured", 2)],
        ),
        (
            "Three guards were shot and wounded on Tuesday, and a robber was killed, police said.",
            [("injured", 3), ("killed", 1)],
        ),
    ],
)
def test_a_killing_with_its_own_subject_does_not_kill_those_shot(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    # "shot and killed" kills those shot; a killing of someone else in the next clause does not
    assert figures(nlp, text) == expected


def test_shot_and_killed_still_kills(nlp: Language) -> None:
    assert figures(nlp, "Two deputies were shot and killed on Tuesday, the sheriff said.") == [
        ("killed", 2)
    ]
