"""Arrests in one incident's frame made days or weeks after it ("police arrested two suspects
on Friday" after Monday's shooting; "arrested a month later in connection with the shooting")
are the incident's suspects: up to two months after its days they join its event, as arrests of
its day or the next already do. Arrests before the incident, arrests months later and arrests
told as another incident stay apart."""

from __future__ import annotations

from core.group.match import _Cluster, group
from core.group.periods import Period, arrests_after
from core.model import Event
from tests.core.claim_factory import Batch

MONDAY = "2031-08-04"


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def market_report(published: str = "2031-08-13") -> tuple[Batch, str]:
    b = Batch()
    b.report("d1", published=published, lead="Gunmen kill three traders at Sibi market\n\n")
    dead = b.add("d1", "Gunmen shot dead three traders at a market in Sibi on Monday.", "three",
                 3, subject="traders", location="Sibi", date=MONDAY)
    return b, dead


def test_arrests_four_days_after_the_shooting_join_it() -> None:
    b, dead = market_report()
    held = b.add("d1", "Police arrested two suspects in Sibi on Friday in connection with the "
                 "shooting.", "two", 2, measure="arrested", location="Sibi", date="2031-08-08")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, held).id == event_of(events, dead).id
    assert event_of(events, dead).date_start == event_of(events, dead).date_end  # Monday's


def two_reports() -> tuple[Batch, str]:
    """Two reports of the shooting, the second published after the police's week of arrests."""
    b, dead = market_report()
    b.report("d2", published="2031-08-09", lead="Gunmen kill three traders at Sibi market\n\n")
    b.add("d2", "Gunmen shot dead three traders at a market in Sibi on Monday.", "three", 3,
          subject="traders", location="Sibi", date=MONDAY)
    return b, dead


def test_arrests_over_the_days_after_the_shooting_join_it() -> None:
    b, dead = two_reports()
    held = b.add("d2", "Police arrested 11 suspects in Sibi district between Monday and "
                 "Thursday.", "11", 11, measure="arrested", location="Sibi", date=MONDAY,
                 date_end="2031-08-07")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, held).id == event_of(events, dead).id


def test_arrests_told_as_another_incident_stay_apart() -> None:
    b, dead = market_report()
    held = b.add("d1", "In a separate raid, police arrested two smugglers in Sibi on Friday.",
                 "two", 2, measure="arrested", location="Sibi", date="2031-08-08")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, held).id != event_of(events, dead).id


def test_arrests_weeks_later_join_it() -> None:
    # a second report of the shooting, published when the police made their arrests
    b, dead = market_report(published="2031-08-05")
    b.report("d2", published="2031-09-04", lead="Gunmen kill three traders at Sibi market\n\n")
    held = b.add("d2", "Police arrested two suspects in Sibi on Wednesday in connection with "
                 "the shooting.", "two", 2, measure="arrested", location="Sibi",
                 date="2031-09-03")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, held).id == event_of(events, dead).id


def test_arrests_months_later_stay_apart() -> None:
    b, dead = market_report(published="2031-08-05")
    b.report("d2", published="2031-11-06", lead="Gunmen kill three traders at Sibi market\n\n")
    held = b.add("d2", "Police arrested two suspects in Sibi on Wednesday in connection with "
                 "the shooting.", "two", 2, measure="arrested", location="Sibi",
                 date="2031-11-05")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, held).id != event_of(events, dead).id


DAY = 800_000


def test_the_arrests_window() -> None:
    assert arrests_after((DAY + 4, DAY + 4), (DAY, DAY))
    assert arrests_after((DAY + 7, DAY + 7), (DAY, DAY))
    assert arrests_after((DAY + 60, DAY + 60), (DAY, DAY))
    assert arrests_after((DAY - 1, DAY - 1), (DAY, DAY))
    assert not arrests_after((DAY + 61, DAY + 61), (DAY, DAY))
    assert not arrests_after((DAY - 2, DAY - 2), (DAY, DAY))


def cluster(periods: list[Period], arrests: list[Period]) -> _Cluster:
    return _Cluster(
        members=[len(periods) + len(arrests)], periods=periods, places=[], total=False,
        incident=True, families=set(), kinds=set(), arrests=arrests,
    )


def test_framed_arrests_over_days_begun_before_the_incident_keep_the_usual_slack() -> None:
    incident = cluster([(DAY + 3, DAY + 3, False, "r1")], [])
    week = cluster([], [(DAY - 4, DAY, False, "r1")])
    assert incident.refusal(week, same_sentence=False) == "periods do not overlap"


def test_framed_arrests_follow_only_their_own_frames_incident() -> None:
    incident = cluster([(DAY, DAY, False, "r1")], [])
    assert incident.refusal(cluster([], [(DAY + 4, DAY + 4, False, "r1")]),
                            same_sentence=False) is None
    # another report group's incident, or a figure outside any frame, keeps the usual slack
    other = cluster([(DAY, DAY, False, "r2")], [])
    unframed = cluster([(DAY, DAY, False, None)], [])
    late = cluster([], [(DAY + 4, DAY + 4, False, "r1")])
    assert other.refusal(late, same_sentence=False) == "periods do not overlap"
    assert unframed.refusal(late, same_sentence=False) == "periods do not overlap"


def test_arrests_of_one_frame_days_apart_follow_one_incident() -> None:
    first = cluster([(DAY, DAY, False, "r1")], [(DAY, DAY, False, "r1")])
    assert first.refusal(cluster([], [(DAY + 3, DAY + 3, False, "r1")]),
                         same_sentence=False) is None
    # arrests of another report group's frame keep the usual slack
    assert first.refusal(cluster([], [(DAY + 3, DAY + 3, False, "r2")]),
                         same_sentence=False) == "periods do not overlap"


def follow_up(dead_sentence: str) -> tuple[Batch, str, str]:
    """One report published weeks after the shooting, its lead telling the arrest."""
    b = Batch()
    b.report("d1", published="2031-09-18", lead="Man held over Sibi market killings\n\n")
    held = b.add("d1", "Police arrested a man in Sibi on Tuesday in the killing of three traders "
                 "shot dead at the market on Aug. 4.", "a man", 1, measure="arrested",
                 location="Sibi", date="2031-09-16")
    dead = b.add("d1", dead_sentence, "three", 3, subject="traders", location="Sibi",
                 date=MONDAY)
    return b, held, dead


def test_a_follow_up_s_arrest_joins_the_incident_its_lead_dates() -> None:
    b, held, dead = follow_up("Gunmen shot dead three traders at the market on Aug. 4.")
    events = group(b.claims, documents=b.documents())
    assert event_of(events, held).id == event_of(events, dead).id


def test_a_follow_up_s_arrest_stays_apart_from_a_day_its_lead_never_names() -> None:
    # the lead names no day of the shooting: a day told paragraphs further down sets no frame
    b = Batch()
    b.report("d1", published="2031-09-18", lead="Man held over Sibi market killings\n\n")
    held = b.add("d1", "Police arrested a man in Sibi on Tuesday in connection with the "
                 "killings.", "a man", 1, measure="arrested", location="Sibi", date="2031-09-16")
    b.texts["d1"] += "".join(
        f"\n\n{words} The market reopened under guard and traders returned to their stalls."
        for words in ("Shops stayed shut for days.", "Elders met the police.",
                      "A vigil was held.")
    ) + "\n\n"
    dead = b.add("d1", "Gunmen shot dead three traders at the market on Aug. 4.", "three", 3,
                 subject="traders", location="Sibi", date=MONDAY)
    events = group(b.claims, documents=b.documents())
    assert event_of(events, held).id != event_of(events, dead).id
