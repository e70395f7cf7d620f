"""A bare title-case colon dateline, "Quetta:" or "Sukkur:", is no part of its story's first
sentence (issue #11, statements and dates): parsed whole, the parser may take the town for a
clause of the report ("Quetta: Gunmen on Sunday killed six miners, officials said" made the
town the reported clause, and the statement was lost) or for the sentence's head with the story
a clause on it ("Sukkur: As many as seven persons ... were injured ... on Sunday" lost its
day). The story after such a dateline starts its own sentence now, as after a dated one or a
dash. One in capitals ("QUETTA:") stays in its sentence: the readers after the parser (row
labels, sources, places) read it there as a dateline. Towns are real; the sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PAPER = dt.date(2031, 3, 4)
SUNDAY = dt.date(2031, 3, 2)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Quetta: Gunmen on Sunday killed six coal miners, officials said.",
         "Gunmen on Sunday killed six coal miners"),
        ("PESHAWAR: Militants on Monday killed two policemen at a check post, police said.",
         "Militants on Monday killed two policemen at a check post"),
        # as before
        ("LAHORE: Militants killed four policemen in an attack on Monday, police said.",
         "Militants killed four policemen in an attack on Monday"),
        ("ISLAMABAD: Three soldiers were martyred, the military said on Monday.",
         "Three soldiers were martyred"),
    ],
)
def test_the_story_after_a_bare_colon_dateline_is_the_statement(text: str, content: str) -> None:
    result = run_texts(text, published=PAPER)
    assert [s.content for s in result.statements] == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Sukkur: As many as seven persons including three children were injured when a "
        "passenger coach overturned near Rohri on Sunday.",
        "QUETTA: As many as nine miners were killed when a mine caved in near Harnai on Sunday.",
        # as before
        "SUKKUR: Seven persons were injured when a coach overturned near Rohri on Sunday.",
    ],
)
def test_the_story_after_a_bare_colon_dateline_keeps_its_day(text: str) -> None:
    result = run_texts(text, published=PAPER)
    assert {c.date_start for c in result.claims} == {SUNDAY}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no dateline: a label before the colon, as before
        ("Breaking: Gunmen killed six miners on Sunday, officials said.", "officials"),
    ],
)
def test_a_colon_after_no_town_is_no_dateline(text: str, speaker: str) -> None:
    result = run_texts(text, published=PAPER)
    assert [s.speaker for s in result.statements] == [speaker]
