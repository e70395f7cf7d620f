"""A place a figure's sentence does not name, carried from an earlier paragraph or the
dateline, keeps two events apart only when no figure of that report's frame on the same day
names another place in its own sentence."""

from __future__ import annotations

import datetime as dt

from core.group.match import _Cluster
from core.group.place_readings import PlacedFigure
from core.text import places

DAY = dt.date(2026, 4, 9).toordinal()


def placed(
    town: str, doc: str, *, stated: bool, day: int = DAY, frame: str | None = "r1"
) -> PlacedFigure:
    place = places.resolve(town)
    assert place is not None
    return PlacedFigure(place, (doc, stated, frame), None, None, days=(day, day))


def cluster(*where: PlacedFigure) -> _Cluster:
    return _Cluster(
        members=[len(where)], periods=[], places=list(where), total=False, incident=True,
        families=set(), kinds=set(),
    )


def test_a_carried_place_its_report_contradicts_keeps_nothing_apart() -> None:
    # the report's lead names the scene; a later figure carries the town of a speaker
    report = cluster(placed("Karachi", "d1", stated=True), placed("Lahore", "d1", stated=False))
    other = cluster(placed("Karachi", "d2", stated=True, frame="r2"))
    assert report.refusal(other, same_sentence=False) is None


def test_the_report_naming_the_scene_may_stand_in_the_other_event() -> None:
    carried = cluster(placed("Lahore", "d1", stated=False))
    other = cluster(
        placed("Karachi", "d2", stated=True, frame="r2"), placed("Karachi", "d1", stated=True)
    )
    assert carried.refusal(other, same_sentence=False) is None


def test_a_place_the_sentence_names_still_keeps_apart() -> None:
    named = cluster(placed("Karachi", "d1", stated=True), placed("Lahore", "d1", stated=True))
    other = cluster(placed("Karachi", "d2", stated=True, frame="r2"))
    assert named.refusal(other, same_sentence=False) == "different places (Lahore / Karachi)"


def test_a_carried_place_of_another_day_still_keeps_apart() -> None:
    # a report telling a second incident the next day, its paragraph's town carried
    report = cluster(
        placed("Karachi", "d1", stated=True), placed("Lahore", "d1", stated=False, day=DAY + 1)
    )
    other = cluster(placed("Karachi", "d2", stated=True, frame="r2"))
    assert report.refusal(other, same_sentence=False) == "different places (Lahore / Karachi)"


def test_a_carried_place_outside_the_frame_still_keeps_apart() -> None:
    report = cluster(
        placed("Karachi", "d1", stated=True), placed("Lahore", "d1", stated=False, frame=None)
    )
    other = cluster(placed("Karachi", "d2", stated=True, frame="r2"))
    assert report.refusal(other, same_sentence=False) == "different places (Lahore / Karachi)"


def test_a_carried_place_of_a_report_naming_no_other_still_keeps_apart() -> None:
    carried = cluster(placed("Lahore", "d3", stated=False))
    other = cluster(placed("Karachi", "d2", stated=True, frame="r2"))
    assert carried.refusal(other, same_sentence=False) == "different places (Lahore / Karachi)"
