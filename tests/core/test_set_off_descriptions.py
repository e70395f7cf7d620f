"""A subject described by a belief verb's participle set off by commas, "Two men, believed to
be traders, were shot dead", "The two, said to be brothers, died on the spot" (issue #11,
counts and attribution): the parser hangs the description on the predicate as an aside that
carries the subject, so the dead were read as "other" or not at all, and "Police, said to be
outnumbered, retreated" made the police a source. The subject is the predicate's again and
the participle describes it, as "two men believed to be traders were shot dead" parses.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PAPER = dt.date(2031, 11, 21)


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        ("Two men, said to be traders, were shot dead in Eldmere on Monday, police said.",
         [("killed", 2.0, "police")]),
        ("Two men, believed to be traders, were shot dead in Eldmere on Monday, police said.",
         [("killed", 2.0, "police")]),
        ("The two, said to be brothers, died on the spot, police said.",
         [("killed", 2.0, "police")]),
        ("Police, said to be outnumbered, retreated after gunmen killed 4 guards in Eldmere.",
         [("killed", 4.0, None)]),
        # as before
        ("Two men believed to be traders were shot dead in Eldmere on Monday, police said.",
         [("killed", 2.0, "police")]),
        ("Five militants, thought to be foreigners, were arrested in Eldmere on Monday.",
         [("arrested", 5.0, None)]),
        ("Officials, who declined to be named, said 6 people were killed in Eldmere.",
         [("killed", 6.0, "Officials")]),
    ],
)
def test_a_set_off_description_leaves_the_subject_its_predicate(
    text: str, claims: list[tuple[str, float, str | None]]
) -> None:
    result = run_texts(text, published=PAPER)
    assert [(c.measure, c.value, c.attribution) for c in result.claims] == claims
