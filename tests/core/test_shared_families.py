"""In one incident's frame, a figure of a kind the other event already holds (a protest
beside the firing on it) is never kept apart as another kind of event."""

from __future__ import annotations

from core.group.match import _Cluster


def cluster(
    families: set[str], kinds: set[str], *, beside: frozenset[str] = frozenset()
) -> _Cluster:
    return _Cluster(
        members=[len(kinds)], periods=[], places=[], total=False, incident=True,
        families=set(families), kinds=set(kinds), beside=set(beside), frames={"r1"},
    )


def test_a_protest_figure_joins_the_firing_event_that_holds_the_protest() -> None:
    # "14 officers were hurt as the crowd threw stones": a protest told without violence
    hurt = cluster({"protest"}, {"protest"})
    firing = cluster({"attack", "protest"}, {"shooting", "protest"}, beside=frozenset({"protest"}))
    assert hurt.refusal(firing, same_sentence=False) is None


def test_a_protest_figure_stays_apart_from_a_bombing_holding_no_protest() -> None:
    hurt = cluster({"protest"}, {"protest"})
    bombing = cluster({"attack"}, {"bombing"})
    refused = hurt.refusal(bombing, same_sentence=False)
    assert refused is not None
    assert refused.startswith("different kinds of event")
