"""Issue #11, time and place of an attack: a gathering that is the attack's scene ("blew
himself up at a funeral on Tuesday, killing 18") dates the attack, unlike a funeral held after
it; a town after the sides of a fight ("fighting between rival militias in Tripoli") is where
the fight was, not where a militia is based. Sentences we invented, with real towns."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

WED = dt.date(2031, 3, 12)
TUE = dt.date(2031, 3, 11)


def _read(text: str) -> list[tuple[str, float, object, str | None]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt", published=WED)
    return [(c.measure, c.value, c.date_start, c.location) for c in run_documents([doc]).claims]


def test_attack_at_a_funeral_is_dated() -> None:
    found = _read("A bomber blew himself up at a funeral on Tuesday, killing 18 people.")
    assert [(m, v, d) for m, v, d, _ in found] == [("killed", 18, TUE)]


def test_funeral_after_is_no_day_of_the_harm() -> None:
    found = _read(
        "A man was shot dead in Marden last week. His funeral was held on Tuesday, and two"
        " mourners were later detained."
    )
    assert found[0][:2] == ("killed", 1)
    assert found[0][2] != TUE


def test_fight_between_sides_in_a_town() -> None:
    found = _read(
        "At least 45 people have been killed in fighting between rival militias in Tripoli."
    )
    assert found[0][3] == "Tripoli"
