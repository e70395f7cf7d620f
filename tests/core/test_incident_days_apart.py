"""Reports grouped as one incident whose figures give its day a few days apart: one event,
the days' disagreement shown as a date conflict (not two events the checker never compares)."""

from __future__ import annotations

from pathlib import Path

from core.ingest.sources import read_sources
from core.model import Result
from core.pipeline import run
from core.settings import DEFAULT_SETTINGS

LEAD = (
    "BRAMLEY, Ohio - Three people were killed and two were wounded in a shooting at a "
    "Bramley bowling alley on {day}, police said. Officers found the victims inside the "
    "Starlight Lanes after a gunman opened fire during a league night."
)


def batch(tmp_path: Path, days: tuple[str, str], published: tuple[str, str]) -> Result:
    paths = []
    for n, day in enumerate(days):
        path = tmp_path / f"report{n}.txt"
        path.write_text(LEAD.format(day=day) + "\n\nThe gunman fled in a gray pickup.\n")
        paths.append(str(path))
    listing = tmp_path / "sources.csv"
    rows = [f"{p},{d}" for p, d in zip(paths, published, strict=True)]
    listing.write_text("file,published\n" + "\n".join(rows) + "\n")
    settings = DEFAULT_SETTINGS.replace(statements=False)
    return run(paths, settings=settings, sources=read_sources(listing, paths))


def killed_events(result: Result) -> set[str]:
    """The events holding the reports' death tolls."""
    killed = {c.id for c in result.claims if c.measure == "killed"}
    return {e.id for e in result.events if killed.intersection(e.claim_ids)}


def test_reports_of_one_incident_two_days_apart_are_one_event_with_a_date_conflict(
    tmp_path: Path,
) -> None:
    result = batch(tmp_path, ("Tuesday", "Thursday"), ("2026-03-13", "2026-03-13"))
    [event] = killed_events(result)
    dated = [x for x in result.conflicts if x.about == "date" and x.event_id == event]
    assert sorted(x.measure for x in dated) == ["injured", "killed"]


def test_three_days_apart_are_two_incidents(tmp_path: Path) -> None:
    result = batch(tmp_path, ("Monday", "Thursday"), ("2026-03-13", "2026-03-13"))
    assert len(killed_events(result)) == 2


def test_a_week_apart_is_two_incidents(tmp_path: Path) -> None:
    # the same wording a week apart: two shootings, whatever the town
    result = batch(tmp_path, ("Friday", "Friday"), ("2026-03-06", "2026-03-13"))
    assert len(killed_events(result)) == 2
