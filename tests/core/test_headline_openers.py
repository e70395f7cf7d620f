"""A headline's first word, capitalised as every first word is, that the tagger took for a
name while the body writes it in lower case ("Clash in Manipur" over "killed in a clash") is
the common noun (issue #11, place): it was read as a village the place after it holds, and the
figures were filed under "Clash, Manipur". A town, or a word the body writes capitalised, keeps
its reading ("Maiduguri in Mourning"). Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_places


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Clash in Manipur\n\nFour people were killed in a clash between two groups on "
            "Tuesday, police said.",
            "Manipur",
        ),
        (
            "Clash in Kaduna\n\nSix herders died in a clash with farmers on Monday, police said.",
            "Kaduna",
        ),
    ],
)
def test_a_headlines_common_opener_is_no_village(text: str, place: str) -> None:
    assert set(report_places(text)) == {place}


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Maiduguri in Mourning\n\nNine people were killed in a bombing at a market on "
            "Friday, police said.",
            "Maiduguri",
        ),
        (
            "Violence in Manipur\n\nFour people were killed in fighting between two groups on "
            "Tuesday, police said.",
            "Manipur",
        ),
        (
            "Clash in Manipur\n\nFour people were killed in fighting in Clash, a hamlet in "
            "Manipur, on Tuesday.",
            "Clash, Manipur",
        ),
    ],
)
def test_other_openers_keep_their_reading(text: str, place: str) -> None:
    assert set(report_places(text)) == {place}
