"""Issue #11, counts: a family named as a list of victims counts everyone in it: "killing a
couple and their three children" (a couple is two: 5), "killing a man, his wife and their
three children" (5). The parser hangs the children on the verb, or the wife as an apposition of
the man; the list is read whole. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts

HEAD = "Attack in Kaduna\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stormed the hamlet on Monday, killing a couple and their three children.", 5.0),
        ("Gunmen killed a couple and their four children in the hamlet on Monday.", 6.0),
        ("A strike hit a tent in Dunmore, killing a man, his wife and their three children, "
         "according to the hospital.", 5.0),
        ("An airstrike hit a house in Dunmore, killing a woman, her husband and their four "
         "children, according to the clinic.", 6.0),
        ("Gunmen killed a farmer, his wife and their two daughters in Kauru on Monday.", 4.0),
    ],
)
def test_a_family_is_counted_whole(text: str, expected: float) -> None:
    assert [v for _, m, v in report_counts(HEAD + text) if m == "killed"] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the children under another verb: two deeds, two counts
        ("Gunmen killed a man and abducted their three children in Kauru on Monday.",
         [("a man", "killed", 1.0), ("three", "kidnapped", 3.0)]),
        ("Gunmen killed a farmer and wounded his two sons in Kauru on Monday.",
         [("a farmer", "killed", 1.0), ("two", "injured", 2.0)]),
        ("A father and his three children were killed in Kauru on Monday.",
         [("A father and his three children", "killed", 4.0)]),
    ],
)
def test_near_misses_stay(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(HEAD + text) == expected
