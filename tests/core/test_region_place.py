"""A region of the gazetteer (a disputed territory of a few provinces, an island of a few
counties) weighs as a province when two figures share it: an undated report's figures of its
own incident placed there are one event; a country shared is still too wide (pair_scores)."""

from __future__ import annotations

import pytest

from core.group.match import group
from core.model import Event
from tests.core.claim_factory import Batch


def together(events: tuple[Event, ...], a: str, b: str) -> bool:
    return next(e.id for e in events if a in e.claim_ids) == next(
        e.id for e in events if b in e.claim_ids
    )


def undated_report(place: str) -> tuple[Batch, str, str]:
    b = Batch()
    b.report("d1")
    hurt = b.add("d1", f"Dozens of villagers were injured when a landslide hit {place}, "
                 "officials said.", "Dozens", 12, qualifier="vague", measure="injured",
                 subject="villagers", location=place)
    admitted = b.add("d1", f"At least 40 people were admitted to clinics in {place}, a health "
                     "officer said.", "At least 40", 40, qualifier="at_least",
                     measure="injured", subject="people", location=place)
    return b, hurt, admitted


def test_an_undated_reports_figures_in_its_region_are_one_event() -> None:
    b, hurt, admitted = undated_report("Kashmir")
    assert together(group(b.claims, documents=b.documents()), hurt, admitted)


@pytest.mark.parametrize("place", ["Pakistan", "India"])
def test_an_undated_reports_figures_sharing_only_a_country_stay_apart(place: str) -> None:
    b, hurt, admitted = undated_report(place)
    assert not together(group(b.claims, documents=b.documents()), hurt, admitted)
