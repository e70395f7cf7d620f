"""A statistics report's headline count that the body gives again over the whole area
("Nationwide, the year closed with N killed") is the area's, though the headline names a
province in another clause beside it ("Wend bore the brunt as violence claimed N lives") or
was filed from a town of that province; a headline count the body gives again in the
province is not moved to the area. Reports invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2033, 1, 10)
LEAD = (
    "DAMATURU: Yobe accounted for nearly half of the 1,210 militant attacks recorded "
    "across the country in 2032, according to the annual review of the Centre for Frontier "
    "Studies (CFS), released in Potiskum on Monday.\n\n"
)


def headline_place(headline: str, body: str) -> str | None:
    text = f"{headline}\n\n{LEAD}{body}\n"
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    first = min(result.claims, key=lambda c: c.start)
    assert first.start < len(headline)
    return first.location


@pytest.mark.parametrize(
    "headline",
    [
        "Yobe bore brunt as militancy claimed 1,940 lives in 2032",
        "Militancy claimed 1,940 lives in 2032 as Yobe bore brunt",
    ],
)
def test_the_areas_count_restated_over_the_area(headline: str) -> None:
    body = (
        "Nationwide, the year closed with 1,940 people killed and 2,530 wounded, the review said."
    )
    assert headline_place(headline, body) == "Nigeria"


def test_the_provinces_count_restated_in_the_province() -> None:
    headline = "Yobe bore brunt as militancy claimed 940 lives in 2032"
    body = "In Yobe, 940 people were killed and 1,100 wounded, the review said."
    assert headline_place(headline, body) != "Nigeria"
