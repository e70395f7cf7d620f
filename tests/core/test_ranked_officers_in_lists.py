"""A rank's abbreviation with "the" listed with others ("The SHO and his guard were
martyred", "the DSP and two constables were injured") names the one officer who holds the
rank where the news happened, as "the chairman" beside "two others" does: one more in the
list (issue #11, counts; SHO: station house officer, South Asian police). The officer alone,
as a speaker or a doer, a list with a group, and a plain definite noun stay as they were.
Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The SHO and his guard were martyred in an attack in Lakki Marwat on Sunday.",
         [("The SHO and his guard", "killed", 2.0)]),
        ("The DSP and two constables were injured in the blast in Turbat on Monday.",
         [("The DSP and two constables", "injured", 3.0)]),
        ("The ASI and three policemen were killed when militants attacked the post on Friday.",
         [("The ASI and three policemen", "killed", 4.0)]),
    ],
)
def test_a_ranked_officer_in_a_list_is_one(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert report_counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # alone he may be one a count before gave
        ("The SHO was martyred in an attack in Lakki Marwat on Sunday.", []),
        # a speaker or a doer
        ("The SHO said his guard was martyred in the attack on Monday.", []),
        ("The SHO and his team arrested two suspects in Mardan on Monday.",
         [("two", "arrested", 2.0)]),
        # a group no one can count
        ("The SHO and his family were injured in the blast in Bannu on Monday.", []),
        # a plain definite noun: as before
        ("The man and his son were killed in an attack in Kohat on Sunday.", []),
        # no harm told
        ("The DSP and the SHO visited the injured in hospital on Monday.", []),
    ],
)
def test_near_misses_stay(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected
