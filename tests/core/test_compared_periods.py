"""An annual review published early in the next year sets its figures against an earlier
period told back from the year it reviews, not from the day of publication: "the previous
year", "a year earlier", "the year before" are the year before the one reviewed ("last year",
told from publication, is the reviewed year); a period compared with dates the figures of its
own phrase and sentence only; the day the review was released is no day its figures count.
Sentences and outlets we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUB = D("2032-01-06")
Y2031 = (D("2031-01-01"), D("2031-12-31"))
Y2030 = (D("2030-01-01"), D("2030-12-31"))
LEAD = (
    "Veloria recorded 640 militant attacks in 2031, in which 910 people were killed, "
    "according to the annual review the Orvane Institute released on Sunday.\n\n"
)


def spans(nlp: Language, text: str) -> dict[str, tuple[dt.date | None, dt.date | None]]:
    return {c.number_text: (c.date_start, c.date_end) for c in counted_claims(nlp, text, PUB)}


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # "the previous year" is the year before the one reviewed
        (
            LEAD + "Attacks were up by a third from the previous year, when the institute "
            "had counted 492 attacks.",
            "492",
            Y2030,
        ),
        (LEAD + "Kidnappings climbed to 118, up from 87 kidnappings the year before.", "87", Y2030),
        # the comparison dates its own sentence only: the paragraph after is 2031 again
        (
            LEAD + "Attacks were up by a third from the previous year, when the institute "
            "had counted 492 attacks.\n\n"
            "Of those killed, 402 were members of the security forces.",
            "402",
            Y2031,
        ),
        # a figure before the comparison is the reviewed year's
        (
            LEAD + "The review counted 77 suicide attacks, compared with 41 such attacks in "
            "2030.",
            "77",
            Y2031,
        ),
        (
            LEAD + "The review counted 77 suicide attacks, compared with 41 such attacks in "
            "2030.",
            "41",
            Y2030,
        ),
        # the day the review was released is no day its later figures count
        (
            LEAD + "Tarvo remained the worst-hit province.\n\n"
            "Northmark recorded 58 attacks and 71 deaths.",
            "58",
            Y2031,
        ),
        # a step back after another figure's compared year counts back from the year reviewed
        (
            LEAD + "The review said raids had climbed sharply from 512 in 2030, while deaths "
            "were up from 733 the previous year.",
            "733",
            Y2030,
        ),
        # negative: a step inside the same comparison counts back from that comparison's year
        (
            LEAD + "Arson attacks rose to 95 in 2030 from 61 the year before, it said.",
            "95",
            Y2030,
        ),
        # "March last year" that would fall on the March compared from is that March a year back
        (
            LEAD + "Bombings fell to 45 in March from 12 in March last year, the review said.",
            "12",
            (D("2030-03-01"), D("2030-03-31")),
        ),
        (
            LEAD + "Bombings fell to 45 in March from 12 in March last year, the review said.",
            "45",
            (D("2031-03-01"), D("2031-03-31")),
        ),
        (
            LEAD + "Killings were up from 31 in the same month last year to 40 in May.",
            "31",
            (D("2030-05-01"), D("2030-05-31")),
        ),
        # "over" the period, hung on the compared figure: that figure's period
        (
            LEAD + "Kidnappings climbed to 118, up from 87 over the same period last year.",
            "87",
            Y2030,
        ),
        # negative: no comparison, no step back
        (
            LEAD + "Bombings killed 45 people in March, and 12 more died in March last year "
            "in floods.",
            "12",
            (D("2031-03-01"), D("2031-03-31")),
        ),
        # negative: "last year" in a paper of January is the year reviewed, not the one before
        (
            LEAD + '"64 of our officers were killed last year," the provincial police chief said.',
            "64",
            Y2031,
        ),
    ],
)
def test_compared_periods(nlp: Language, text: str, figure: str, expected: object) -> None:
    assert spans(nlp, text)[figure] == expected


def test_a_month_last_year_in_a_paper_of_the_year_is_last_year_s(nlp: Language) -> None:
    """Negative: published in May, "March last year" is another March than "in March"."""
    text = "Bombings in Veloria fell to 45 in March from 12 in March last year, police said."
    got = {
        c.number_text: (c.date_start, c.date_end)
        for c in counted_claims(nlp, text, D("2031-05-04"))
    }
    assert got["12"] == (D("2030-03-01"), D("2030-03-31"))
    assert got["45"] == (D("2031-03-01"), D("2031-03-31"))


def test_incident_report_keeps_its_day(nlp: Language) -> None:
    """Negative: a report of one attack keeps its day; nothing here is a statistic."""
    text = (
        "Gunmen killed six people in Tarvo on Saturday, police said on Sunday.\n\n"
        "Two more died of their wounds, up from four the year before in a similar raid."
    )
    got = spans(nlp, text)
    assert got["six"] == (D("2032-01-03"), D("2032-01-03"))


@pytest.mark.parametrize(
    ("lead", "figure", "expected"),
    [
        # the period a change is measured against, with no figure of its own, dates nothing
        ("Militant attacks in Veloria rose by 30 per cent in 2031 over the previous year, with "
         "640 attacks that killed 910 people, the Orvane Institute said.", "910", Y2031),
        ("Compared to the previous year, 2031 saw a 30 per cent rise in attacks in Veloria, "
         "with 640 attacks that killed 910 people, the Orvane Institute said.", "640", Y2031),
        # the period's own figures, in its phrase or its "when" clause, are the earlier year's
        ("Veloria saw 640 attacks in 2031, up from 492 attacks the previous year, the Orvane "
         "Institute said.", "492", Y2030),
        ("Attacks in Veloria rose 30 per cent in 2031 from the previous year, when the Orvane "
         "Institute counted 492 attacks.", "492", Y2030),
    ],
)
def test_a_period_measured_against_dates_only_its_own_figures(
    nlp: Language, lead: str, figure: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert spans(nlp, lead)[figure] == expected
