"""Issue #11: the place a lead hands on to the next sentence when its scene is a venue in a
named town ("outside a school in Mastung"): the venue gives way to the town, and the
town goes on, not the dateline's city. Sentences and places we invented."""

from __future__ import annotations

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents


def _places(text: str) -> list[tuple[str, float, str | None]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt")
    return [(c.measure, c.value, c.location) for c in run_documents([doc]).claims]


@pytest.mark.parametrize("venue", ["a United Nations school", "a school", "a mosque"])
def test_town_of_a_venue_goes_on(venue: str) -> None:
    text = (
        f"QUETTA - A bomb exploded outside {venue} in Mastung on Tuesday, killing at least"
        " 30 people, officials said.\nA spokesman said 55 people were wounded."
    )
    places = [place for _, _, place in _places(text)]
    assert len(places) == 2
    assert places[0] == places[1]
    assert places[0] is not None
    assert "Mastung" in places[0]


def test_scene_in_another_town_is_no_carry() -> None:
    """A lead whose figures were in one town and a sentence that names a scene elsewhere:
    the later figure is not filed under the lead's town."""
    text = (
        "QUETTA - A bomb hit a market in Mastung on Tuesday, killing 30 people.\n"
        "In Kalat, 12 people were wounded in a separate attack."
    )
    found = _places(text)
    assert found[0] == ("killed", 30, "Mastung")
    assert found[1][:2] == ("injured", 12)
    assert found[1][2] != "Mastung"
