"""Parts a count is split into by their outcome (round 33): "two men were shot, one critically"
(one more claim of the hurt), "two shootings, one fatal and one non-fatal" (the dead and the hurt
of each attack), read from the words whatever the parser hung them on. Sentences we invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import REPORT_DAY, core_claims_by_text

Row = tuple[float, str]

CASES: list[tuple[str, list[Row]]] = [
    ("Two men were shot outside a tavern in Fenwick late Saturday, one critically, police said.",
     [(2, "injured"), (1, "injured")]),
    ("One man was killed and four others wounded, two seriously, in a shooting at a Fenwick bar.",
     [(1, "killed"), (4, "injured"), (2, "injured")]),
    ("Police in Fenwick are looking into two separate shootings -- one fatal and one non-fatal.",
     [(2, "attacks"), (1, "killed"), (1, "injured")]),
    ("Charges were filed in two shooting cases in Fenwick, one deadly and one nonfatal.",
     [(2, "attacks"), (1, "killed"), (1, "injured")]),
    # round 33 variants: the parse makes the outcome word the noun "one" counts; digits
    ("Officers in Fenwick responded to two shootings Friday night - one fatal, one non-fatal.",
     [(2, "attacks"), (1, "killed"), (1, "injured")]),
    ("7 workers were injured in the Fenwick blast, 2 severely.", [(7, "injured"), (2, "injured")]),
    ("Three men were stabbed outside a Fenwick club, one seriously.",
     [(3, "injured"), (1, "injured")]),
    # near misses: an adverb of no wound, a count of no harm, an outcome word that modifies a noun
    ("Two bids were made for the Fenwick tavern, one seriously considered by the council.", []),
    ("Police in Fenwick are looking into two shootings, one fatal shooting and a robbery.",
     [(2, "attacks")]),
    ("Four people applied for the Fenwick post, one critically acclaimed.", []),
    ("Officers in Fenwick responded to two shootings Friday night - one fatal shooting.",
     [(2, "attacks")]),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[Row]]:
    claims = core_claims_by_text([t for t, _ in CASES], REPORT_DAY)
    return {
        t: [(c.value, c.measure) for c in cs if c.measure in ("killed", "injured", "attacks")]
        for t, cs in claims.items()
    }


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_outcome_parts(found: dict[str, list[Row]], text: str, expected: list[Row]) -> None:
    assert found[text] == expected


@pytest.mark.parametrize(
    ("text", "whole", "part", "rule"),
    [
        # the part is filed under the count it is taken from, never set against it
        ("Two men were shot outside a tavern in Fenwick late Saturday, one critically.",
         "Two", "one", "part:severe"),
        ("A clerk died at a Fenwick store and five others were injured, one critically.",
         "five", "one", "part:severe"),
        # "N of them critically": the partitive readers' subset, as before
        ("More than 40 people were wounded in Fenwick on Monday, 9 of them critically.",
         "More than 40", "9", "subset"),
    ],
)
def test_a_part_told_by_severity_is_part_of_its_count(
    text: str, whole: str, part: str, rule: str
) -> None:
    claims = core_claims_by_text([text], REPORT_DAY)[text]
    by_text = {c.number_text: c for c in claims}
    assert by_text[part].part_of == by_text[whole].id
    assert by_text[part].rule == rule
