"""Reports grouped as one incident: a place a figure's sentence does not name (carried from the
dateline or an earlier paragraph) is no evidence against another report's place, even when the
figure stands outside its report's frame ("police said, correcting earlier figures"). Places
both sentences name, and places of reports no group ties, still keep figures apart."""

from __future__ import annotations

import datetime as dt

from core.group.match import _Cluster
from core.group.place_readings import PlacedFigure, kept_apart, place_reading
from core.text import places

DAY = dt.date(2026, 5, 6).toordinal()


def placed(
    town: str, doc: str, *, stated: bool, frame: str | None, group: str | None = "r1"
) -> PlacedFigure:
    place = places.resolve(town)
    assert place is not None
    return PlacedFigure(
        place, (doc, stated, frame), group, place_reading(town, place), days=(DAY, DAY)
    )


def cluster(*where: PlacedFigure) -> _Cluster:
    return _Cluster(
        members=[len(where)], periods=[], places=list(where), total=False, incident=True,
        families=set(), kinds=set(),
    )


def test_an_unframed_figure_carrying_its_dateline_joins_the_groups_town() -> None:
    # the lead of one report names the scene; the other report's corrected toll, out of its
    # frame, carries the town of its dateline
    scene = placed("Elyria", "d1", stated=True, frame="r1")
    dateline = placed("Cleveland", "d2", stated=False, frame=None)
    assert not kept_apart(scene, dateline)
    assert not kept_apart(dateline, scene)
    assert cluster(scene).refusal(cluster(dateline), same_sentence=False) is None


def test_a_carried_place_on_both_sides_keeps_nothing_apart() -> None:
    carried = placed("Cleveland", "d2", stated=False, frame=None)
    other = placed("Elyria", "d1", stated=False, frame="r1")
    assert not kept_apart(carried, other)


def test_places_both_unframed_sentences_name_still_keep_apart() -> None:
    # "in Cleveland" and "in Elyria", each in its own sentence: two incidents of the day
    one = placed("Elyria", "d1", stated=True, frame="r1")
    other = placed("Cleveland", "d2", stated=True, frame=None)
    assert kept_apart(one, other)
    assert cluster(one).refusal(cluster(other), same_sentence=False) == (
        "different places (Elyria / Cleveland)"
    )


def test_a_carried_place_of_an_ungrouped_report_still_keeps_apart() -> None:
    scene = placed("Elyria", "d1", stated=True, frame="r1")
    stray = placed("Cleveland", "d3", stated=False, frame=None, group=None)
    assert kept_apart(scene, stray)


def test_a_carried_place_of_another_group_still_keeps_apart() -> None:
    scene = placed("Elyria", "d1", stated=True, frame="r1")
    other = placed("Cleveland", "d3", stated=False, frame=None, group="r2")
    assert kept_apart(scene, other)
