"""A plural noun after "that" the tagger read as a verb, "The rebels said Saturday that
airstrikes on the port killed 16 people" (issue #11, statements): the parser took
"airstrikes" for the reported clause's verb with "that" (or the "U.S." of "U.S. airstrikes")
its subject, and "killed" for a second clause, so the statement quoted "airstrikes on the
port" alone. The plural is the next verb's subject now. Our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PAPER = dt.date(2031, 3, 4)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The rebels said Saturday that airstrikes on the port city of Salif killed 16 people.",
         "airstrikes on the port city of Salif killed 16 people"),
        ("The rebels said Saturday that U.S. airstrikes on the port city of Salif killed 16 "
         "people and wounded 40 others.",
         "U.S. airstrikes on the port city of Salif killed 16 people and wounded 40 others"),
        # as before: the parser reads these right
        ("Officials said that strikes on the town killed 12 people.",
         "strikes on the town killed 12 people"),
        ("The ministry said on Monday that clashes in the north left 9 people dead.",
         "clashes in the north left 9 people dead"),
        ("The army said Monday that Israeli strikes on the camp killed 11 people.",
         "Israeli strikes on the camp killed 11 people"),
    ],
)
def test_the_plural_is_the_reported_clauses_subject(text: str, content: str) -> None:
    result = run_texts(text, published=PAPER)
    assert [s.content for s in result.statements] == [content]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a pronoun subject: the verb is a verb
        ("The army said that it kills 4 militants a week.", "it kills 4 militants a week"),
        ("Police said that he attacks 3 houses a night.", "he attacks 3 houses a night"),
    ],
)
def test_a_verb_with_its_own_subject_stays_a_verb(text: str, content: str) -> None:
    result = run_texts(text, published=PAPER)
    assert [s.content for s in result.statements] == [content]
