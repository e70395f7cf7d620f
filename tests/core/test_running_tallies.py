"""Running tallies ("have been killed since the fighting began") are period totals, whatever
day the extraction gave them: never one incident's count, never set against it."""

from __future__ import annotations

import pytest

from core.group.conflicts import find_conflicts
from core.group.match import group
from core.group.running_tallies import running_tally
from core.group.vocabulary import sentence_info
from tests.core.claim_factory import Batch


@pytest.mark.parametrize(
    ("sentence", "figure", "tally"),
    [
        # a perfect, and a period that runs to now
        ("Over 90 people have been killed since the unrest erupted in the hills.", "90", True),
        ("It was the ninth shooting this year, in which 12 people have died.", "12", True),
        ("Police had detained 17 suspects since March across the district.", "17", True),
        ("The raid pushed the toll above 400 since the war began in spring.", "400", True),
        ("Officials said 8,000 had been displaced since 2021, and more were leaving.", "8,000",
         True),
        # a count over a series of incidents, with no period written
        ("Over 250 people have been killed in such attacks across the region.", "250", True),
        ("Some 90 have lost their lives in similar incidents so far, the police said.", "90",
         True),
        ("Nearly 70 have died in terror-related incidents in the valley.", "70", True),
        # "in which" after a count of several incidents, whatever the tense
        ("Police counted 37 shooting incidents around the country so far this year, in which "
         "19 died and 6 were wounded.", "6", True),
        ("The town saw two bombings on Friday, in which nine people were killed in all.",
         "nine", True),
        ("There were dozens of raids across the hills, during which 40 were arrested.", "40",
         True),
        # a count over several incidents or the year's series, beside a period to now
        ("Officers said 15 died and 7 were hurt in 26 shootings around the city so far this "
         "year.", "7", True),
        ("The bombings this year left 31 people dead across the province.", "31", True),
        # one incident's toll, however it is worded
        ("Twin blasts killed 12 people at the depot in June this year.", "12", False),
        ("Gunmen shot 3 people at a bakery this year, police said.", "3", False),
        ("The ambush, the worst of the attacks this year, left 9 soldiers dead.", "9", False),
        ("Gunmen fired on the van, in which 14 pilgrims were travelling.", "14", False),
        ("It was one of the attacks on the camp, in which 3 guards were hurt.", "3", False),
        ("The blast hit a market, in which 8 people were wounded.", "8", False),
        ("Five people have been killed in the attacks on two outposts, police said.", "Five",
         False),
        ("Four have died in the raid, a similar operation to one held in spring.", "Four",
         False),
        ("The toll from the ferry fire has risen to 31.", "31", False),
        ("The death toll has risen to 20 since the blast on Monday.", "20", False),
        ("Six bodies have been found so far, rescuers said.", "Six", False),
        ("The bombing, the deadliest since 2005, has killed 40 people.", "40", False),
        ("The ambush was the deadliest this year and has killed 14 soldiers.", "14", False),
        ("Three guards have been killed in the raid, the third such raid this year.", "Three",
         False),
        ("Four people have died in the blast, the 12th this year.", "Four", False),
        ("Scrutiny has grown since the July killing of 2 hikers.", "2", False),
        # the tally's clause only: the incident's figure beside it stays the incident's
        ("At least 22 were killed in the market, pushing the toll above 300 since the siege "
         "began.", "22", False),
        ("At least 22 were killed in the market, pushing the toll above 300 since the siege "
         "began.", "300", True),
        # a start told by launching or commencing ("since the army launched its assault")
        ("The shelling took the toll since the army launched its assault on the valley to "
         "above 300.", "300", True),
        ("Police have held 45 people since officers commenced the sweep.", "45", True),
        ("The blast, the deadliest since the army launched its assault, has killed 40 people.",
         "40", False),
    ],
)
def test_running_tally_wording(sentence: str, figure: str, tally: bool) -> None:
    b = Batch()
    b.add("d1", sentence, figure, 1)
    claim = b.claims[0]
    assert running_tally(claim, sentence_info(claim.sentence)) is tally


def test_a_running_tally_dated_to_the_report_day_stays_out_of_the_incident() -> None:
    """A report on a shooting closes with the year's tally; the extraction dates both to the
    report's day: the tally is not the shooting's toll, and no contradiction is drawn."""
    b = Batch()
    b.report("d1", published="2031-05-06")
    shot = b.add(
        "d1",
        "Two men were shot dead in Matara on Tuesday.",
        "Two",
        2,
        location="Matara",
        date="2031-05-06",
    )
    tally = b.add(
        "d1",
        "It was the 14th shooting in the country this year, in which 11 people have died.",
        "11",
        11,
        location="Matara",
        date="2031-05-06",
    )
    events = group(b.claims, documents=b.documents())
    event = next(e for e in events if shot in e.claim_ids)
    assert tally not in event.claim_ids
    conflicts = find_conflicts(events, b.claims, documents=b.documents())
    assert not [x for x in conflicts if {shot, tally} <= set(x.claim_ids)]


def test_a_yearly_tally_in_a_relative_clause_is_never_set_against_the_incident() -> None:
    """"N shootings so far this year, in which M were wounded" (past tense, dated by the
    extraction to the incident's day) counts over many shootings: no contradiction with the
    incident's own injured."""
    b = Batch()
    b.report("d1", published="2031-05-06")
    hurt = b.add(
        "d1", "Gunmen wounded 17 people at a fair in Matara on Tuesday.", "17", 17,
        measure="injured",
        location="Matara", date="2031-05-05",
    )
    tally = b.add(
        "d1",
        "So far this year, 28 shootings were recorded across the country, in which 4 people "
        "were wounded.",
        "4",
        4,
        measure="injured",
        location="Matara",
        date="2031-05-05",
    )
    events = group(b.claims, documents=b.documents())
    assert tally not in next(e for e in events if hurt in e.claim_ids).claim_ids
    conflicts = find_conflicts(events, b.claims, documents=b.documents())
    assert not [x for x in conflicts if {hurt, tally} <= set(x.claim_ids)]


def test_the_incident_toll_so_far_still_joins_the_incident() -> None:
    """"Have been found so far" is the incident's toll: it joins the headline's figure."""
    b = Batch()
    b.report("d1", published="2031-05-06")
    head = b.add(
        "d1",
        "Boat capsizes near Matara, 4 dead.",
        "4",
        4,
        location="Matara",
        date="2031-05-06",
    )
    so_far = b.add(
        "d1",
        "Rescuers said 5 bodies have been recovered so far near Matara.",
        "5",
        5,
        location="Matara",
        date="2031-05-06",
    )
    events = group(b.claims, documents=b.documents())
    assert next(e for e in events if head in e.claim_ids) == next(
        e for e in events if so_far in e.claim_ids
    )
