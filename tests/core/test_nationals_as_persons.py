"""A person named by the country they belong to ("a Chinese national", "a foreign national",
"a foreigner", "an expatriate") is one person, as "a Briton" is: "A Chinese national was
killed" reads killed 1, "A Chinese national and his Pakistani driver were kidnapped"
kidnapped 2 (issue #11, counts; wire copy from South Asia, Africa and the Gulf names foreign
victims so). A newspaper called The National, "national" as an adjective and a definite
"the national" alone stay as they were. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Chinese national was killed in the attack in Hub on Monday, police said.",
         [("A Chinese national", "killed", 1.0)]),
        ("A foreign national was shot dead in Herat on Monday.",
         [("A foreign national", "killed", 1.0)]),
        ("A Chinese national and his Pakistani driver were kidnapped near Hub on Monday.",
         [("A Chinese national and his Pakistani driver", "kidnapped", 2.0)]),
        ("Police arrested a foreigner and two locals in Panaji on Monday.",
         [("a foreigner and two locals", "arrested", 3.0)]),
        ("An expatriate was injured in the blast in Aden on Monday.",
         [("An expatriate", "injured", 1.0)]),
    ],
)
def test_a_national_is_one_person(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a newspaper
        ("The National reported that two soldiers were killed in the attack on Monday.",
         [("two", "killed", 2.0)]),
        # an adjective
        ("The national team lost two players to injury on Monday.", []),
        ("A national holiday was declared after two soldiers were killed on Monday.",
         [("two", "killed", 2.0)]),
        # a definite one alone may be one told before
        ("The national was later released by his captors on Monday.", []),
        ("The foreigner was injured in the blast in Aden on Monday.", []),
        # counted nationals: the count, as before
        ("Two Chinese nationals were killed in the attack in Hub on Monday.",
         [("Two", "killed", 2.0)]),
    ],
)
def test_near_misses_stay(text: str, expected: list[tuple[str, str, float]]) -> None:
    assert report_counts(text) == expected
