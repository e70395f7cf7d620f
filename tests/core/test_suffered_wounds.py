"""Casualties told by what the people suffered, tolls a tagger took for a date, breakdowns of
a plural whose numeral hangs on a modifier, and a headline's stabbed person (issue #11,
recall on reports we have not seen). Sentences we wrote; one case per line."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text, read_claims

Row = tuple[float, str, str]


def casualties(nlp, text: str) -> list[Row]:  # type: ignore[no-untyped-def]
    return [
        (c.value, c.measure, c.number_text)
        for c in read_claims(nlp, text, None)
        if c.measure in ("killed", "injured")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A constable suffered a deep gash to the head in the clash.",
         [(1, "injured", "A constable")]),
        ("A woman suffered a broken arm when the wall fell.", [(1, "injured", "A woman")]),
        ("A boy sustained a concussion and bruises in the blast.", [(1, "injured", "A boy")]),
        ("A clerk received cuts to her hands from the shattered glass.",
         [(1, "injured", "A clerk")]),
        ("Three passengers received cuts from flying glass.", [(3, "injured", "Three")]),
        ("Two guards suffered fractured ribs during the riot.", [(2, "injured", "Two")]),
        ("Four firefighters sustained lacerations on Sunday.", [(4, "injured", "Four")]),
    ],
)
def test_a_wound_suffered_is_hurt(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The warehouse suffered damage in the blast.",
        "The bank suffered heavy losses after the raid.",
        "Staff at the plant received pay cuts last year.",
        "Three teachers received cuts in their pay.",
        "Two councils suffered cuts to their budgets.",
        "A singer suffered a broken heart after the trial.",
        "The team suffered a broken record on Sunday.",
        "No one suffered a gash in the crash.",
        "The driver did not sustain any fractures.",
        "A nurse treated the gash on his arm.",
    ],
)
def test_no_wound_no_casualty(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert casualties(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The death toll was 31, officials said.", [(31, "killed", "31")]),
        ("The death toll is 40.", [(40, "killed", "40")]),
        ("The number of injured is 40.", [(40, "injured", "40")]),
        ("The number of dead is 40.", [(40, "killed", "40")]),
    ],
)
def test_what_a_toll_is_counts(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    """The tagger may take a bare two-digit figure after "is" for a date or an age."""
    assert casualties(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    ["The man is 40.", "The victim was 31.", "His age was 31.", "The toll road is 40 years old."],
)
def test_an_age_after_a_copula_stays_no_count(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert casualties(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The three shop clerks-two men and a woman-were killed in the fire.",
        "The three shop clerks - two men and a woman - were killed in the fire.",
        "The three shop clerks, two men and a woman, were killed in the fire.",
    ],
)
def test_a_breakdown_of_a_modified_plural_is_a_part(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "three shop clerks": the parser may hang "three" on "shop"; the breakdown set off
    after it names the same people, a part of the toll (or nothing), not a second toll."""
    claims = [c for c in read_claims(nlp, text, None) if c.measure == "killed"]
    assert [c.value for c in claims if c.rule != "subset"] == [3]


def test_a_list_after_a_modified_plural_adds_up(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: no set-off breakdown, a list of its own after the count."""
    text = "Three shop clerks and two guards were killed in the fire."
    claims = [c for c in read_claims(nlp, text, None) if c.measure == "killed"]
    assert all(c.rule != "subset" for c in claims)


PUBLISHED = dt.date(2031, 5, 10)
HEADLINES = {
    "Woman stabbed in Eastfield\n\nThe attack happened on Sunday.": [(1, "injured")],
    "Teen Stabbed To Death Near School\n\nThe attack happened on Sunday.": [(1, "killed")],
    "Father stabbed, son arrested\n\nThe attack happened on Sunday.": [(1, "injured")],
    "Man arrested after stabbing\n\nThe attack happened on Sunday.": [],
    "Man charged in stabbing\n\nThe attack happened on Sunday.": [],
    "Woman says she was not stabbed\n\nShe spoke on Sunday.": [],
}


def test_a_headline_stabbed_person_is_one_hurt() -> None:
    found = core_claims_by_text(list(HEADLINES), PUBLISHED)
    got = {
        text: [(c.value, c.measure) for c in claims if c.measure in ("killed", "injured")]
        for text, claims in found.items()
    }
    assert got == HEADLINES
