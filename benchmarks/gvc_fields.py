"""How well the fields of casualty figures read on real local news: the Gun Violence Corpus.

    python benchmarks/gvc_fields.py [--quick] [--date-classes]

Every GVC report (../shared/peer/gvc/gvc_articles.jsonl) is extracted with its publication
date (``dct``) given, as a checker would give it. The report's reading of its incident is
compared with the official Gun Violence Archive record:

- killed / injured: the largest figure of that measure the report states (not a subset of
  another figure of the sentence); a report stating none reads as 0;
- date: the day of the report's casualty figures (the most common one), exact day;
- city: the place of those figures, against the city (or the part of it GVA names).

A signal, not a target: GVA counts the final outcome per incident (shooters included), and a
report written the day after may rightly say "one wounded" of a victim who later died. Train
and dev are printed report by report; the test split only as aggregate figures. With
``--date-classes`` each split's reports are counted by why their date agrees or not (no casualty
claim, claims without a day, a day early or late and by how much, from the figure's sentence or
carried / the lead's incident day), again as counts only. The last line is ``agreement: X``,
the mean of the four fields over every report.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import statistics
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.extract.claims import extract_claims  # noqa: E402
from core.extract.incident_days import report_incident_day  # noqa: E402
from core.ingest.files import from_text  # noqa: E402
from core.model import Claim  # noqa: E402
from core.pipeline import parse_documents  # noqa: E402
from core.settings import DEFAULT_SETTINGS  # noqa: E402
from core.text import places  # noqa: E402
from core.text.places import normalise  # noqa: E402

SHARED = ROOT.parent / "shared"
ARTICLES = SHARED / "peer" / "gvc" / "gvc_articles.jsonl"
FIELDS = ("killed", "injured", "date", "city")
QUICK_EVERY = 3  # --quick reads every third report of each split
_PAREN = re.compile(r"\s*\(([^)]*)\)")


@dataclass(frozen=True, slots=True)
class Reading:
    killed: float | None
    injured: float | None
    date: dt.date | None
    city: str | None
    # what the date diagnostics count: casualty claims, those dated from their own sentence,
    # and the day the report's lead gives its incident
    casualty_claims: int = 0
    sentence_dated: int = 0
    incident: dt.date | None = None


def city_names(gold: str) -> set[str]:
    """Names a report may fairly use for GVA's place: "Chicago (Englewood)" is Chicago or
    Englewood, "Marion (county)" is Marion County, "Saint Louis" is also St. Louis."""
    main = _PAREN.sub("", gold).strip()
    inner = _PAREN.findall(gold)
    names = {main}
    for part in inner:
        names.add(f"{main} County" if part.lower() == "county" else part)
    for name in list(names):
        if name.startswith("Saint "):
            names.add("St. " + name[6:])
            names.add("St " + name[6:])
    return {normalise(n) for n in names}


def city_agrees(predicted: str | None, gold: str) -> bool:
    if not predicted:
        return False
    # "Tulsa, Oklahoma" and "the Bronx" name the city; "East Chicago" does not; a spot written
    # with what holds it ("Westgate, Toledo", "Pines area, Marion County") names it after
    # the comma
    for part in predicted.split(","):
        words = normalise(part).split()
        for name in city_names(gold):
            target = name.split()
            start = 1 if words[:1] == ["the"] else 0
            if words[start : start + len(target)] == target:
                return True
    return _same_town(predicted, gold)


def _same_town(predicted: str, gold: str) -> bool:
    """The gazetteer's word: "D.C." is the town GVA writes "Washington", read in the state
    the prediction names (a name alone, "Washington", is the state first)."""
    town = places.resolve(predicted)
    if town is None or town.level != "city":
        return False
    hints = {k: 1 for k in (town.country, town.admin1) if k}
    return any(
        (named := places.resolve(name, hints=hints)) is not None and named.key == town.key
        for name in city_names(gold)
    )


def _most_common(values: Iterable[object]) -> object | None:
    counts = collections.Counter(v for v in values if v is not None)
    return counts.most_common(1)[0][0] if counts else None


def read_report(claims: Sequence[Claim], incident: dt.date | None = None) -> Reading:
    """One report's reading of its incident from its claims."""
    whole = [c for c in claims if c.part_of is None and c.qualifier != "vague"]

    def largest(measure: str) -> float | None:
        values = [c.value for c in whole if c.measure == measure]
        return max(values) if values else None

    casualty = [c for c in claims if c.measure in ("killed", "injured")]
    days = [c.date_start for c in casualty if c.date_start and c.date_start == c.date_end]
    date = _most_common(days)
    city = _most_common(c.location for c in casualty) or _most_common(c.location for c in claims)
    day = date if isinstance(date, dt.date) else None
    return Reading(
        killed=largest("killed"),
        injured=largest("injured"),
        date=day,
        city=city if isinstance(city, str) else None,
        casualty_claims=len(casualty),
        sentence_dated=sum(
            1 for c in casualty
            if c.date_start == day and c.date_text and c.date_text in c.sentence
        ),
        incident=incident,
    )


def gold_date(text: str) -> dt.date:
    return dt.datetime.strptime(text.strip(), "%B %d, %Y").date()


SCORER_SLACK_DAYS = 2  # ../shared/eval/score_claims.py takes a claim's day within this


