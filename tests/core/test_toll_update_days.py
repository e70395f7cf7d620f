"""A toll that moved on a day ("climbed to 21 on Saturday") with no incident in its own
sentence counts the deaths of the report's incident, told in another sentence ("Friday's
attack", "The blast took place on Thursday"): the day the toll was updated is not the day
they happened (issue #11). A toll with no incident told anywhere keeps the day it gives, and a
figure that is no toll keeps its own day. A toll whose own words name the incident by a span
("last week's earthquake ... has risen to 312, the agency said on Saturday") counts that span,
not the day it was told. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figure_days

if TYPE_CHECKING:
    from spacy.language import Language

SAT = dt.date(2031, 6, 14)  # a Saturday, the day of the paper


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the incident in the sentence after, by a possessive day
        (
            "The death toll from a bombing at a market in Larvik climbed to 19 on Saturday, "
            "a hospital spokesman said. Friday's blast also wounded 33 shoppers.",
            "19",
            "2031-06-13",
        ),
        # the incident in the sentence after, by its own clause
        (
            "The number of people killed in a fire at a textile mill in Osterby rose to 14 on "
            "Saturday, officials said. The fire broke out on Thursday afternoon.",
            "14",
            "2031-06-12",
        ),
        # the incident in the sentence before
        (
            "A ferry capsized on the Corran river on Wednesday evening. The toll rose to 27 on "
            "Friday as divers recovered more bodies.",
            "27",
            "2031-06-11",
        ),
        # no incident told: the day the toll gives is all there is
        ("The death toll in the Corran floods rose to 31 on Friday.", "31", "2031-06-13"),
        # the toll's own words name its incident by a span: the span, not the day told
        (
            "The number of people killed in last week's earthquake in the Corran valley has "
            "risen to 312, the disaster agency said on Saturday.",
            "312",
            ("2031-06-02", "2031-06-08"),
        ),
        (
            "The toll from last week's floods in the Corran valley rose to 52 on Friday, "
            "officials said.",
            "52",
            ("2031-06-02", "2031-06-08"),
        ),
        # the report's day of that week, when it tells it
        (
            "The number of people killed in last week's earthquake in the Corran valley has "
            "risen to 312, the disaster agency said on Saturday. The quake struck on June 3.",
            "312",
            "2031-06-03",
        ),
        # no toll: a figure of that later day keeps it
        (
            "A ferry capsized on the Corran river on Wednesday evening. Two rescuers drowned "
            "on Friday as divers searched the wreck.",
            "Two",
            "2031-06-13",
        ),
    ],
)
def test_a_toll_updated_later_counts_its_incident(
    nlp: Language, text: str, figure: str, expected: str | tuple[str, str]
) -> None:
    span = expected if isinstance(expected, tuple) else (expected, expected)
    assert figure_days(nlp, text, SAT, figure) == span
