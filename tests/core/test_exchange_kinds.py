"""An attack and the reply to it are one incident (issue #11, grouping): one outlet counts the
guards killed in an attack on a post, another the attackers killed when the guards fired back,
or calls the same fight a clash or an operation. In the frame of reports grouped as one
incident, on its day, the attack and the military families set no kind against each other;
outside such a frame (reports not grouped as one incident) they still do."""

from __future__ import annotations

from core.group.match import group
from core.group.pair_scores import claim_facts
from core.model import Event
from tests.core.claim_factory import Batch

DAY = "2031-04-18"
STORMED = (
    "CHAMAN: Militants storm border post, kill three guards\n"
    "CHAMAN: Militants armed with rockets stormed a border post near Chaman on Friday, "
    "killing three guards, district officer Gul Wazir Achakzai said.\n"
    "The Jaish-e-Sahra group claimed the assault in a message to reporters.\n"
)
REPELLED = (
    "Guards repel raid on Chaman border post, five attackers killed\n"
    "CHAMAN: Guards fought off militants who raided a border post near Chaman on Friday, "
    "killing five of the attackers, district officer Gul Wazir Achakzai said.\n"
    "The Jaish-e-Sahra group said three guards had died in the assault.\n"
)
UNRELATED = (
    "Army says 40 insurgents surrendered in Balochistan this month\n"
    "QUETTA: Forty insurgents laid down their arms at a ceremony at the Frontier Corps "
    "headquarters, spokesman Major Idrees Lango told a news conference on Friday.\n"
    "He said a sweep of the hills was continuing.\n"
)


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def two_reports(second_lead: str) -> tuple[Batch, str, str]:
    b = Batch()
    b.report("d1", published=DAY, lead=STORMED)
    b.report("d2", published=DAY, lead=second_lead)
    first = b.add("d1", "The militants stormed the post near Chaman and killed three guards on "
                  "Friday.", "three", 3, location="Chaman", date=DAY)
    second = b.add("d2", "Five attackers were killed in the clash with the guards near Chaman "
                   "on Friday.", "Five", 5, location="Chaman", date=DAY)
    return b, first, second


def test_the_two_figures_are_of_two_families() -> None:
    b, _, _ = two_reports(REPELLED)
    assert [f.family for f in claim_facts(b.claims, b.documents())] == ["attack", "military"]


def test_an_attack_and_the_clash_that_repelled_it_are_one_event() -> None:
    b, first, second = two_reports(REPELLED)
    events = group(b.claims, documents=b.documents())
    assert event_of(events, first).id == event_of(events, second).id


def test_an_attack_and_a_clash_in_reports_of_two_incidents_stay_apart() -> None:
    b, first, second = two_reports(UNRELATED)
    events = group(b.claims, documents=b.documents())
    assert event_of(events, first).id != event_of(events, second).id


SWEEP = (
    "Troops sweep hills after Chaman border post attack\n"
    "CHAMAN: Troops began a sweep of the hills near Chaman on Saturday, a day after "
    "militants stormed a border post and killed three guards, district officer Gul Wazir "
    "Achakzai said.\n"
    "The Jaish-e-Sahra group had claimed the assault.\n"
)


def sweep_report(sentence: str, figure: str, value: int, **fields: str) -> tuple[Batch, str, str]:
    b = Batch()
    b.report("d1", published="2031-04-20", lead=STORMED)
    b.report("d2", published="2031-04-20", lead=SWEEP)
    first = b.add("d1", "The militants stormed the post near Chaman and killed three guards on "
                  "Friday.", "three", 3, location="Chaman", date=DAY)
    second = b.add("d2", sentence, figure, value, location="Chaman", **fields)  # type: ignore[arg-type]
    return b, first, second


def test_an_operation_launched_after_the_attack_s_day_stays_its_own_event() -> None:
    b, first, second = sweep_report(
        "Troops killed six militants in the sweep near Chaman since Saturday.", "six", 6,
        date="2031-04-19", date_end="2031-04-20",
    )
    events = group(b.claims, documents=b.documents())
    assert event_of(events, first).id != event_of(events, second).id


def test_a_count_of_raids_on_the_attack_s_day_is_no_side_of_the_exchange() -> None:
    b, first, second = sweep_report(
        "Troops carried out 14 raids near Chaman on Friday.", "14", 14, date=DAY,
        measure="operations",
    )
    events = group(b.claims, documents=b.documents())
    assert event_of(events, first).id != event_of(events, second).id
