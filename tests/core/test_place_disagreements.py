"""Reports of one incident that name different places for it (issue #11, grouping): a town
and its neighbour a few kilometres away, or a town the other report names too, are no
evidence against one incident, and the figures of one incident's reports stay one event
when their sentences name neighbouring towns; towns far apart still keep them apart."""

from __future__ import annotations

import datetime as dt

from core.group.incidents import _idf, cluster_reports, describe_report
from core.group.match import group
from core.group.report_evidence import compare
from core.model import Document, Event
from tests.core.claim_factory import Batch

DAY = "2031-06-02"
BUS_STAND = (
    "SUKKUR: Gunmen kill four at Sukkur bus stand\n"
    "SUKKUR: Two gunmen on a motorcycle opened fire at a crowded bus stand in Sukkur "
    "on Monday, killing four passengers, police officer Zafarullah Khunbar said.\n"
    "The Lashkar-e-Qamar group claimed the shooting in a message to reporters.\n"
)


def other_report(town: str) -> str:
    return (
        f"Four shot dead at bus stand in {town}\n"
        f"Four passengers died when two gunmen on a motorcycle fired at a bus stand in {town} "
        "on Monday, officials said.\n"
        "Zafarullah Khunbar, a police officer, said the gunmen fled. The Lashkar-e-Qamar group "
        "said it carried out the attack.\n"
    )


def doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text, published=dt.date.fromisoformat(DAY))


def place_reasons(first: str, second: str) -> tuple[str, ...]:
    reports = [describe_report(doc("d1", first)), describe_report(doc("d2", second))]
    found = compare(reports[0], reports[1], _idf(reports))
    assert found is not None
    return found[1]


def test_neighbouring_towns_are_no_evidence_against_one_incident() -> None:
    reasons = place_reasons(BUS_STAND, other_report("Rohri"))
    assert "Sukkur / Rohri, neighbouring towns" in reasons
    groups = [set(g.document_ids) for g in cluster_reports(
        [doc("d1", BUS_STAND), doc("d2", other_report("Rohri"))])[1]]
    assert {"d1", "d2"} in groups


def test_towns_far_apart_count_against() -> None:
    reasons = place_reasons(BUS_STAND, other_report("Larkana"))
    assert "different places (Sukkur / Larkana)" in reasons


def test_a_town_both_reports_name_is_no_evidence_against() -> None:
    home = other_report("Larkana") + "The four were travelling home to Sukkur.\n"
    reasons = place_reasons(BUS_STAND, home)
    assert "Sukkur / Larkana, both reports name both" in reasons


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def figures_of_two_reports(town: str) -> tuple[tuple[Event, ...], str, str]:
    b = Batch()
    b.report("d1", published=DAY, lead=BUS_STAND)
    b.report("d2", published=DAY, lead=other_report(town))
    first = b.add("d1", "Four people were shot dead at the bus stand in Sukkur on Monday.",
                  "Four", 4, location="Sukkur", date="2031-06-01")
    second = b.add("d2", f"Five passengers were killed at the bus stand in {town} on Monday.",
                   "Five", 5, location=town, date="2031-06-01")
    return group(b.claims, documents=b.documents()), first, second


def test_figures_of_one_incident_placed_in_neighbouring_towns_share_its_event() -> None:
    events, first, second = figures_of_two_reports("Rohri")
    assert event_of(events, first).id == event_of(events, second).id


def test_figures_placed_in_towns_far_apart_stay_apart() -> None:
    events, first, second = figures_of_two_reports("Larkana")
    assert event_of(events, first).id != event_of(events, second).id
