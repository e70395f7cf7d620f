"""One person who gave themselves up to the law, told without a numeral ("a man gave himself
up to police", "handed himself over"), or an arrest told in a relative clause on the person
("the suspect, who surrendered ...") or made by a unit of the law ("the SWAT team
apprehended ..."), is one arrested; giving oneself up to rebels, or a custody the person has
been in "since" a past date, is no arrest of the report. Sentences invented."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import report_counts


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("A 24-year-old man gave himself up to police on Monday.", "A 24-year-old man"),
        ("Officials said a man handed himself over to police in Quetta on Monday.", "a man"),
        ("Deputies ringed the farmhouse of the man, who gave himself up to deputies after an "
         "hour, a spokesman said.", "the man"),
        ("The SWAT team apprehended Mara Quill while she hid in a shed.", "Mara Quill"),
        ("A CTD squad arrested a man near the bus stand in Kohat.", "a man"),
    ],
)
def test_one_person_who_gave_up_or_was_taken_by_the_law_is_arrested(
    text: str, figure: str
) -> None:
    assert (figure, "arrested", 1.0) in report_counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "A soldier gave himself up to the rebels on Monday.",
        "Crowds demanded the release of their leader, Jon Ferris, who has been imprisoned "
        "since March 2030.",
        "The aid team picked up a man from the flooded village.",
    ],
)
def test_giving_up_to_rebels_or_a_long_custody_is_no_arrest(text: str) -> None:
    assert [c for c in report_counts(text) if c[1] == "arrested"] == []
