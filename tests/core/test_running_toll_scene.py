"""A toll that ran on past its incident's day ("the toll has risen to 12", dated from the
incident to the telling) is still a figure of the incident: filed under the scene the lead
gives. Yet the lead's place is read first off a figure of the incident's own day. Claims and
places are invented."""

from __future__ import annotations

import datetime as dt

from core.extract.incident_scene import with_incident_scene
from core.model import Claim
from core.text.dates import Period

MONDAY = dt.date(2031, 5, 5)
FRIDAY = dt.date(2031, 5, 9)
INCIDENT = Period(start=MONDAY, end=MONDAY, text="on Monday")
TEXT = (
    "Mill blast toll rises to 12\n\nLAHORE: The toll of Monday's blast at a mill in Kasur "
    "has risen to 12.\n\nNine workers were killed on the spot in Kasur, police said."
)


def _claim(n: int, word: str, measure: str, place: str, end: dt.date) -> Claim:
    start = TEXT.index(word)
    sentence_start = TEXT.rfind("\n", 0, start) + 1
    return Claim(
        id=f"c{n}", document_id="d1", start=start, end=start + len(word), number_text=word,
        value=12.0, qualifier="exact", low=None, high=None, measure=measure,  # type: ignore[arg-type]
        sentence=TEXT[sentence_start:TEXT.find(".", start) + 1],
        sentence_start=sentence_start, sentence_end=TEXT.find(".", start) + 1, rule="test",
        location=place, date_start=MONDAY, date_end=end,
    )


def test_a_toll_that_ran_on_is_filed_under_the_scene() -> None:
    toll = _claim(0, "12.", "killed", "Lahore", FRIDAY)
    nine = _claim(1, "Nine", "killed", "Kasur", MONDAY)
    filed = with_incident_scene([toll, nine], INCIDENT, TEXT)
    assert [c.location for c in filed] == ["Kasur", "Kasur"]


def test_the_lead_place_is_read_off_the_incident_day_first() -> None:
    toll = _claim(0, "12.", "killed", "Punjab", FRIDAY)
    nine = _claim(1, "Nine", "killed", "Kasur", MONDAY)
    filed = with_incident_scene([toll, nine], INCIDENT, TEXT)
    assert filed[1].location == "Kasur"
