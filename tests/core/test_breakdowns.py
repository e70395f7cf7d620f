"""A report's tally and its breakdown by area (issue #11, grouping): one report's totals over
one period are one statistic whatever area each counts, never compared as a disagreement; a
figure and its part in a place inside the first one's, in one report, are never compared
either. Other reports' tallies of another area, another period, and real disagreements
between reports stay as they were."""

from __future__ import annotations

from core.group.conflicts import find_conflicts
from core.group.match import group
from core.model import Conflict, Event
from tests.core.claim_factory import Batch

MAY = ("2031-05-01", "2031-05-31")


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def monthly_review() -> tuple[Batch, str, str]:
    """A think tank's review of May: the national tally, then one province's share."""
    b = Batch()
    b.report("d1", published="2031-06-02",
             lead="Militant attacks rose in May, institute says\n\n")
    whole = b.add("d1", "The country saw 80 militant attacks in May, in which 95 people were "
                  "killed, the institute said in its monthly review.", "95", 95,
                  subject="people", location="Pakistan", date=MAY[0], date_end=MAY[1])
    part = b.add("d1", "Sindh recorded 22 of the attacks, in which 30 people were killed.",
                 "30", 30, subject="people", location="Sindh", date=MAY[0], date_end=MAY[1])
    return b, whole, part


def contradictions(b: Batch, events: tuple[Event, ...]) -> list[Conflict]:
    found = find_conflicts(events, b.claims, documents=b.documents())
    return [c for c in found if c.kind == "contradiction"]


def test_a_reports_tally_and_its_provinces_share_are_one_statistic_and_no_conflict() -> None:
    b, whole, part = monthly_review()
    events = group(b.claims, documents=b.documents())
    assert event_of(events, whole).id == event_of(events, part).id
    reasons = [r for link in event_of(events, part).links for r in link.reasons]
    assert "the report's statistic over one period" in reasons
    assert contradictions(b, events) == []


def test_another_reports_tally_of_the_province_is_compared_with_its_share_only() -> None:
    b, whole, part = monthly_review()
    b.report("d2", published="2031-06-02")
    other = b.add("d2", "In Sindh, 31 people were killed in militant attacks in May, police "
                  "figures show.", "31", 31, subject="people", location="Sindh",
                  date=MAY[0], date_end=MAY[1])
    events = group(b.claims, documents=b.documents())
    found = contradictions(b, events)
    assert [set(c.claim_ids) for c in found] == [{part, other}]
    assert whole not in {cid for c in found for cid in c.claim_ids}


def test_a_tally_over_another_period_stays_apart() -> None:
    b, whole, _ = monthly_review()
    year = b.add("d1", "Since January, 410 people have been killed in such attacks.", "410",
                 410, subject="people", location="Pakistan", date="2031-01-01",
                 date_end="2031-05-31")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, whole).id != event_of(events, year).id


def one_event(b: Batch) -> tuple[Event, ...]:
    return (Event(id="e1", label="test", claim_ids=tuple(c.id for c in b.claims)),)


def test_a_figure_and_its_part_in_a_town_of_its_province_are_not_compared() -> None:
    b = Batch()
    b.report("d1", published="2031-03-04")
    b.add("d1", "Coordinated attacks killed 20 people across Balochistan on Monday.", "20",
          20, subject="people", location="Balochistan", date="2031-03-03")
    b.add("d1", "In Quetta alone, eight people were killed.", "eight", 8, subject="people",
          location="Quetta", date="2031-03-03")
    assert contradictions(b, one_event(b)) == []


def test_two_reports_disagreeing_on_a_toll_still_conflict() -> None:
    b = Batch()
    for doc, figure, value, place in (("d1", "20", 20, "Balochistan"), ("d2", "eight", 8,
                                                                       "Quetta")):
        b.report(doc, published="2031-03-04")
        b.add(doc, f"A bombing killed {figure} people in {place} on Monday.", figure, value,
              subject="people", location=place, date="2031-03-03")
    assert len(contradictions(b, one_event(b))) == 1


def test_a_report_revising_its_tally_still_conflicts_with_the_first_figure() -> None:
    b, _, _ = monthly_review()
    b.add("d1", "The institute later revised the toll for May to 60 people killed.", "60", 60,
          subject="people", location="Pakistan", date=MAY[0], date_end=MAY[1])
    kinds = {c.kind for c in find_conflicts(one_event(b), b.claims, documents=b.documents())}
    assert kinds & {"update", "contradiction", "divergent"}
