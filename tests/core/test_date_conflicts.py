"""Reports of one incident that give it different days; what is not such a disagreement."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from core.export.jsonfile import to_json_dict
from core.export.xlsx import write_xlsx
from core.group.conflicts import find_conflicts
from core.model import Conflict, Event, Result
from tests.core.claim_factory import Batch


def conflicts_of(b: Batch) -> tuple[Conflict, ...]:
    event = Event(id="e1", label="test", claim_ids=tuple(c.id for c in b.claims))
    return find_conflicts([event], b.claims, documents=b.documents())


def dated(b: Batch) -> list[Conflict]:
    return [x for x in conflicts_of(b) if x.about == "date"]


def report(b: Batch, doc: str, sentence: str, figure: str, value: float, *, day: str,
           published: str = "2026-03-16", date_text: str | None = None) -> str:
    b.report(doc, published=published, outlet=f"Outlet {doc}")
    cid = b.add(doc, sentence, figure, value, subject="people", date=day)
    if date_text is not None:  # the factory leaves date_text unset
        i = int(cid[1:]) - 1
        from dataclasses import replace
        b.claims[i] = replace(b.claims[i], date_text=date_text)
    return cid


def test_two_reports_giving_the_incident_different_days_contradict() -> None:
    b = Batch()
    a = report(b, "d1", "Nine people were killed in the blast on Friday.", "Nine", 9,
               day="2026-03-13", date_text="on Friday")
    c = report(b, "d2", "Nine people were killed in the blast on Saturday.", "Nine", 9,
               day="2026-03-14", date_text="on Saturday")
    [x] = dated(b)
    assert (x.kind, x.measure, x.claim_ids) == ("contradiction", "killed", (a, c))
    assert x.explanation == (
        "reports give the incident different days: Friday 2026-03-13 (Outlet d1: “on Friday”)"
        " vs Saturday 2026-03-14 (Outlet d2: “on Saturday”)")
    # the figures agree: that is still said, apart from the dates
    assert [y.kind for y in conflicts_of(b) if y.about == "figure"] == ["consistent"]


def test_the_same_day_a_period_or_no_date_is_no_date_disagreement() -> None:
    b = Batch()
    report(b, "d1", "Nine people were killed on Friday.", "Nine", 9, day="2026-03-13")
    report(b, "d2", "Nine people were killed on Friday night.", "Nine", 9, day="2026-03-13")
    b.report("d3", published="2026-03-16")
    b.add("d3", "Nine people were killed last week.", "Nine", 9, subject="people",
          date="2026-03-09", date_end="2026-03-15")
    b.add("d4", "Nine people were killed.", "Nine", 9, subject="people")
    assert dated(b) == []


def test_a_revised_toll_is_dated_by_the_revision_not_the_incident() -> None:
    b = Batch()
    report(b, "d1", "Nine people were killed in the blast on Friday.", "Nine", 9,
           day="2026-03-13", published="2026-03-13")
    report(b, "d2", "The death toll rose to 12 on Sunday.", "12", 12, day="2026-03-15")
    assert dated(b) == []
    assert [x.kind for x in conflicts_of(b)] == ["update"]


def test_a_day_after_the_other_report_was_published_is_a_follow_up() -> None:
    b = Batch()
    report(b, "d1", "Nine people were killed in the blast on Friday.", "Nine", 9,
           day="2026-03-13", published="2026-03-13")
    report(b, "d2", "A tenth victim was killed on Monday when a wall fell.", "tenth", 1,
           day="2026-03-16", published="2026-03-17")
    assert dated(b) == []


def test_a_report_that_gives_both_days_spans_them() -> None:
    b = Batch()
    report(b, "d1", "Four people were killed on Friday.", "Four", 4, day="2026-03-13")
    report(b, "d1", "Five people were killed on Saturday.", "Five", 5, day="2026-03-14")
    report(b, "d2", "Four people were killed on Friday.", "Four", 4, day="2026-03-13")
    report(b, "d3", "Five people were killed on Saturday.", "Five", 5, day="2026-03-14")
    assert dated(b) == []


def test_days_either_side_of_a_midnight_are_divergent() -> None:
    b = Batch()
    report(b, "d1", "Nine people were killed late on Friday.", "Nine", 9, day="2026-03-13",
           date_text="late on Friday")
    report(b, "d2", "Nine people were killed early on Saturday.", "Nine", 9, day="2026-03-14",
           date_text="early on Saturday")
    [x] = dated(b)
    assert x.kind == "divergent"
    assert x.explanation.endswith("a day apart at night, maybe either side of midnight")


def test_a_night_word_away_from_the_day_does_not_soften_the_disagreement() -> None:
    b = Batch()
    report(b, "d1", "The Red Dawn Front bombing on Friday killed nine people.", "nine", 9,
           day="2026-03-13", date_text="on Friday")
    report(b, "d2", "Nine people were killed on Saturday, hours before the late edition.",
           "Nine", 9, day="2026-03-14", date_text="on Saturday")
    assert [x.kind for x in dated(b)] == ["contradiction"]


def test_counts_of_other_things_are_not_dated_against_each_other() -> None:
    b = Batch()
    for doc, day in (("d1", "2026-03-13"), ("d2", "2026-03-14")):
        b.report(doc, published="2026-03-16")
        b.add(doc, "Police carried out 40 operations.", "40", 40, measure="operations",
              subject="operations", date=day)
    assert dated(b) == []


def test_every_report_on_each_day_is_named_once() -> None:
    b = Batch()
    ids = [report(b, d, "Nine people were killed on Friday.", "Nine", 9, day="2026-03-13",
                  date_text="on Friday") for d in ("d1", "d2")]
    ids.append(report(b, "d3", "Nine people were killed on Thursday.", "Nine", 9,
                      day="2026-03-12", date_text="on Thursday"))
    [x] = dated(b)
    assert x.claim_ids == (ids[2], ids[0], ids[1])  # by day
    assert ("Thursday 2026-03-12 (Outlet d3: “on Thursday”) vs Friday 2026-03-13 "
            "(Outlet d1: “on Friday”; Outlet d2: “on Friday”)") in x.explanation


def test_a_day_carried_from_the_lead_is_not_set_against_another_report() -> None:
    # "has died" dated by the lead's "Friday night" (the shooting), the other report by the
    # day of the death: each report is right about its own happening.
    b = Batch()
    report(b, "d1", "The girl who was shot has died, police said.", "girl", 1,
           day="2026-03-13", date_text="Friday night")
    report(b, "d2", "Police said the girl died Saturday of her wound.", "girl", 1,
           day="2026-03-14", date_text="Saturday")
    assert dated(b) == []


def two_days() -> Result:
    b = Batch()
    report(b, "d1", "Nine people were killed in the blast on Friday.", "Nine", 9,
           day="2026-03-13", date_text="on Friday")
    report(b, "d2", "Nine people were killed in the blast on Saturday.", "Nine", 9,
           day="2026-03-14", date_text="on Saturday")
    event = Event(id="e1", label="Korvath · bombing", claim_ids=("c1", "c2"))
    return Result(documents=tuple(b.documents()), claims=tuple(b.claims), events=(event,),
                  conflicts=conflicts_of(b))


def test_the_json_export_lists_date_conflicts_apart_from_the_contract_s_conflicts() -> None:
    data = to_json_dict(two_days())
    # a consumer of claims/1 reads conflicts[].kind as how the figures relate: they agree
    assert [(x["kind"], x["claim_ids"]) for x in data["conflicts"]] == [
        ("consistent", ["c1", "c2"])]
    [x] = data["date_conflicts"]
    assert (x["kind"], x["about"], x["measure"], x["event_id"]) == (
        "contradiction", "date", "killed", "e1")
    assert x["days"] == [{"date": "2026-03-13", "claim_ids": ["c1"]},
                         {"date": "2026-03-14", "claim_ids": ["c2"]}]
    assert x["explanation"].startswith("reports give the incident different days")


def test_the_workbook_shows_a_date_conflict_with_each_report_s_day(tmp_path: Path) -> None:
    target = tmp_path / "claims.xlsx"
    write_xlsx(two_days(), target)
    wb = openpyxl.load_workbook(target)
    rows = [[c.value for c in row] for row in wb["Conflicts"].iter_rows(min_row=2)]
    events = [[c.value for c in row] for row in wb["Events"].iter_rows(min_row=2)]
    wb.close()
    dated = [r for r in rows if r[0] == "date: contradiction"]
    assert len(dated) == 1
    assert dated[0][3:9] == ["c1", "Nine killed · 2026-03-13", "d1", "c2",
                             "Nine killed · 2026-03-14", "d2"]
    assert "date: contradiction (c1, c2)" in events[0][9]


def test_clashing_days_are_those_of_trying_every_report_for_each_pair() -> None:
    """Which reports clash on which days (and by how many days) is what asking every report
    whether it gives both days finds, among many reports that each give a few days."""
    import datetime as dt
    import itertools
    import random

    from core.group.date_conflicts import _both_knowable, _clashes

    rng = random.Random(9)
    base = dt.date(2026, 3, 1)
    by_doc: dict[str, dict[dt.date, list[object]]] = {
        f"d{n}": {base + dt.timedelta(days=rng.randint(0, 9)): [] for _ in range(rng.randint(1, 3))}
        for n in range(40)
    }
    published = {
        d: rng.choice([None, base + dt.timedelta(days=rng.randint(5, 12))]) for d in by_doc
    }
    clashing: set[tuple[str, dt.date]] = set()
    gaps: set[int] = set()
    for a, b in itertools.combinations(by_doc, 2):
        if by_doc[a].keys() & by_doc[b].keys():
            continue
        for da, db in itertools.product(by_doc[a], by_doc[b]):
            spanned = any(da in days and db in days for days in by_doc.values())
            if not spanned and _both_knowable(da, db, (published[a], published[b])):
                clashing |= {(a, da), (b, db)}
                gaps.add(abs((da - db).days))
    assert clashing
    assert gaps
    assert _clashes(by_doc, published) == (clashing, gaps)
