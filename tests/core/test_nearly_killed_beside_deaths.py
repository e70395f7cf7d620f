"""A death that did not happen beside one that did: "Three people were killed and a boy was
nearly killed" counted the boy dead (killed 3 and killed 1), as the gapped clause after "and"
was read past its adverb (issue #11, counts). The boy was not killed: the toll is three. A
near death alone, a harm that did happen in the gapped clause, and a death not told as near
keep today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

DAY = dt.date(2031, 10, 7)


def _counts(text: str) -> list[object]:
    return report_fields(text, "measure", "value", published=DAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three people were killed and a boy was nearly killed in the crash on Sunday.",
         [("killed", 3.0)]),
        ("Two men were shot dead and a woman was almost killed in the attack on Friday.",
         [("killed", 2.0)]),
        ("One soldier was killed and another was nearly killed when the bomb went off.",
         [("killed", 1.0)]),
        ("Two guards were killed and a third was almost killed in the raid.",
         [("killed", 2.0)]),
        ("One miner was killed and another nearly killed in the collapse.", [("killed", 1.0)]),
    ],
)
def test_a_near_death_is_no_death(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were nearly killed by a roadside bomb on Monday.", []),
        ("Four people died in the fire and a girl narrowly escaped death, officials said.",
         [("killed", 4.0)]),
        ("Two people died and a man was nearly beaten to death by the mob.",
         [("killed", 2.0)]),
        # a harm that did happen, in the gapped clause
        ("Three people were killed and a boy was badly injured in the crash on Sunday.",
         [("killed", 3.0), ("injured", 1.0)]),
        ("One miner was killed and another badly hurt in the collapse.",
         [("killed", 1.0), ("injured", 1.0)]),
        ("The blast left a guard dead and a customer seriously injured.",
         [("killed", 1.0), ("injured", 1.0)]),
        # a death not told as near
        ("Three people were killed and a boy was killed in the crash on Sunday.",
         [("killed", 3.0), ("killed", 1.0)]),
    ],
)
def test_the_harm_that_happened_is_kept(text: str, expected: list[tuple[str, float]]) -> None:
    assert _counts(text) == expected
