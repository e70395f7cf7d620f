"""Figures that recall a past event (core/group/background.py): a report on a new quake
recalls the toll of an old one. Reports we wrote, in the way disaster news recalls the past."""

from __future__ import annotations

import datetime as dt

from core.group.background import recalls_past, report_days
from core.group.incidents import describe_report
from core.group.match import group
from core.group.pair_scores import claim_facts, score_pair
from tests.core.claim_factory import Batch

PAST = "The 2004 tsunami killed 230,000 people around the Indian Ocean, most of them in Aceh."


def _day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


def new_quake(b: Batch, doc: str, day: str, town: str, dead: int, *, published: bool) -> str:
    """A report of a new quake in ``town`` that recalls the 2004 tsunami; the id of its toll."""
    b.report(doc, published=day if published else None)
    toll = b.add(doc, f"The quake killed {dead} people in {town} on Tuesday.", str(dead), dead,
                 subject="people", location=town, date=day)
    b.add(doc, PAST, "230,000", 230_000, subject="people", location="Aceh",
          date="2004-01-01", date_end="2004-12-31")
    return toll


def test_a_report_is_dated_by_its_publication_else_by_its_incidents_figures() -> None:
    b = Batch()
    new_quake(b, "d1", "2026-03-03", "Padang", 12, published=False)
    new_quake(b, "d2", "2026-05-10", "Medan", 4, published=True)
    b.report("d3")
    b.add("d3", PAST, "230,000", 230_000, date="2004-01-01", date_end="2004-12-31")
    days = report_days(b.claims, {"d2": _day("2026-05-11")})
    # A year-long period dates no incident: the report that only recalls 2004 has no day.
    assert days == {"d1": _day("2026-03-03"), "d2": _day("2026-05-11")}
    assert recalls_past(_day("2004-12-31"), days["d1"])
    assert not recalls_past(_day("2026-02-20"), days["d1"])  # weeks before: not a past event
    assert not recalls_past(_day("2004-12-31"), None)


def test_a_past_toll_in_an_undated_report_does_not_stand_for_its_incident() -> None:
    b = Batch()
    b.report("d1", lead="Quake strikes Padang, killing 12; officials recall the 2004 tsunami.")
    b.add("d1", "The quake killed 12 people in Padang on Tuesday.", "12", 12,
          subject="people", location="Padang", date="2026-03-03")
    past = b.add("d1", "The tsunami of 26 December 2004 killed 230,000 people in Aceh.",
                 "230,000", 230_000, subject="people", location="Aceh", date="2004-12-26")
    b.report("d2", lead="Quake strikes Padang, killing 12; rescuers search the rubble.")
    undated = b.add("d2", "At least 230,000 people were killed, a rescuer told reporters.",
                    "230,000", 230_000, subject="people")
    documents = b.documents()
    frames = {d.id: ("r1", describe_report(d)) for d in documents}
    facts = {f.claim.id: f for f in claim_facts(b.claims, documents, frames)}
    assert facts[past].background
    assert not facts[past].in_frame
    assert facts[undated].in_frame
    assert not facts[undated].background
    # Without its report's frame, a dated past toll and an undated figure of another report
    # have nothing in common: the report group is no evidence for the past event.
    assert score_pair(facts[past], facts[undated], b.texts) is None


def test_two_reports_that_recall_one_past_disaster_alike_agree_on_it() -> None:
    b = Batch()
    new_quake(b, "d1", "2026-03-03", "Padang", 12, published=True)
    new_quake(b, "d2", "2026-03-03", "Padang", 12, published=True)
    past = [c.id for c in b.claims if c.value == 230_000]
    events = group(b.claims, documents=b.documents())
    linked = [e for e in events if set(past) <= set(e.claim_ids)]
    assert linked, "one past event, recalled alike by two reports"
    assert any("both recall a past event" in r for link in linked[0].links for r in link.reasons)


def test_reports_of_two_new_quakes_are_not_tied_by_the_past_disaster_both_recall() -> None:
    b = Batch()
    first = new_quake(b, "d1", "2026-03-03", "Padang", 12, published=True)
    second = new_quake(b, "d2", "2026-05-10", "Medan", 4, published=True)
    events = group(b.claims, documents=b.documents())
    of = {cid: e.id for e in events for cid in e.claim_ids}
    assert of[first] != of[second]
    for e in events:  # no event holds one report's new toll and the other report's figures
        docs = {c.document_id for c in b.claims if c.id in e.claim_ids}
        current = {c.id for c in b.claims if c.id in e.claim_ids and c.value != 230_000}
        assert not (current and len(docs) > 1)


def _undated_facts(sentences: list[tuple[str, str]]) -> list[bool]:
    """Whether each undated figure (sentence, figure) of one undated report recalls the past."""
    b = Batch()
    b.report("d1", lead="A quake shook the coast of Lombok on Sunday, hurting six people.")
    ids = [b.add("d1", s, f, float(f) if f.isdigit() else 6, measure="injured",
                 subject="people") for s, f in sentences]
    facts = {f.claim.id: f for f in claim_facts(b.claims, b.documents())}
    return [facts[i].background for i in ids]


def test_wording_that_recalls_an_older_quake_marks_its_undated_figures_as_background() -> None:
    assert _undated_facts([
        ("A stronger quake hit the same coast in March, injuring 30 people.", "30"),
        ("The coast was struck three years after a quake that injured 900 people.", "900"),
        ("A quake last year injured 70 people on the island.", "70"),
        ("Two years after a quake that injured 900, the coast was hit again.", "900"),
        ("An earlier quake had injured 25 people in the same villages.", "25"),
    ]) == [True, True, True, True, True]


def test_the_reports_own_incident_in_like_words_is_not_background() -> None:
    assert _undated_facts([
        ("The quake injured six people, officials said.", "six"),
        # the figure stands before the stretch of time: it is the report's own
        ("It injured 12 people two years after the town was rebuilt.", "12"),
        ("Two years after a quake that injured 900, the coast was hit again, injuring nine.",
         "nine"),
        ("An earlier report said 8 people were injured.", "8"),
        ("The quake injured 6 people in March 2026, the agency said.", "6"),
        ("Aid may reach the 14 injured people by evening.", "14"),
    ]) == [False, False, False, False, False, False]


def test_an_undated_report_keeps_an_older_months_toll_apart_from_its_own() -> None:
    b = Batch()
    b.report("d1", lead="A quake shook the coast of Lombok on Sunday, hurting six people.")
    own = b.add("d1", "The quake on Sunday injured six people in Lombok.", "six", 6,
                measure="injured", subject="people", location="Lombok")
    old = b.add("d1", "A stronger quake hit Lombok in March, injuring 30 people.", "30", 30,
                measure="injured", subject="people", location="Lombok")
    b.report("d2", lead="A quake shook the coast of Lombok on Sunday, hurting six people.")
    other = b.add("d2", "Six people were injured in Lombok, officials said.", "Six", 6,
                  measure="injured", subject="people", location="Lombok")
    events = group(b.claims, documents=b.documents())
    of = {cid: e.id for e in events for cid in e.claim_ids}
    assert of[own] == of[other]
    assert of[old] not in (of[own], of[other])
