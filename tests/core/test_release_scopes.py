"""Two reports of one statistics release are compared figure by figure: a count written with
the measure's own noun ("1,200 homicides") counts all that measure counts ("1,180 people
murdered"), and a period's tally of the dead tells no stages of one incident (the suspects who
"fought back" and those killed "in operations" over a year are one count)."""

from __future__ import annotations

import pytest

from core.group.conflicts import scope
from core.model import Measure
from tests.core.claim_factory import Batch

MONTH = ("2031-02-01", "2031-02-28")
YEAR = ("2030-01-01", "2030-12-31")


def release() -> Batch:
    b = Batch()
    b.report("d1", published="2031-03-09")
    b.report("d2", published="2031-03-10")
    return b


@pytest.mark.parametrize(
    ("sentence", "figure", "measure", "subject"),
    [
        ("Homicides across the country came to 2,310 in February.", "2,310", "killed", None),
        ("The office counted 2,310 homicides in February.", "2,310", "killed", "homicides"),
        ("The data show 640 killings in the month.", "640", "killed", "killings"),
        ("Police logged 57 kidnappings in February.", "57", "kidnapped", "kidnappings"),
        ("The office counted 2,310 people murdered in February.", "2,310", "killed", "people"),
    ],
)
def test_the_measure_s_own_noun_counts_all_of_it(
    sentence: str, figure: str, measure: Measure, subject: str | None
) -> None:
    b = release()
    cid = b.add("d1", sentence, figure, 1, measure=measure, subject=subject,
                date=MONTH[0], date_end=MONTH[1])
    assert scope(next(c for c in b.claims if c.id == cid)) == "all"


def test_a_group_s_noun_is_still_its_own_scope() -> None:
    b = release()
    cid = b.add("d1", "The office counted 96 police officers killed in February.", "96",
                96, subject="police officers", date=MONTH[0], date_end=MONTH[1])
    assert scope(next(c for c in b.claims if c.id == cid)) == "security"


def test_two_releases_readings_of_the_month_s_homicides_disagree() -> None:
    b = release()
    one = b.add("d1", "Homicides nationwide came to 2,310 in February, the ministry said.",
                "2,310", 2310, date=MONTH[0], date_end=MONTH[1])
    other = b.add("d2", "The ministry's data show 2,130 homicides in February.", "2,130",
                  2130, subject="homicides", date=MONTH[0], date_end=MONTH[1])
    assert b.flagged(one, other)


def test_a_year_s_tally_of_suspects_killed_tells_no_stages() -> None:
    b = release()
    one = b.add("d1", "In all, 311 suspects died last year when they fought back as officers "
                "moved to detain them, the force said.", "311", 311, subject="suspects",
                date=YEAR[0], date_end=YEAR[1])
    other = b.add("d2", "Anti-narcotics operations left some 320 suspects dead over the year.",
                  "320", 320, subject="suspects", date=YEAR[0], date_end=YEAR[1])
    assert b.flagged(one, other)


def test_one_day_s_stages_still_count_apart() -> None:
    b = release()
    one = b.add("d1", "The guards returned fire and two of the attackers were killed.", "two",
                2, subject="attackers", date="2031-03-08")
    other = b.add("d2", "Troops later launched an operation in the hills and killed six "
                  "militants.", "six", 6, subject="militants", date="2031-03-08")
    assert b.flagged(one, other) == []
