"""A figure outside its report's frame (statistic wording: "correcting earlier figures") dated
the very day a framed figure of an event gives is read on that figure's day: the slack the
frame allows its reports' days (two days) holds it against the frame's other figures, so it
joins the event instead of standing apart as a second incident."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from core.group.match import _Cluster
from core.group.periods import Period
from core.ingest.sources import read_sources
from core.model import Result
from core.pipeline import run
from core.settings import DEFAULT_SETTINGS

LEAD = (
    "BRAMLEY, Ohio - Three people were killed and two were wounded in a shooting at a "
    "Bramley bowling alley on {day}, police said. Officers found the victims inside the "
    "Starlight Lanes after a gunman opened fire during a league night.\n\n"
    "The gunman fled in a gray pickup.\n"
)

COURT = (
    "BRAMLEY, Ohio - The man accused of opening fire at the Starlight Lanes in Bramley "
    "appeared in court on Friday.\n\n"
    "Three people were killed and two were wounded in {day}'s shooting at the bowling alley, "
    "police said, correcting earlier figures.\n"
)

DAY = dt.date(2026, 3, 10).toordinal()


def batch(tmp_path: Path, court_day: str) -> Result:
    texts = [LEAD.format(day="Tuesday"), LEAD.format(day="Thursday"), COURT.format(day=court_day)]
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"report{n}.txt"
        path.write_text(text)
        paths.append(str(path))
    listing = tmp_path / "sources.csv"
    listing.write_text("file,published\n" + "".join(f"{p},2026-03-13\n" for p in paths))
    settings = DEFAULT_SETTINGS.replace(statements=False)
    return run(paths, settings=settings, sources=read_sources(listing, paths))


def court_events(result: Result) -> set[str]:
    court = {c.id for c in result.claims if c.document_id == result.documents[2].id}
    return {e.id for e in result.events if court.intersection(e.claim_ids)}


def lead_events(result: Result) -> set[str]:
    lead = {c.id for c in result.claims if c.document_id != result.documents[2].id}
    return {e.id for e in result.events if lead.intersection(e.claim_ids)}


def test_an_unframed_toll_of_the_frames_day_joins_its_event(tmp_path: Path) -> None:
    # two reports date the shooting Tuesday and Thursday (one event, a date conflict); the
    # court report's corrected toll of Tuesday's shooting is the same event's
    result = batch(tmp_path, "Tuesday")
    assert len(lead_events(result)) == 1
    assert court_events(result) == lead_events(result)


def test_an_unframed_toll_of_another_day_stays_apart(tmp_path: Path) -> None:
    # a shooting on Saturday, three days before the frame's first day: another incident
    result = batch(tmp_path, "Saturday")
    assert len(lead_events(result)) == 1
    assert court_events(result).isdisjoint(lead_events(result))


def cluster(*periods: Period) -> _Cluster:
    return _Cluster(
        members=[len(periods)], periods=list(periods), places=[], total=False, incident=True,
        families=set(), kinds=set(),
    )


def test_the_frames_day_holds_an_unframed_figure_of_that_day() -> None:
    event = cluster((DAY, DAY, False, "r1"), (DAY + 2, DAY + 2, False, "r1"))
    assert event.refusal(cluster((DAY, DAY, False, None)), same_sentence=False) is None
    assert cluster((DAY, DAY, False, None)).refusal(event, same_sentence=False) is None


def test_an_unframed_day_no_framed_figure_gives_keeps_its_slack() -> None:
    # unframed on both sides: one day of slack, not the frame's two
    event = cluster((DAY, DAY, False, None), (DAY + 2, DAY + 2, False, "r1"))
    unframed = cluster((DAY, DAY, False, None))
    assert event.refusal(unframed, same_sentence=False) == "periods do not overlap"


def test_an_unframed_total_of_the_frames_day_is_no_incident_day() -> None:
    event = cluster((DAY, DAY, False, "r1"), (DAY + 2, DAY + 2, False, "r1"))
    total = cluster((DAY, DAY, True, None))
    assert event.refusal(total, same_sentence=False) == "periods do not overlap"
