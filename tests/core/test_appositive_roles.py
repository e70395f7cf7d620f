"""A person's post with their name set after it between commas: "The ministry's spokesman,
Tamsin Roye, told reporters that 4 soldiers died" gave "Tamsin Roye", while the same post
written without commas ("police spokesman Ali Khan said") keeps the role beside the name.
Both now read as the post and the name, in reports, in closing reports and in "according to"
frames; a body's name beside its description, and a name before its post, read as before
(issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _source(text: str, value: float) -> str | None:
    return next(c.attribution for c in run_texts(text, published=DAY).claims if c.value == value)


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        ("The ministry's spokesman, Tamsin Roye, told reporters that 4 soldiers died.",
         4, "ministry's spokesman Tamsin Roye"),
        ("A police spokesman, Ali Khan, said four suspects were arrested.",
         4, "police spokesman Ali Khan"),
        ("The governor of Kessa, Amir Nadi, said 6 soldiers died.",
         6, "governor of Kessa Amir Nadi"),
        ("The army's spokesman, Brig. Tamsin Roye, said 7 soldiers died.",
         7, "army's spokesman Brig. Tamsin Roye"),
        # the post's pronoun owner names no one: the post and the name
        ("Its director, Moussa Issa, said 2,000 civilians had died.", 2000, "director Moussa Issa"),
        # a closing report
        ("Five suspects were arrested, the ministry's spokesman, Tamsin Roye, told reporters.",
         5, "ministry's spokesman Tamsin Roye"),
        # an "according to" frame
        ("According to the police spokesman, Ali Khan, nine men were arrested.",
         9, "police spokesman Ali Khan"),
        ("Eight men were arrested, according to the district commissioner, Ali Khan.",
         8, "district commissioner Ali Khan"),
    ],
)
def test_the_post_stays_beside_the_name(text: str, value: float, source: str) -> None:
    assert _source(text, value) == source


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # the post written without commas, as before
        ("Police spokesman Ali Khan said 4 soldiers died.", 4, "Police spokesman Ali Khan"),
        ("Police spokesman Ali Khan, who joined last year, said 4 men were arrested.",
         4, "Police spokesman Ali Khan"),
        # a name before its post: the name
        ("Ali Khan, a police spokesman, said 4 soldiers died.", 4, "Ali Khan"),
        # a body's name beside its description: the name a checker searches for
        ("The military's media wing, ISPR, said 14 soldiers died.", 14, "ISPR"),
        ("A Tarnbury-based think tank, KPW, said 40 civilians died last year.", 40, "KPW"),
        # a post written as a name: the name with its own title
        ("The PPRO, SP Ann Roe, said 4 men were held.", 4, "SP Ann Roe"),
        # a post with no name
        ("The police spokesman said 4 men were arrested.", 4, "The police spokesman"),
        # the named post says nothing
        ("The police spokesman, Ali Khan, was away when 4 men were arrested.", 4, None),
    ],
)
def test_other_sources_keep_their_reading(text: str, value: float, source: str | None) -> None:
    assert _source(text, value) == source
