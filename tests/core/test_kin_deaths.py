"""A relative named dead by a possessive ("His son was shot dead on Monday, the farmer said",
"Her husband was killed in the blast") counted nobody: only the hurt so named counted. A kin
noun (``kin_victims``) with a possessive is one victim when the report counted no one dead
before it; after a toll ("Four were killed ... his son was killed") it is one of those
counted, unless the clause tells one more ("was also killed", "in the same attack"); a friend
or a boss dead stays uncounted unless so tied (issue #11, counts). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 4)


def _dead(nlp: Language, text: str) -> list[tuple[str, float]]:
    return [(w, v) for w, m, v in written_counts(nlp, text, PUBLISHED) if m == "killed"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("His son was shot dead on Monday, the farmer said.", [("His son", 1.0)]),
        ("A bomb went off in the bazaar on Monday. Her husband was killed in the blast.",
         [("Her husband", 1.0)]),
        ("Their father was hacked to death by the gang, relatives said.",
         [("Their father", 1.0)]),
        # one claim a person, as for the hurt
        ("Her brother and uncle were killed when the bus was fired on.",
         [("Her brother", 1.0), ("uncle", 1.0)]),
        # an age of the kin's, no time of the death
        ("A man was charged after his 3-year-old stepson died from a gunshot wound.",
         [("his 3-year-old stepson", 1.0)]),
        ("Her son died after the 10-year-old was hit by a stray bullet on Sunday.",
         [("Her son", 1.0)]),
        # a day of the story's week, a wound to the body: the story's death
        ("Her son died after he was shot in the heart on Sunday, police said.",
         [("Her son", 1.0)]),
        # tied to the story's deed: one more after the toll, as before
        ("Two guards were killed in the raid. His brother was also killed.",
         [("Two", 2.0), ("His brother", 1.0)]),
    ],
)
def test_a_relative_dead_counts(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert _dead(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll before: the relative is one of those it counted
        ("Three villagers were killed in the raid. His son was shot dead, the farmer said.",
         [("Three", 3.0)]),
        ("A gunman killed two men on Monday. Her husband was killed at the gate, she said.",
         [("two", 2.0)]),
        # no possessive pronoun: a noun's kin, a family, a count of kin
        ("The farmer's son was killed on Monday.", []),
        ("His family was killed in the fire, a neighbour said.", []),
        ("His two sons were killed in the raid.", [("two", 2.0)]),
        # no kin: a friend or a boss dead is the story's only when tied to it
        ("His friend died in the crash, the farmer said.", []),
        ("Their boss was shot dead at the party, staff said.", []),
        # no harm: the relative speaks, or is named otherwise
        ("His son said the farmer was never found.", []),
        ("Her husband was questioned by police on Monday.", []),
        # the hurt named so count as before
        ("Her husband was wounded in the blast on Monday.", []),
        # the kin's life told, no victim of the story: a death long ago, or of illness
        ("His grandfather was killed in the riots of 1947, the poet said.", []),
        ("Her brother was shot dead by rebels a decade ago, she told the court.", []),
        ("His mother was murdered when he was a boy, the singer told the magazine.", []),
        ("Her husband died of a heart attack on Monday, the family said.", []),
        ("His aunt passed away after a long illness on Sunday, relatives said.", []),
    ],
)
def test_no_relative_dead_of_its_own(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert _dead(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a loss of long ago, a person's past: years, or the speaker's youth
        ("Police held two men over the theft. One said his cousin was shot dead by a gang in "
         "2027.", []),
        ("Their grandfather was killed in the 1998 cyclone, the sisters told reporters.", []),
        ("Her uncle died decades ago, and she has run the bakery alone since.", []),
        ("His mother was killed in a raid on the village three years back, the trader said.",
         []),
        ("Rahim said his sister died when he was seven.", []),
        # the story's own day, with its year, this year, a month back: still counted
        ("Her husband was killed in a blast on June 1, 2031 in Mardan, the widow said.",
         [("Her husband", 1.0)]),
        ("Her brother was killed earlier this year in a shooting in Kano, she said.",
         [("Her brother", 1.0)]),
        ("His nephew was shot dead last month in Lyari, the family said.",
         [("His nephew", 1.0)]),
    ],
)
def test_a_relative_dead_long_ago_is_no_victim(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert _dead(nlp, text) == expected