def agreement(row: dict[str, object], got: Reading) -> dict[str, bool]:
    day = gold_date(str(row["gva_date"]))
    return {
        "killed": (got.killed or 0) == row["gva_num_killed"],
        "injured": (got.injured or 0) == row["gva_num_injured"],
        "date": got.date == day,
        "city": city_agrees(got.city, str(row["gva_city_or_county"])),
        # beside the table, not in its mean: the claim scorer's slack, for comparison
        "near": got.date is not None and abs((got.date - day).days) <= SCORER_SLACK_DAYS,
    }


def extract(rows: Sequence[dict[str, object]]) -> list[Reading]:
    docs = [
        from_text(
            str(r["text"]),
            doc_id=str(r["id"]),
            title=str(r["title"]),
            published=dt.date.fromisoformat(str(r["dct"])),
        )
        for r in rows
    ]
    settings = DEFAULT_SETTINGS
    ids = (f"c{n}" for n in range(10**9))
    by_doc: dict[str, Reading] = {}
    for doc, chunks in parse_documents(docs, settings=settings):
        claims = extract_claims(chunks, doc, ids=ids, settings=settings)
        incident = report_incident_day(chunks, doc, doc.published)
        by_doc[doc.id] = read_report(claims, incident.start if incident else None)
    return [by_doc.get(str(r["id"]), Reading(None, None, None, None)) for r in rows]


def date_class(row: dict[str, object], got: Reading) -> str:
    """Why a report's date agrees or not, as one class the diagnostics count per split."""
    gold = gold_date(str(row["gva_date"]))
    lead = "lead right" if got.incident == gold else (
        "no lead day" if got.incident is None else "lead wrong")
    if got.casualty_claims == 0:
        return f"no casualty claim ({lead})"
    if got.date is None:
        return f"claims, no day ({lead})"
    source = "sentence" if got.sentence_dated else "carried/lead"
    if got.date == gold:
        return f"right, from {source}"
    off = (got.date - gold).days
    size = "1 day" if abs(off) == 1 else "2-7 days" if abs(off) <= 7 else ">7 days"
    if got.date == dt.date.fromisoformat(str(row["dct"])):
        size += " (the publication day)"
    return f"wrong {'late' if off > 0 else 'early'} {size}, from {source}"


def print_date_classes(rows: Sequence[dict[str, object]], readings: Sequence[Reading]) -> None:
    """Counts of each date class per split (aggregate only, the test split included)."""
    per: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for row, got in zip(rows, readings, strict=True):
        per[str(row["gvc_split"])][date_class(row, got)] += 1
        published = dt.date.fromisoformat(str(row["dct"]))
        lag = (published - gold_date(str(row["gva_date"]))).days
        lag_class = "same day" if lag == 0 else "1 day" if lag == 1 else "2-7" if lag <= 7 else ">7"
        per[str(row["gvc_split"])][f"  (published after incident: {lag_class})"] += 1
        if got.date != gold_date(str(row["gva_date"])):
            per[str(row["gvc_split"])][f"  (date not right, published after: {lag_class})"] += 1
    classes = sorted({k for c in per.values() for k in c})
    splits = [s for s in ("train", "dev", "test") if s in per]
    print(f"{'date class':60}" + "".join(f"{s:>7}" for s in splits))
    for name in classes:
        print(f"{name:60}" + "".join(f"{per[s][name]:>7}" for s in splits))


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return "-" if value is None else str(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="every third report of each split")
    parser.add_argument(
        "--date-classes", action="store_true", help="count the reports of each date class"
    )
    args = parser.parse_args()
    if not ARTICLES.exists():
        print(f"{ARTICLES} not found: the benchmark reads the GVC beside the checkout (../shared)")
        return 2
    rows = [json.loads(line) for line in ARTICLES.read_text(encoding="utf-8").splitlines()]
    if args.quick:
        rows = [r for n, r in enumerate(rows) if n % QUICK_EVERY == 0]
    readings = extract(rows)
    per_split: dict[str, list[dict[str, bool]]] = collections.defaultdict(list)
    for row, got in zip(rows, readings, strict=True):
        split = str(row["gvc_split"])
        marks = agreement(row, got)
        per_split[split].append(marks)
        if split == "test":
            continue  # held out: aggregate figures only, never a report's errors
        gold = (
            row["gva_num_killed"],
            row["gva_num_injured"],
            gold_date(str(row["gva_date"])),
            row["gva_city_or_county"],
        )
        mine = (got.killed, got.injured, got.date, got.city)
        cells = [
            f"{f}={_cell(g)}{'' if marks[f] else ' ≠ ' + _cell(p)}"
            for f, g, p in zip(FIELDS, gold, mine, strict=True)
        ]
        print(f"{split:5} {str(row['id'])[:8]}  " + "  ".join(cells))
    print()
    print(
        f"{'split':6}{'reports':>8}" + "".join(f"{f:>9}" for f in FIELDS) + f"{'mean':>9}"
        + f"{'date±2':>9}"
    )
    everything: list[dict[str, bool]] = []
    for split in ("train", "dev", "test"):
        marks_list = per_split.get(split, [])
        if not marks_list:
            continue
        everything.extend(marks_list)
        rates = [statistics.mean(m[f] for m in marks_list) for f in FIELDS]
        print(
            f"{split:6}{len(marks_list):>8}"
            + "".join(f"{r:>9.2f}" for r in rates)
            + f"{statistics.mean(rates):>9.2f}"
            + f"{statistics.mean(m['near'] for m in marks_list):>9.2f}"
        )
    if args.date_classes:
        print()
        print_date_classes(rows, readings)
    overall = statistics.mean(statistics.mean(m[f] for m in everything) for f in FIELDS)
    print(f"agreement: {overall:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
