"""A report verb's participle that describes its noun, "nine suspects, men believed to be
members of a gang", "two men, said to be traders,": no one reports there (issue #11,
attribution and statements). The parser may make "believed" the sentence's root and the
arrest its clause, so "men" became the arrest's source, and "said to be traders" made "Two
men" the speaker of "were shot dead". A report verb with no auxiliary and its infinitive
right after it is no report now; "claimed to have killed" (a claim), a passive "are
believed to have" and a report to someone stay as they were. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PAPER = dt.date(2031, 11, 21)


@pytest.mark.parametrize(
    ("text", "sources", "speakers"),
    [
        ("Police arrested 9 suspects, men believed to be members of a gang, in Eldmere on "
         "Monday.", [None], []),
        ("Two men, said to be traders, were shot dead in Eldmere on Monday, police said.",
         ["police"], ["police"]),
        # reports as before
        ("The Taliban claimed to have killed 20 soldiers in Eldmere on Monday.",
         ["The Taliban"], []),
        ("Militants said to be from a banned group abducted 6 workers in Eldmere, police "
         "said.", ["police"], ["police"]),
        ("Officials said to reporters that 5 people were killed in Eldmere on Monday.",
         ["Officials"], ["Officials"]),
        ("The militants, thought to number about 30, killed 6 soldiers in Eldmere, officials "
         "said.", ["officials"], ["officials"]),
    ],
)
def test_a_describing_participle_reports_nothing(
    text: str, sources: list[str | None], speakers: list[str]
) -> None:
    result = run_texts(text, published=PAPER)
    assert [c.attribution for c in result.claims] == sources
    assert [s.speaker for s in result.statements] == speakers
