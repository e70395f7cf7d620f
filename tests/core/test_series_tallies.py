"""Issue #11: "the third encounter in the district this month, in which a total of seven
militants have been killed" counts over the month (a ranking's span keeps the tally told in
the perfect beside it), and "the south Kashmir district" describes the district the report
names rather than naming a "Kashmir district". Reports and sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text, measured_days

PUBLISHED = dt.date(2031, 6, 14)  # a Saturday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This is the third encounter in the district this month, in which a total of seven"
         " militants have been killed.",
         [("killed", 7, "2031-06-01", "2031-06-14")]),
        ("It was the deadliest attack this year, which has seen 40 people killed in the"
         " province.",
         [("killed", 40, "2031-01-01", "2031-06-14")]),
        # a ranking alone still bounds no count: the incident's own day
        ("Gunmen killed four guards at a checkpoint on Friday in the deadliest attack in the"
         " province this year.",
         [("killed", 4, "2031-06-13", "2031-06-13")]),
    ],
)
def test_a_tally_beside_a_ranking_counts_over_its_span(
    text: str, expected: list[tuple[str, float, str, str]]
) -> None:
    assert measured_days(text, PUBLISHED) == expected


REPORT = (
    "Two militants killed in Kulgam encounter\n"
    "SRINAGAR: Two militants were killed in an encounter with security forces in Kulgam"
    " district on Thursday, officials said.\n"
    "Troops cordoned off the Tarigam area of the south Kashmir district after a tip-off, a"
    " police spokesman said.\n"
    "This is the third encounter in the district this month, in which a total of seven"
    " militants have been killed.\n"
)


def test_a_district_described_by_its_region_is_the_reports_own() -> None:
    claims = core_claims_by_text([REPORT], PUBLISHED)[REPORT]
    seven = next(c for c in claims if c.value == 7)
    assert seven.location is not None
    assert seven.location.startswith("Kulgam")
    assert all("Kashmir district" not in (c.location or "") for c in claims)


def test_a_district_named_so_keeps_its_name() -> None:
    text = "Two militants were killed in an encounter in the Kurram district on Monday."
    claims = core_claims_by_text([text], PUBLISHED)[text]
    assert [c.location for c in claims] == ["Kurram district"]
