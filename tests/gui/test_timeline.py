"""The timeline: one point per report, one group of victims, figures at their points."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from core.model import Document
from gui.panels.timeline import Timeline, TimelinePoint, timeline_points

from .fakes import make_claim

DAYS = [dt.date(2031, 3, d) for d in (3, 4, 5)]


def reports() -> dict[str, Document]:
    texts = {
        "d1": "At least 16 were killed on Monday. Later police said 16 died and 24 were hurt.",
        "d2": "The toll rose to 24 on Tuesday; 2 soldiers and 8 militants were killed.",
        "d3": "By Wednesday 30 people had died.",
    }
    return {k: Document(k, t, outlet=f"Outlet {k}", published=DAYS[n])
            for n, (k, t) in enumerate(texts.items())}


def test_one_report_is_one_point_and_victim_groups_are_not_mixed() -> None:
    docs = reports()
    claims = [
        make_claim(docs["d1"], "c1", "At least 16", 16, "killed", subject="people"),
        make_claim(docs["d1"], "c2", "16", 16, "killed", subject="people",
                   at=docs["d1"].text.index("16 died")),
        make_claim(docs["d2"], "c3", "24", 24, "killed", subject="people"),
        make_claim(docs["d2"], "c4", "2", 2, "killed", subject="soldiers",
                   at=docs["d2"].text.index("2 soldiers")),
        make_claim(docs["d2"], "c5", "8", 8, "killed", subject="militants"),
        make_claim(docs["d3"], "c6", "30", 30, "killed", subject="people"),
    ]
    who, points = timeline_points(claims, docs, "killed")
    assert who not in ("soldier", "militant")
    assert sorted((p.when, p.value) for p in points) == [
        (DAYS[0], 16), (DAYS[1], 24), (DAYS[2], 30)]
    # a report's two figures: its highest is its point
    more = [*claims, dataclasses.replace(claims[1], id="c7", value=20)]
    _, points = timeline_points(more, docs, "killed")
    assert [p.value for p in sorted(points, key=lambda p: p.when)] == [20, 24, 30]


def test_figures_are_drawn_at_their_points(qtbot: Any) -> None:
    timeline = Timeline()
    qtbot.addWidget(timeline)
    timeline.resize(320, 140)
    timeline.set_points("killed", [TimelinePoint(DAYS[0], 16, "a"),
                                   TimelinePoint(DAYS[0], 17, "b"),
                                   TimelinePoint(DAYS[1], 24, "c"),
                                   TimelinePoint(DAYS[2], 32, "d")])
    timeline.show()
    timeline.grab()  # paints
    spots = timeline.positions()
    assert len(timeline.label_rects) == 4
    for spot, rect in zip(spots, timeline.label_rects, strict=True):
        assert abs(rect.center().x() - spot.x()) < 1
        assert abs(rect.center().y() - spot.y()) < rect.height() + 8
    for a, b in zip(timeline.label_rects, timeline.label_rects[1:], strict=False):
        assert not a.intersects(b)
