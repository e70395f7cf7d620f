"""Issue #11, place: a whole and its parts. "An earthquake killed 24 in Aceh province ...
Twelve were killed in Bener Meriah district": the 24 stay under the province (a part's
district is no scene of the whole), and a whole told again later with no place of its own
("'We have recorded 24 dead,' the official said") is filed with the whole, not under the
part's district carried to it. A later sentence that counts as many (the same people) still
names the scene. Sentences we invented, with real places."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 3, 6)


def _places(text: str) -> list[tuple[str, float, str | None]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt", published=PUB)
    return [(c.measure, c.value, c.location) for c in run_documents([doc]).claims]


def test_lead_whole_keeps_its_province() -> None:
    found = _places(
        "Quake kills 24 in Indonesia\nAn earthquake killed 24 people in Aceh province on"
        " Tuesday.\nTwelve people were"
        " killed in Bener Meriah district, an official said."
    )
    assert found[1:] == [
        ("killed", 24, "Aceh province"),
        ("killed", 12, "Bener Meriah district"),
    ]


def test_whole_told_again_after_the_parts() -> None:
    found = _places(
        "Quake kills 24 in Indonesia\nA strong earthquake hit Aceh province on Tuesday,"
        " leaving 24 dead and over 200"
        " injured.\nTwelve people were killed and 70 others were injured in Bener Meriah"
        " district, an official said.\nIn neighbouring Central Aceh district, 10 people were"
        " killed and 140 were injured, the official said.\n\"We have recorded 24 people dead"
        " and 249 people injured,\" the official told reporters."
    )
    assert found[-2:] == [("killed", 24, "Aceh province"), ("injured", 249, "Aceh province")]
    assert ("killed", 12, "Bener Meriah district") in found


def test_same_count_later_names_the_scene() -> None:
    found = _places(
        "Blast kills nine in Balochistan\nNine people were killed in a bomb blast in"
        " Balochistan on Tuesday.\nThe nine were"
        " killed when a bomb went off at a market in Quetta, police said."
    )
    assert found[-1][:2] == ("killed", 9)
    assert found[-1][2] is not None
    assert "Quetta" in found[-1][2]
