"""A toll counted since a war began (issue #11, dates): "more than 40,000 have been killed
since the war began", "since the start of the war", "the offensive has since killed" run from
the day the report says the war began ("The war began on Oct. 7, 2029", "the war, now in its
fifth month") up to the telling; with no such day told, their days are unknown, never the day
of the report's incident. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2030, 3, 4)  # a Monday
SUNDAY = dt.date(2030, 3, 3)
WAR = dt.date(2029, 10, 7)


def _days(nlp: Language, text: str, figure: str) -> tuple[dt.date | None, dt.date | None]:
    found = [c for c in read_claims(nlp, text, DAY) if c.number_text == figure]
    assert found, f"no claim {figure!r}"
    return found[-1].date_start, found[-1].date_end


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        ("Strikes killed 17 people in central Gaza on Sunday, hospital officials said. The war "
         "began on Oct. 7, 2029, when militants stormed a border town. The ministry says more "
         "than 41,000 people have been killed since the start of the war.",
         "more than 41,000", (WAR, DAY)),
        ("Strikes killed 17 people in Rafah on Sunday. The conflict, which began in October "
         "2029, shows no sign of ending. More than 600 people have been killed since the "
         "conflict began, the ministry said.", "More than 600", (dt.date(2029, 10, 1), DAY)),
        ("Militants killed 1,200 people in a border town on Oct. 7, 2029. The offensive has "
         "since killed more than 50,000 people, officials said.", "more than 50,000",
         (WAR, DAY)),
        ("The war, now in its fifth month, has killed more than 31,000 people, the ministry "
         "said.", "more than 31,000", (dt.date(2029, 10, 5), DAY)),
        ("Strikes killed 32 people overnight, officials said Monday. More than 40,000 people "
         "have been killed in Gaza since the war began, according to the ministry.",
         "More than 40,000", (None, None)),
        ("Strikes on the valley killed seven people on Sunday. Israel has killed more than 3,000 "
         "people in Lebanon since the war began, officials said.", "more than 3,000",
         (None, None)),
        ("The ministry said Sunday that 52 bodies had been brought to hospitals in the past 24 "
         "hours, bringing the death toll since the war began to 43,100.", "43,100",
         (None, None)),
    ],
)
def test_a_toll_since_the_war_began_is_no_incident_day(
    nlp: Language, text: str, figure: str, days: tuple[dt.date | None, dt.date | None]
) -> None:
    assert _days(nlp, text, figure) == days


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        # the incident's own day, a day after a war began, spans with their own start
        ("An airstrike killed 17 people in central Gaza on Sunday, hospital officials said.",
         "17", (SUNDAY, SUNDAY)),
        ("The war began on Oct. 7, 2029. On Sunday, strikes killed 11 people in Rafah.", "11",
         (SUNDAY, SUNDAY)),
        ("Gunmen killed four people on Sunday, months after the war began.", "four",
         (SUNDAY, SUNDAY)),
        ("More than 250 people have been killed since the violence broke out in May 2029, "
         "officials said.", "More than 250", (dt.date(2029, 5, 1), DAY)),
        ("The fighting has killed 12 people in the town, officials said on Sunday.", "12",
         (SUNDAY, SUNDAY)),
        ("Five people have been killed since Sunday in clashes in the city.", "Five",
         (SUNDAY, DAY)),
        # a bare "since" after the lead's own day is the incident's follow-up
        ("Troops raided the camp on Sunday. They have since detained 14 people, the army "
         "said.", "14", (SUNDAY, SUNDAY)),
    ],
)
def test_near_misses_keep_their_days(
    nlp: Language, text: str, figure: str, days: tuple[dt.date | None, dt.date | None]
) -> None:
    assert _days(nlp, text, figure) == days
