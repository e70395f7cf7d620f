"""One recorder's statistic of a month told by two outlets (grouping): its national totals and
its parts by province are one event, in either report, whichever way each outlet names the
recorder; another recorder's figures and another month stay apart."""

from __future__ import annotations

import pytest

from core.group.match import group
from core.group.statistic_sources import source_key
from core.model import Event
from tests.core.claim_factory import Batch

JUNE = ("2031-06-01", "2031-06-30")
MAY = ("2031-05-01", "2031-05-31")
INSTITUTE = "the Centre for Peace Research (CPR)"


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def two_outlets(second_source: str = "CPR", second_period: tuple[str, str] = JUNE) -> (
    tuple[Batch, list[str], list[str]]
):
    """A research centre's June told by two outlets: each gives the national toll and two
    provinces' shares."""
    b = Batch()
    lead = "Militant violence rose in June, research centre says\n\n"
    b.report("d1", published="2031-07-02", lead=lead)
    b.report("d2", published="2031-07-03", lead=lead)
    first = [
        b.add("d1", "Militant attacks killed 90 people across the country in June, according "
              "to monthly data of the Centre for Peace Research (CPR).", "90", 90,
              subject="people", location="Afghanistan", date=JUNE[0], date_end=JUNE[1],
              attribution=INSTITUTE),
        b.add("d1", "Kunar recorded 40 attacks in which 55 people were killed.", "40", 40,
              measure="attacks", location="Kunar", date=JUNE[0], date_end=JUNE[1],
              attribution=INSTITUTE),
        b.add("d1", "Helmand saw 20 attacks that left 25 people dead.", "20", 20,
              measure="attacks", location="Helmand", date=JUNE[0], date_end=JUNE[1],
              attribution=INSTITUTE),
    ]
    start, end = second_period
    second = [
        b.add("d2", "At least 90 people lost their lives in attacks last month, the centre's "
              "monthly report said.", "90", 90, qualifier="at_least", subject="people",
              location="Afghanistan", date=start, date_end=end, attribution=second_source),
        b.add("d2", "Kunar witnessed 40 attacks, the report said.", "40", 40,
              measure="attacks", location="Kunar", date=start, date_end=end,
              attribution=second_source),
        b.add("d2", "Helmand saw 20 attacks, the report said.", "20", 20,
              measure="attacks", location="Helmand", date=start, date_end=end,
              attribution=second_source),
    ]
    return b, first, second


@pytest.mark.parametrize(
    ("written", "key"),
    [
        ("the Centre for Peace Research (CPR)", "CPR"),
        ("the monthly review of the Centre for Peace Research (CPR)", "CPR"),
        ("CPR", "CPR"),
        ("The police", "police"),
        ("police", "police"),
        ("a think tank", "think tank"),
        # a recorder with no initials: its name, whatever document or gloss goes with it
        ("the annual report of the Tarn Rights Office (Oficina de Tarn)", "tarn rights office"),
        ("The Tarn Rights Office", "tarn rights office"),
        ("a quarterly review by the Tarn Rights Office", "tarn rights office"),
        ("the Review Board of Tarn", "review board of tarn"),
    ],
)
def test_a_recorder_is_one_source_however_written(written: str, key: str) -> None:
    assert source_key(written) == key


def test_two_outlets_of_one_recorders_month_give_one_event() -> None:
    b, first, second = two_outlets()
    events = group(b.claims, documents=b.documents())
    assert len({event_of(events, c).id for c in first + second}) == 1


def test_another_month_of_the_recorder_stays_apart() -> None:
    b, first, second = two_outlets(second_period=MAY)
    events = group(b.claims, documents=b.documents())
    assert event_of(events, first[0]).id != event_of(events, second[0]).id
    assert {event_of(events, c).id for c in first}.isdisjoint(
        event_of(events, c).id for c in second
    )


def test_another_recorders_provinces_in_one_report_stay_apart() -> None:
    b = Batch()
    b.report("d1", published="2031-07-02")
    mine = b.add("d1", "Kunar recorded 40 attacks in June, the centre said.", "40", 40,
                 measure="attacks", location="Kunar", date=JUNE[0], date_end=JUNE[1],
                 attribution=INSTITUTE)
    theirs = b.add("d1", "Separately, the interior ministry said Helmand saw 31 attacks in "
                   "June.", "31", 31, measure="attacks", location="Helmand", date=JUNE[0],
                   date_end=JUNE[1], attribution="the interior ministry")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, mine).id != event_of(events, theirs).id


def month_review(sentence: str, figure: str, value: int) -> tuple[Batch, str, str]:
    """A report counting a month's attacks, then another figure it dates to that month."""
    b = Batch()
    b.report("d1", published="2031-07-02")
    attacks = b.add("d1", "Afghanistan saw 70 militant attacks in June, the institute said.",
                    "70", 70, measure="attacks", location="Afghanistan", date=JUNE[0],
                    date_end=JUNE[1], attribution="the institute")
    other = b.add("d1", sentence, figure, value, location="Afghanistan", date=JUNE[0],
                  date_end=JUNE[1], attribution="the institute")
    return b, attacks, other


def test_a_figure_over_the_month_a_report_counts_is_its_statistic() -> None:
    b, attacks, dead = month_review(
        "Among the dead were 20 civilians, and soldiers killed 35 militants during the month.",
        "20", 20)
    events = group(b.claims, documents=b.documents())
    assert event_of(events, attacks).id == event_of(events, dead).id


def test_one_attack_dated_by_the_month_stays_an_incident() -> None:
    b, attacks, bombing = month_review(
        "In June, a suicide bomber killed 12 worshippers at a mosque in the capital.", "12", 12)
    events = group(b.claims, documents=b.documents())
    assert event_of(events, attacks).id != event_of(events, bombing).id


def two_recorders(second: str) -> tuple[Batch, str, str]:
    """A report giving a research centre's tally of the year and another source's."""
    b = Batch()
    b.report("d1", published="2031-12-20")
    year = ("2031-01-01", "2031-11-30")
    centre = b.add("d1", "Since January, 52 attacks on police stations were recorded across the "
                   "country, according to the Observatory for Citizen Security (OCS).", "52",
                   52, measure="attacks", location="Brazil", date=year[0], date_end=year[1],
                   attribution="the Observatory for Citizen Security (OCS)")
    other = b.add("d1", "Official figures show 140 murders were recorded in the state so far "
                  "this year.", "140", 140, subject="murders", location="Brazil",
                  date=year[0], date_end=year[1], attribution=second)
    return b, centre, other


def test_two_named_recorders_in_one_report_give_two_statistics() -> None:
    b, centre, other = two_recorders("the National Crime Registry (NCR)")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, centre).id != event_of(events, other).id


def test_a_recorder_only_described_may_be_the_named_one() -> None:
    b, centre, other = two_recorders("a monitoring group")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, centre).id == event_of(events, other).id
