"""Issue #11, counts: a headline's "<one person>, N others" names N + 1 people, as a body's
"killed the chairman and two others" does; the headline only drops the article ("Gunmen kill
DPO, two others"). Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts

BODY = "\n\nThe attack happened in Ukpo on Monday, residents said."


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Gunmen kill DPO, two others in Ebonyi", [("DPO, two others", "killed", 3.0)]),
        ("Bandits kill ward head, four others in Sokoto",
         [("ward head, four others", "killed", 5.0)]),
        ("Gunmen kill a chief, three others in Ondo", [("a chief, three others", "killed", 4.0)]),
    ],
)
def test_one_and_others_in_a_headline(
    headline: str, expected: list[tuple[str, str, float]]
) -> None:
    assert report_counts(headline + BODY) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # counted people before the others: two counts, no one added
        ("Gunmen kill two guards, three others in Ebonyi",
         [("two", "killed", 2.0), ("three", "killed", 3.0)]),
        # a group is no one person; the others of another verb are no list
        ("Bandits kill family, two others in Sokoto", []),
        ("Police kill gunman, arrest two others in Sokoto",
         [("gunman", "killed", 1.0), ("two", "arrested", 2.0)]),
    ],
)
def test_near_misses_stay(headline: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(headline + BODY) == expected


def test_a_body_list_keeps_its_article_rule() -> None:
    # only a headline drops the article: a body's bare noun is left as it was
    text = "Attack in Ebonyi\n\nGunmen killed DPO and two others in Ukpo on Monday."
    assert report_counts(text) == [("two", "killed", 2.0)]
