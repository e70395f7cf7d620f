"""Issue #11, figures in headlines the tagger misread: a participle after the counted people read
as their past tense ("Three border guards martyred in raid on post"), a plural the tagger took
for a name before "held" ("Six Naxalites held in raid"), a Title Case verb strung with the names
before it ("Border Guards and State Police Detain 9 Cadres"); and people "struck by gunfire" or
"hit by shrapnel" are hurt. Sentences we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_figures as figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Four Levies men martyred in raid on border post in Chagai", [("Four", "killed")]),
        ("Six Naxalites held in Sukma raid, arms recovered", [("Six", "arrested")]),
        ("Border Guards and State Police Detain 9 Cadres After Forest Raid", [("9", "arrested")]),
        # "a fifth" is one more than the four (``reduced_passives.one_more``)
        ("Four shoppers were struck by gunfire, and a fifth was hurt in the rush, police said.",
         [("Four", "injured"), ("a fifth", "injured")]),
        ("Two children were hit by shrapnel in the crossfire.", [("Two", "injured")]),
        # the bullets a victim was hit by count no one, nor the victim: an autopsy's count of
        # rounds tells the wounds of a victim the report counted before (struck_victims)
        ("The report said Lane was hit by six bullets, two to the chest.", []),
        # a doer with no object, things struck, a titled verb before no people
        ("Two gunmen opened fire.", []),
        ("Two cars were struck by gunfire.", []),
        ("Army Chief Visits 12 Posts in Border Areas", []),
        ("Four Naxalites held talks with the government", []),
    ],
)
def test_a_headline_count(text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text) == expected
