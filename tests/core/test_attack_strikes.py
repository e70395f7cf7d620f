"""An outlet's generic "attacks" for the shelling or strikes another outlet tells ("mortar
shells hit homes" / "attacks on the district"): on one day in one place the two kinds set
nothing against each other (``rules/event_types.json`` co_occurring), as an attack and a
kidnapping do not; a bombing and a strike, or an attack and an army operation, still do."""

from __future__ import annotations

from core.group.match import group
from core.group.vocabulary import kinds_meet
from core.model import Event
from tests.core.claim_factory import Batch

DAY = "2031-05-12"


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def shelled() -> tuple[Batch, list[str]]:
    """Two reports of one day's shelling of one district, one calling it attacks."""
    b = Batch()
    b.report("d1", published="2031-05-13",
             lead="Shelling kills four civilians in Spin Boldak\n\n")
    said = ("Four civilians were killed and nine wounded in shelling on Spin Boldak on Monday, "
            "officials said.")
    ids = [b.add("d1", said, "Four", 4, location="Spin Boldak", date=DAY)]
    ids.append(b.add("d1", said, "nine", 9, measure="injured", location="Spin Boldak", date=DAY))
    b.report("d2", published="2031-05-13",
             lead="Ministry says five civilians killed in cross-border attacks on Kandahar\n\n")
    ids.append(b.add("d2", "The defence ministry said five civilians were killed in attacks on "
                     "Spin Boldak on Monday.", "five", 5, location="Spin Boldak", date=DAY))
    return b, ids


def test_attacks_and_the_shelling_of_one_day_and_place_are_one_event() -> None:
    b, (dead, hurt, attacks) = shelled()
    events = group(b.claims, documents=b.documents())
    assert event_of(events, attacks).id == event_of(events, dead).id == event_of(events, hurt).id


def test_the_generic_attack_meets_a_strike_only() -> None:
    assert kinds_meet({"attack"}, {"airstrike"})
    assert kinds_meet({"airstrike"}, {"attack"})
    assert not kinds_meet({"bombing"}, {"airstrike"})
    assert not kinds_meet({"shooting"}, {"airstrike"})
    assert not kinds_meet({"attack"}, {"operation"})
    assert not kinds_meet({"attack"}, {"clash"})


def test_a_bombing_and_a_strike_of_one_day_and_place_stay_apart() -> None:
    b = Batch()
    b.report("d1", published="2031-05-13", lead="Car bomb kills four in Spin Boldak market\n\n")
    bomb = b.add("d1", "Four people were killed when a car bomb exploded in a market in Spin "
                 "Boldak on Monday, police said.", "Four", 4, location="Spin Boldak", date=DAY)
    b.report("d2", published="2031-05-13",
             lead="Drone strike kills five militants near Spin Boldak\n\n")
    strike = b.add("d2", "Five militants were killed in a drone strike on a compound in Spin "
                   "Boldak on Monday, officials said.", "Five", 5, location="Spin Boldak",
                   date=DAY)
    events = group(b.claims, documents=b.documents())
    assert event_of(events, bomb).id != event_of(events, strike).id
