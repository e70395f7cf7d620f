"""The checker's event decisions: each changes exactly the claims it names."""

from __future__ import annotations

import itertools

from core.group.decisions import EventDecision, apply, regroup
from core.model import Event
from tests.core.claim_factory import Batch


def two_incidents() -> tuple[Batch, dict[str, str]]:
    """A market bombing in Drovna told by two outlets, and a raid in Kelm told by one."""
    b = Batch()
    b.report("d1", published="2033-05-08")
    b.report("d2", published="2033-05-09")
    b.report("d3", published="2033-05-08")
    bomb = ("At least 23 people were killed and more than 45 wounded in a bombing at the "
            "Drovna market on Saturday.")
    bomb2 = "Nearly 30 people died in the Drovna market bombing on Saturday, officials said."
    raid = ("Security forces killed 8 militants in a raid in Kelm on Saturday; 2 soldiers "
            "were killed.")
    ids = {
        "dead1": b.add("d1", bomb, "At least 23", 23, qualifier="at_least", subject="people",
                       location="Drovna", date="2033-05-08"),
        "hurt1": b.add("d1", bomb, "more than 45", 45, qualifier="more_than",
                       measure="injured", subject="people", location="Drovna",
                       date="2033-05-08"),
        "dead2": b.add("d2", bomb2, "Nearly 30", 30, qualifier="nearly", subject="people",
                       location="Drovna", date="2033-05-08"),
        "militants": b.add("d3", raid, "8", 8, subject="militants", location="Kelm",
                           date="2033-05-08", actor="security forces"),
        "soldiers": b.add("d3", raid, "2", 2, subject="soldiers", location="Kelm",
                          date="2033-05-08"),
    }
    return b, ids


def groups(events: tuple[Event, ...]) -> set[frozenset[str]]:
    return {frozenset(e.claim_ids) for e in events}


def run(b: Batch, *decisions: EventDecision) -> tuple[Event, ...]:
    events, _ = regroup(b.claims, documents=b.documents(), decisions=decisions)
    return events


def test_the_invented_story_groups_as_written() -> None:
    b, c = two_incidents()
    assert groups(run(b)) == {frozenset({c["dead1"], c["hurt1"], c["dead2"]}),
                              frozenset({c["militants"], c["soldiers"]})}


def test_move_puts_exactly_the_named_claims_into_the_target() -> None:
    b, c = two_incidents()
    before = groups(run(b))
    moved = run(b, EventDecision("move", (c["soldiers"], c["dead1"])))
    assert groups(moved) == {frozenset({c["dead1"], c["hurt1"], c["dead2"], c["soldiers"]}),
                             frozenset({c["militants"]})}
    # and back: the anchor is a claim of the raid event
    back = run(b, EventDecision("move", (c["soldiers"], c["dead1"])),
               EventDecision("move", (c["soldiers"], c["militants"])))
    assert groups(back) == before


def test_move_back_gives_the_original_events_and_conflicts() -> None:
    b, c = two_incidents()
    events, conflicts = regroup(b.claims, documents=b.documents(), decisions=())
    again = regroup(b.claims, documents=b.documents(), decisions=(
        EventDecision("move", (c["dead1"], c["militants"])),
        EventDecision("move", (c["dead1"], c["dead2"]))))
    assert again == (events, conflicts)


def test_conflicts_are_recomputed_for_both_events() -> None:
    b, c = two_incidents()
    _, before = regroup(b.claims, documents=b.documents(), decisions=())
    assert any({c["dead1"], c["dead2"]} <= set(x.claim_ids) for x in before)
    events, after = regroup(b.claims, documents=b.documents(),
                            decisions=(EventDecision("move", (c["dead1"], c["militants"])),))
    assert not any({c["dead1"], c["dead2"]} <= set(x.claim_ids) for x in after)
    raid = next(e for e in events if c["militants"] in e.claim_ids)
    assert c["dead1"] in raid.claim_ids
    assert all(set(x.claim_ids) <= set(raid.claim_ids) or x.event_id != raid.id
               for x in after)


def test_split_takes_exactly_the_named_claims_out_even_of_a_merged_event() -> None:
    b, c = two_incidents()
    merged = run(b, EventDecision("merge", (c["dead1"], c["militants"])))
    assert len(merged) == 1
    split = run(b, EventDecision("merge", (c["dead1"], c["militants"])),
                EventDecision("split", (c["soldiers"],)))
    assert groups(split) == {
        frozenset({c["dead1"], c["hurt1"], c["dead2"], c["militants"]}),
        frozenset({c["soldiers"]})}


def test_none_takes_claims_out_and_touches_no_other() -> None:
    b, c = two_incidents()
    events = run(b, EventDecision("none", (c["hurt1"],)))
    assert groups(events) == {frozenset({c["dead1"], c["dead2"]}),
                              frozenset({c["militants"], c["soldiers"]})}


def test_apply_is_plain_set_operations() -> None:
    assert apply([["a", "b"], ["c"]], [EventDecision("move", ("b", "c"))]) == [["a"],
                                                                               ["c", "b"]]
    assert apply([["a", "b"]], [EventDecision("split", ("a",)),
                                EventDecision("merge", ("a", "b"))]) == [["b", "a"]]
    # a move whose target has gone makes the claims an event of their own
    assert apply([["a"], ["b"]], [EventDecision("none", ("b",)),
                                  EventDecision("move", ("a", "b"))]) == [["a"]]


def test_an_event_the_checker_made_is_described_as_the_matcher_would_join_it() -> None:
    from core.group.match import CHECKER_SAME, describe_event, group
    from core.group.pair_scores import Decision

    b, c = two_incidents()
    members = [x for x in b.claims if x.id in (c["dead1"], c["hurt1"], c["dead2"], c["soldiers"])]
    ids = tuple(x.id for x in members)
    [joined] = group(members, documents=b.documents(), decisions=[Decision("same", ids)])
    made = describe_event(members, b.documents())
    assert (made.label, made.kind, made.location, made.date_start, made.date_end) == (
        joined.label, joined.kind, joined.location, joined.date_start, joined.date_end)
    assert made.claim_ids == ids
    # each claim linked to the one before it: a big event does not carry every pair
    assert [(link.a, link.b, link.reasons) for link in made.links] == [
        (a, b_, (CHECKER_SAME,)) for a, b_ in itertools.pairwise(ids)]


def test_a_moved_claim_s_event_is_linked_by_the_decision_once_per_claim() -> None:
    b, c = two_incidents()
    [event] = [e for e in run(b, EventDecision("move", (c["soldiers"], c["dead1"])))
               if c["soldiers"] in e.claim_ids]
    assert len(event.links) == len(event.claim_ids) - 1
