"""Excel export speed: 100,000 synthetic claims through ``core.export.xlsx.write_xlsx`` against a
bare openpyxl write-only dump of the same cells (no styles, links, validation or safety).

    python benchmarks/export_xlsx.py [--quick] [--claims N]

Prints both times (wall and CPU) and, last, ``ratio: X``: ours / bare in CPU time, which a
shared machine does not blur (the wall-time ratio is printed just before). Target ≤ 1.5.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.export.xlsx import SheetData, workbook_sheets, write_xlsx
from core.model import (
    MEASURES,
    QUALIFIERS,
    STATUSES,
    Claim,
    Document,
    Event,
    Page,
    Result,
    Review,
)

PLACES = ("Norvale", "Eastbrook", "Karsa Valley", "Port Imre", "Lindmoor")
ACTORS = ("unknown gunmen", "the army", "the Free Valley Front", None)
SOURCES = ("police", "the health ministry", "a hospital official", None)


def synthetic(n: int, *, seed: int = 7) -> Result:
    """``n`` claims over ``n // 50`` documents, events of 5 claims, a quarter reviewed."""
    rng = random.Random(seed)
    docs = []
    for d in range(max(1, n // 50)):
        pages = (Page(1, 0, 5000), Page(2, 5000, 10000)) if d % 3 == 0 else ()
        docs.append(Document(
            f"d{d}", "", path=f"/data/story/article-{d}.{'pdf' if pages else 'txt'}",
            outlet=f"Outlet {d % 40}", published=dt.date(2031, 1 + d % 12, 1 + d % 28),
            sha256=f"{d:064x}", pages=pages, title=f"Report {d}",
        ))
    claims = []
    reviews = {}
    for i in range(n):
        value = float(rng.choice((3, 7, 12, 26, 40, 150, 1200)))
        start = rng.randrange(0, 9000)
        place = rng.choice(PLACES)
        lead = "=" if i % 997 == 0 else ""  # the odd sentence that looks like a formula
        sentence = (
            f"{lead}At least {int(value)} people were killed when gunmen attacked a market in "
            f"{place} on Sunday, {rng.choice(SOURCES) or 'officials'} said, adding that the "
            f"toll could rise as rescuers searched the rubble."
        )
        cid = f"c{i}"
        claims.append(Claim(
            id=cid, document_id=f"d{i % len(docs)}", start=start, end=start + 11,
            number_text=f"At least {int(value)}", value=value,
            qualifier=rng.choice(QUALIFIERS), low=value, high=None if i % 2 else value * 1.1,
            measure=rng.choice(MEASURES), sentence=sentence, sentence_start=start - 10,
            sentence_end=start + len(sentence), rule="bench", subject="people",
            actor=rng.choice(ACTORS), location=place, date_start=dt.date(2031, 5, 4),
            date_end=dt.date(2031, 5, 4), date_text="on Sunday",
            attribution=rng.choice(SOURCES), event_type="attack",
        ))
        if i % 4 == 0:
            reviews[cid] = Review(cid, rng.choice(STATUSES), "checked against the wire")
    events = tuple(
        Event(f"e{k}", f"{PLACES[k % 5]} · attack · 2031-05-04",
              tuple(c.id for c in claims[k * 5:(k + 1) * 5]))
        for k in range(n // 5)
    )
    return Result(documents=tuple(docs), claims=tuple(claims), events=events, reviews=reviews)


def bare_dump(sheets: list[SheetData], target: Path) -> None:
    """The floor: the same cells (a link as its text), write-only, nothing else."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    for data in sheets:
        ws = wb.create_sheet(data.title)
        ws.append([h for h, _w in data.columns])
        for row in data.rows:
            ws.append(row)
    wb.save(target)


def _timed(run: Callable[[], None]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="10,000 claims (under a minute)")
    parser.add_argument("--claims", type=int, default=None, help="number of claims")
    args = parser.parse_args(argv)
    n = args.claims or (10_000 if args.quick else 100_000)
    result = synthetic(n)
    import openpyxl  # noqa: F401  (imported before either timing starts)

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sheets = workbook_sheets(result)  # built outside the bare timing: the floor is I/O
        bare = _timed(lambda: bare_dump(sheets, folder / "bare.xlsx"))
        ours = _timed(lambda: write_xlsx(result, folder / "ours.xlsx"))
        sizes = ((folder / "ours.xlsx").stat().st_size, (folder / "bare.xlsx").stat().st_size)
    print(f"claims: {n:,}")
    print(f"ours: {ours[0]:.2f} s wall, {ours[1]:.2f} s CPU ({sizes[0] / 1e6:.1f} MB)")
    print(f"bare openpyxl write-only: {bare[0]:.2f} s wall, {bare[1]:.2f} s CPU "
          f"({sizes[1] / 1e6:.1f} MB)")
    # CPU time: on a shared machine wall time also measures the neighbours
    print(f"ratio (wall): {ours[0] / bare[0]:.2f}")
    print(f"ratio: {ours[1] / bare[1]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
