"""A witness's own family killed or hurt, told in the witness's quoted words ("'My husband
was killed in front of me,' she said") was no one: only "his", "her" and "their" named a
victim by relation. In a quotation "my" and "our" name the speaker's kin, one person each,
counted as "her husband was killed" is (issue #11, counts). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _counts(text: str) -> list[tuple[str, float]]:
    claims = run_texts(text, published=DAY).claims
    return sorted((c.measure, c.value) for c in claims if c.measure in ("killed", "injured"))


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ('"My husband was killed in front of me," she said.', [("killed", 1.0)]),
        ('"Our son died in the blast," his mother said.', [("killed", 1.0)]),
        ('"My daughter was wounded by the shrapnel," the shopkeeper told reporters.',
         [("injured", 1.0)]),
        # a year later in the report, no toll: the kin still counted
        ('"My husband was killed," she said. The attack began at 9 a.m., police said.',
         [("killed", 1.0)]),
        # a toll after it set in the past: another attack's
        ('"My cousin was killed," he said. In 2019, 6 people were killed in a similar attack.',
         [("killed", 1.0), ("killed", 6.0)]),
    ],
)
def test_the_speakers_kin(text: str, counts: list[tuple[str, float]]) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # no quotation: a writer's own life, or a paraphrase
        ("My husband was killed in 2019, she said.", []),
        ("My father died last year after the war.", []),
        # a death long ago or of natural causes, quoted
        ('"My husband was killed in 2019," she said.', []),
        ('"My father died of a heart attack last year," he said.', []),
        # counted before: one of those
        ('Four villagers were killed on Monday. "My son was killed," the farmer said.',
         [("killed", 4.0)]),
        # a numeral of its own: today's reading
        ('"They killed my two sons," the farmer said.', [("killed", 2.0)]),
        # a kin dead of a disease: the kin's life, quoted or not
        ('"My niece died of dengue on Sunday," the vendor said.', []),
        ("Her grandson died of measles last month, she said.", []),
        # a near death, quoted or not: no one dead
        ('"My nephew was almost killed by the falling wall," the tailor said.', []),
        ("Her son was nearly killed by a stray bullet, the woman said.", []),
        # the speaker's kin hurt long ago: the speaker's past
        ('"My wife was injured in the 2014 floods and still limps," he said.', []),
        ('"My brother was wounded in the fighting two decades ago," she said.', []),
        # a toll told after the quotation: the kin among it
        ('"My uncle was killed in front of me," said Bello, 40. Bandits killed 15 '
         "villagers in the raid, police said.", [("killed", 15.0)]),
        ('"My sister was hurt in the stampede," he said. Officials said 23 people were '
         "injured.", [("injured", 23.0)]),
    ],
)
def test_no_new_victim(text: str, counts: list[tuple[str, float]]) -> None:
    assert _counts(text) == counts
