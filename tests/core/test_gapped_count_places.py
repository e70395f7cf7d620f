"""Counts the verb is gapped before, each with its own place ("Six people were killed in
Bannu, Khyber Pakhtunkhwa, and 2 in Lakki Marwat"): a later count's place is that count's,
never the first figure's, though the parser may hang it nearer the first figure than the
first figure's own place (issue #11, place). The six were filed in Lakki Marwat; they are in
Bannu now. A report opening so has its scene in the first place, not the gapped count's.
Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts, report_places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Six people were killed in a clash in Bannu, Khyber Pakhtunkhwa, and 2 in Lakki "
            "Marwat, police said.",
            ["Bannu, Khyber Pakhtunkhwa", "Lakki Marwat"],
        ),
        (
            "Three people were killed in Kaduna, Kaduna State, and 4 in Zaria on Sunday.",
            ["Kaduna, Kaduna State", "Zaria"],
        ),
        ("Six people were killed, 2 in Lakki Marwat, police said.", [None, "Lakki Marwat"]),
        ("Floods killed 20 people in Assam, 5 in Guwahati alone.", ["Assam", "Guwahati"]),
    ],
)
def test_a_gapped_counts_place_is_its_own(text: str, places: list[str | None]) -> None:
    assert report_places(text) == places


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Six people were killed in Bannu and 2 in Lakki Marwat.", ["Bannu", "Lakki Marwat"]),
        ("Police arrested 12 suspects in Lagos and 7 in Abuja.", ["Lagos", "Abuja"]),
        ("Three people died in Dallas, Texas, and 2 in Houston.", ["Dallas, Texas", "Houston"]),
        (
            "Twelve people were killed in Kano State, 8 in Kano city and 4 in Wudil.",
            ["Kano State", "Kano city", "Wudil"],
        ),
        (
            "Heavy rains killed 14 people across Punjab, 6 in Lahore and 8 in Kasur.",
            ["Punjab", "Lahore", "Kasur"],
        ),
        ("Gunmen killed 6 people, including 2 in Lakki Marwat.", [None, "Lakki Marwat"]),
        ("The blast killed 6 people, 2 of them children, in Quetta.", ["Quetta", "Quetta"]),
        ("A man killed his wife and two daughters in Okara on Monday.", ["Okara"]),
        (
            "Police arrested 40 people in Lahore, 12 in Kasur and 9 in Okara.",
            ["Lahore", "Kasur", "Okara"],
        ),
        (
            "Four people were killed in a blast in Peshawar and 11 others injured.",
            ["Peshawar", "Peshawar"],
        ),
    ],
)
def test_other_lists_keep_their_places(text: str, places: list[str | None]) -> None:
    assert report_places(text) == places


def test_the_counts_are_unchanged() -> None:
    text = "Six people were killed in Bannu, Khyber Pakhtunkhwa, and 2 in Lakki Marwat."
    assert report_counts(text) == [("Six", "killed", 6.0), ("2", "killed", 2.0)]
