"""Issue #11, place: a whole and its parts. "A flash flood killed 31 in X province ...
Fourteen died in Y district ... In Z district, 11 died": the 31 stay under the province (a
breakdown's district is no scene of the whole), and a whole told again later with no place of
its own ("'We now count 31 dead,' the official said") is filed with the whole, not under the
part's district carried to it. A later sentence that counts as many (the same people) still
names the scene. Sentences we invented, with real provinces and districts."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 3, 6)


def _places(text: str) -> list[tuple[str, float, str | None]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt", published=PUB)
    return [(c.measure, c.value, c.location) for c in run_documents([doc]).claims]


BREAKDOWN = (
    "Floods kill 31 in Indonesia\nA flash flood hit West Sumatra province on Tuesday, leaving"
    " 31 dead and over 220 injured.\nFourteen people were killed and 80 others were injured in"
    " Agam district, an official said.\nIn neighbouring Pasaman district, 11 people were killed"
    " and 150 were injured, the official said.\n\"We now count 31 people dead and 260 people"
    " injured,\" the official told reporters."
)


def test_whole_keeps_its_province_beside_its_parts() -> None:
    found = _places(BREAKDOWN)
    lead = [place for measure, value, place in found if (measure, value) == ("killed", 31)]
    assert len(lead) == 3
    assert all(place is not None and place.startswith("West Sumatra") for place in lead)
    assert ("killed", 14, "Agam district") in found
    assert ("killed", 11, "Pasaman district") in found


def test_whole_told_again_after_the_parts() -> None:
    found = _places(BREAKDOWN)
    last = found[-1]
    assert last[:2] == ("injured", 260)
    assert last[2] is not None
    assert last[2].startswith("West Sumatra")


def test_same_count_later_names_the_scene() -> None:
    found = _places(
        "Blast kills nine in Balochistan\nNine people were killed in a bomb blast in"
        " Balochistan on Tuesday.\nThe nine were killed when a bomb went off at a market in"
        " Quetta, police said."
    )
    assert found[-1][:2] == ("killed", 9)
    assert found[-1][2] is not None
    assert "Quetta" in found[-1][2]
