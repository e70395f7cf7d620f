"""One victim named without a numeral and mentioned again further down is one claim (issue
#11); two victims stay two. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

WED = dt.date.fromisoformat("2025-06-11")


def casualties(nlp: Language, text: str) -> list[tuple[str, float]]:
    return [
        (c.measure, c.value)
        for c in read_claims(nlp, text, WED)
        if c.measure in ("killed", "injured")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the same age, the noun again or one that fits anyone
        "A 15-year-old boy was killed on Sunday. The 15-year-old was killed as he walked home.",
        "A 15-year-old boy was killed on Sunday. The 15-year-old victim died at the scene.",
        "A 9-year-old girl died on Monday. Neighbours said a 9-year-old girl died in the yard.",
        # a definite noun alone refers back and was never counted
        "A 15-year-old boy was killed on Sunday. The teen was killed as he walked home.",
        # the same name, in full or by the surname
        "Dana Whitfield, 15, was killed on Sunday. Whitfield was killed as she walked home.",
        "Marco Velloso died on Friday. Later, Marco Velloso was pronounced dead in hospital.",
        # a name with an age, then the age with a noun
        "Dana Whitfield, 15, was killed on Sunday. A 15-year-old girl was killed, police said.",
    ],
)
def test_a_victim_mentioned_again_is_one_claim(nlp: Language, text: str) -> None:
    found = casualties(nlp, text)
    assert len(found) == 1
    assert found[0][1] == 1


@pytest.mark.parametrize(
    "text",
    [
        # nothing tells them apart as one person: two victims
        "A man was killed in the first shooting. A woman was also killed near the river.",
        "A man was killed on Sunday. A man was also killed on Monday.",
        # different ages, names or nouns
        "A 15-year-old boy was killed on Sunday. A 12-year-old boy was killed on Monday.",
        "A 15-year-old boy was killed on Sunday. A 15-year-old girl was killed in the car.",
        "Dana Whitfield was killed on Sunday. Rosa Whitlock was killed on Monday.",
        # the same victim with another measure: wounded, then dead
        "A 15-year-old boy was wounded on Sunday. The 15-year-old boy died on Tuesday.",
    ],
)
def test_different_victims_stay_apart(nlp: Language, text: str) -> None:
    assert len(casualties(nlp, text)) == 2


def test_a_numeral_figure_is_not_merged(nlp: Language) -> None:
    text = "One man was killed on Sunday. One man was killed on Monday in another town."
    assert len(casualties(nlp, text)) == 2


def test_the_index_of_victims_answers_as_comparing_with_each() -> None:
    """``Victims`` (look-ups, for long lists of victims) says a mention is an earlier victim
    exactly when ``same_victim`` holds for one of them: names sharing words in every order,
    one-word names, ages with nouns that fit or not, two measures."""
    import random

    from core.extract.victim_mentions import Victim, Victims, same_victim

    rng = random.Random(3)
    words = ("jane", "roe", "ana", "ruiz", "lee")
    nouns = (None, "boy", "girl", "victim", "man")
    seen: list[Victim] = []
    index = Victims()
    answers = []
    for _ in range(600):
        size = rng.choice((0, 0, 1, 2, 3))
        victim = Victim(
            measure=rng.choice(("killed", "injured")),
            name=tuple(rng.choice(words) for _ in range(size)),
            age=rng.choice((None, "15 years", "7 years", "6 months")),
            noun=None if size else rng.choice(nouns),
        )
        expected = any(same_victim(v, victim) for v in seen)
        assert index.named(victim) == expected, (victim, seen)
        answers.append(expected)
        if rng.random() < 0.3:  # the reader adds only the victims it keeps
            seen.append(victim)
            index.add(victim)
    assert any(answers)
    assert not all(answers)
    assert any(not v.name and v.age for v in seen)
