"""One person named by their harm and given an age by a copula ("The dead woman was 60") was
read as a part of a group of sixty dead; a death of natural causes ("A man died of natural
causes in his cell") as a victim of the news. An age is no count, and a natural death no
harm the report counts (issue #11, counts). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _killed(text: str) -> list[float]:
    return sorted(c.value for c in run_texts(text, published=DAY).claims if c.measure == "killed")


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("The dead woman was 60, police said.", 60.0),
        ("The slain officer was 34, the department said.", 34.0),
        ("Officials said the dead man was 71 and lived alone.", 71.0),
        ("The murdered teacher was 45, her brother told reporters.", 45.0),
    ],
)
def test_an_age_is_no_toll(text: str, age: float) -> None:
    assert age not in _killed(text)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the group itself, restated by a copula: a toll
        ("The dead were 60, the ministry said.", [60.0]),
        ("Those killed were 12 soldiers, the army said.", [12.0]),
        # a part of the group
        ("Nine people were killed. The dead included 4 children, police said.", [4.0, 9.0]),
        # a person with the age set off by commas is still one victim
        ("The victim, who died in hospital, was 23, police said.", [1.0]),
        # the age in the subject: one dead, no 60
        ("The 60-year-old died on the spot after the bus hit him, police said.", [1.0]),
    ],
)
def test_groups_and_victims_keep_their_reading(text: str, killed: list[float]) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize(
    "text",
    [
        "A man died of natural causes in his cell on Monday, police said.",
        "The inmate died of natural causes on Monday, prison officials said.",
        "An elderly man died of old age at the shelter, the mayor said.",
        "His grandfather died of natural causes at the age of 90, the family said.",
    ],
)
def test_a_natural_death_is_no_victim(text: str) -> None:
    assert _killed(text) == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a death of wounds or of an attack is the news's
        ("A man died of his wounds in hospital on Monday, police said.", [1.0]),
        ("A guard died of gunshot wounds after the raid, police said.", [1.0]),
        ("Three people died of burns after the bomb went off, police said.", [3.0]),
        # natural causes ruled out: a death of the news
        ("A man died in the cell on Monday, police said.", [1.0]),
        ("A man shot in the raid died on Monday, police said.", [1.0]),
    ],
)
def test_other_deaths_count(text: str, killed: list[float]) -> None:
    assert _killed(text) == killed


def test_a_count_dead_of_natural_causes_is_no_toll() -> None:
    assert _killed("Two inmates died of natural causes last year, officials said.") == []


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # a disease is an outbreak's toll
        ("Twelve people died of cholera in the camp last week, officials said.", [12.0]),
        # the natural death beside a toll of the news
        ("A man died from natural causes after the riot, police said. Two protesters were "
         "killed.", [2.0]),
    ],
)
def test_counts_beside_natural_deaths(text: str, killed: list[float]) -> None:
    assert _killed(text) == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # the natural cause one side's word the sentence disputes: the deaths stay the news's
        ("Lawyers disputed the police account that 4 prisoners died of natural causes.", [4.0]),
        ("The jail said 7 inmates died of old age, but lawyers said they were beaten.", [7.0]),
        # a "but" without a harm against it: still a natural death
        ("Guards said a woman died of natural causes, but gave no further details.", []),
    ],
)
def test_a_contested_natural_cause(text: str, killed: list[float]) -> None:
    assert _killed(text) == killed
