"""A dated dateline closed by a colon, as South Asian desks write it in title case
("Quetta, Nov 20: Gunmen killed three labourers ..."), is no part of its story's first
sentence (issue #11, actor and statements): parsed whole, the town became the clause's
subject, so it was read as the doer ("Quetta") and the statement quoted the dateline. The
story now starts a sentence of its own after a dated colon dateline as after a dash; a bare
"LAHORE:" the parser already reads stays as it was. Towns are real; the sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PAPER = dt.date(2031, 11, 21)


@pytest.mark.parametrize(
    ("text", "actor", "said"),
    [
        (
            "Quetta, Nov 20: Gunmen killed three labourers at a brick kiln in Mastung, "
            "police said.",
            "Gunmen",
            "Gunmen killed three labourers at a brick kiln in Mastung",
        ),
        (
            "Kathmandu, Nov 20: At least 12 people died when a bus skidded off the highway, "
            "police said.",
            None,
            "At least 12 people died when a bus skidded off the highway",
        ),
        # kept: capitals, a bare colon, a dash
        (
            "QUETTA, Nov 20: Gunmen killed three labourers at a brick kiln in Mastung, "
            "police said.",
            "Gunmen",
            "Gunmen killed three labourers at a brick kiln in Mastung",
        ),
        (
            "LAHORE: Militants killed four soldiers in an ambush, the military said.",
            "Militants",
            "Militants killed four soldiers in an ambush",
        ),
        (
            "Srinagar, Nov 20: Security forces killed two militants in an encounter in "
            "Shopian, police said.",
            "Security forces",
            "Security forces killed two militants in an encounter in Shopian",
        ),
    ],
)
def test_the_story_after_a_dated_colon_dateline(
    text: str, actor: str | None, said: str
) -> None:
    result = run_texts(text, published=PAPER)
    assert [c.actor for c in result.claims] == [actor]
    assert [s.content for s in result.statements] == [said]
