"""How event grouping and conflict finding scale with the number of claims.

    python benchmarks/match_scaling.py [--quick] [--seed N]

Generates synthetic but realistic batches: many incidents (bombings, shootings, airstrikes, army
operations) in real cities of several countries over three years, plus monthly statistics per
country; each incident is reported by several outlets over the following days with differing
figures, qualifiers, place wording (city, "city, province", province) and sentences; reports
cover one to three events. Times ``group`` (report clustering included) + ``find_conflicts``
for 20k, 50k, 100k, 200k and 500k claims (``--quick``: 2.5k to 20k), each size in a fresh
process, and prints one line per size with the peak memory of that process (resident set, and
its growth over the generated batch), and last ``exponent: X``, the least-squares slope of
log(time) against log(claims) over every size (the full run spans 25×). Time is CPU time of the
child process (the machine is shared: wall time would measure the neighbours), wall time
printed beside it. The gazetteer is loaded before timing (once per process, as in the app: a
fixed cost, printed separately as ``startup``) and the batch generated; the place cache is
cleared before every run. Sizes of 200k claims and more are timed once (minutes each); smaller
ones take the median of ``--repeat`` runs (min and max printed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.group.conflicts import find_conflicts
from core.group.match import group
from core.group.vocabulary import rules
from core.model import Claim, Document, Event, Measure, Qualifier
from core.text import places
from core.text.qualifiers import interval

COUNTRIES = ("PK", "IN", "AF", "US", "NG", "IQ", "SY", "PH", "MX", "UA")
KINDS = ("bombing", "shooting", "airstrike", "operation", "attack")
QUALIFIERS: tuple[tuple[Qualifier, str], ...] = (
    ("exact", ""),
    ("at_least", "at least "),
    ("more_than", "more than "),
    ("nearly", "nearly "),
    ("approx", "about "),
)
INCIDENT_SENTENCES = (
    "{q}{n} people were killed in a {noun} in {place} on {day}, officials said.",
    "The {noun} in {place} on {day} left {q}{n} dead, police told reporters.",
    "Hospital staff in {place} said {q}{n} people died after the {noun} on {day}.",
    "A local official confirmed that {q}{n} civilians lost their lives in the {noun} on {day}.",
    "{q}{n} {subject} were among those killed when the {noun} hit {place} on {day}.",
)
INJURED_SENTENCES = (
    "Another {q}{n} people were wounded and taken to hospitals in {place}.",
    "Rescue workers said {q}{n} people were injured in the {noun}.",
)
NOUNS = {
    "bombing": ("bombing", "blast", "suicide bombing", "car bomb explosion"),
    "shooting": ("shooting", "gun attack", "shooting spree"),
    "airstrike": ("airstrike", "drone strike", "air strike"),
    "operation": ("raid", "security operation", "military operation"),
    "attack": ("attack", "assault", "ambush"),
}
SUBJECTS = ("soldiers", "policemen", "civilians", "children", "militants")
STAT_SENTENCE = (
    "A monitoring group recorded {a} attacks across {country} in {month}, in which {n} people "
    "were killed."
)


@dataclass
class _Incident:
    kind: str
    city: str
    province: str | None
    country: str
    day: dt.date
    toll: int


@dataclass
class _Report:
    doc_id: str
    published: dt.date
    text: str = ""
    claims: list[Claim] = field(default_factory=list)


def _gazetteer_cities(rng: random.Random) -> dict[str, list[tuple[str, str | None]]]:
    """Real cities (100k people and more) per country, with their province name when known."""
    gaz = places._gazetteer()
    out: dict[str, list[tuple[str, str | None]]] = {c: [] for c in COUNTRIES}
    for place in gaz.places.values():
        if place.level == "city" and place.country in out and place.population >= 100_000:
            province = places.get(place.admin1).name if place.admin1 else None  # type: ignore[union-attr]
            out[place.country].append((place.name, province))
    for cities in out.values():
        cities.sort(key=lambda c: (c[0], c[1] or ""))
        rng.shuffle(cities)
    return out


def _country_name(code: str) -> str:
    place = places.get(code)
    return place.name if place else code


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.claim_no = 0
        self.truth: dict[str, object] = {}  # claim id → the incident or statistic it is about

    def sentence(
        self,
        report: _Report,
        text: str,
        figures: list[tuple[str, float, Qualifier, Measure]],
        truth: object,
        **fields: object,
    ) -> None:
        start = len(report.text) + (1 if report.text else 0)
        report.text = f"{report.text} {text}" if report.text else text
        for figure, value, qualifier, measure in figures:
            offset = text.index(figure)
            self.claim_no += 1
            self.truth[f"c{self.claim_no}"] = truth
            low, high = interval(value, qualifier)
            report.claims.append(
                Claim(
                    id=f"c{self.claim_no}",
                    document_id=report.doc_id,
                    start=start + offset,
                    end=start + offset + len(figure),
                    number_text=figure,
                    value=value,
                    qualifier=qualifier,
                    low=low,
                    high=high,
                    measure=measure,
                    sentence=text,
                    sentence_start=start,
                    sentence_end=start + len(text),
                    rule="synthetic",
                    **fields,  # type: ignore[arg-type]
                )
            )


def _incidents(rng: random.Random, n_claims: int) -> list[_Incident]:
    """About one incident per nine claims, in real cities over three years, by day."""
    cities = _gazetteer_cities(rng)
    start = dt.date(2022, 1, 1)
    incidents = []
    for _ in range(max(1, n_claims // 9)):
        country = rng.choice(COUNTRIES)
        city, province = rng.choice(cities[country])
        incidents.append(
            _Incident(
                rng.choice(KINDS),
                city,
                province,
                country,
                start + dt.timedelta(days=rng.randrange(3 * 365)),
                rng.randint(2, 120),
            )
        )
    incidents.sort(key=lambda i: i.day)
    return incidents


def _report_incident(builder: _Builder, report: _Report, inc: _Incident) -> None:
    """One to three sentences giving the incident's toll, and often one its wounded."""
    rng = builder.rng
    place_text = rng.choice(
        [
            inc.city,
            inc.city,
            f"{inc.city}, {inc.province}" if inc.province else inc.city,
            inc.province or inc.city,
        ]
    )
    noun = rng.choice(NOUNS[inc.kind])
    day_text = f"{inc.day:%B} {inc.day.day}"
    fields = {"location": place_text, "date_start": inc.day, "date_end": inc.day}
    for _ in range(rng.randint(1, 3)):
        qualifier, words = rng.choice(QUALIFIERS)
        toll = max(1, inc.toll + rng.randint(-3, 6))
        template = rng.choice(INCIDENT_SENTENCES)
        subject = rng.choice(SUBJECTS) if "{subject}" in template else "people"
        figure = f"{words}{toll}"
        text = template.format(
            q=words, n=toll, noun=noun, place=place_text, day=day_text, subject=subject
        )
        figure = figure[0].upper() + figure[1:] if text.startswith(figure.capitalize()) else figure
        builder.sentence(
            report,
            text,
            [(figure, toll, qualifier, "killed")],
            ("incident", id(inc)),
            subject=subject,
            **fields,
        )
    if rng.random() < 0.6:
        qualifier, words = rng.choice(QUALIFIERS)
        hurt = inc.toll * 2 + rng.randint(0, 10)
        text = rng.choice(INJURED_SENTENCES).format(q=words, n=hurt, place=place_text, noun=noun)
        builder.sentence(
            report,
            text,
            [(f"{words}{hurt}", hurt, qualifier, "injured")],
            ("incident", id(inc)),
            subject="people",
            **fields,
        )


def _report_statistic(builder: _Builder, report: _Report, first: _Incident) -> None:
    """A monitoring group's monthly count for the country of the report's first incident."""
    rng = builder.rng
    month_start = first.day.replace(day=1)
    month_end = (month_start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(1)
    attacks, deaths = rng.randint(20, 150), rng.randint(50, 600)
    text = STAT_SENTENCE.format(
        a=attacks,
        n=deaths,
        country=_country_name(first.country),
        month=f"{month_start:%B %Y}",
    )
    builder.sentence(
        report,
        text,
        [
            (str(attacks), attacks, "exact", "attacks"),
            (str(deaths), deaths, "exact", "killed"),
        ],
        ("statistic", first.country, month_start),
        location=_country_name(first.country),
        date_start=month_start,
        date_end=month_end,
        subject="people",
    )


def generate(
    n_claims: int, *, seed: int = 7
) -> tuple[list[Claim], list[Document], dict[str, object]]:
    """About ``n_claims`` claims in realistic reports (see the module docstring), and for each
    claim the incident or statistic it was generated from."""
    rng = random.Random(seed)
    builder = _Builder(rng)
    incidents = _incidents(rng, n_claims)
    reports: list[_Report] = []
    count = 0
    pos = 0
    while count < n_claims:
        # One report covers one to three incidents of neighbouring days.
        chosen = incidents[pos : pos + rng.randint(1, 3)] or [rng.choice(incidents)]
        pos = (pos + rng.randint(0, 2)) % len(incidents)
        published = max(i.day for i in chosen) + dt.timedelta(days=rng.randint(0, 2))
        report = _Report(f"d{len(reports) + 1}", published)
        for inc in chosen:
            _report_incident(builder, report, inc)
        if rng.random() < 0.25:
            _report_statistic(builder, report, chosen[0])
        reports.append(report)
        count += len(report.claims)
    claims = [c for r in reports for c in r.claims]
    documents = [
        Document(
            id=r.doc_id,
            text=r.text,
            published=r.published,
            outlet=f"Outlet {int(r.doc_id[1:]) % 37}",
        )
        for r in reports
    ]
    return claims, documents, builder.truth


def _pairs(sizes: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes)


def pair_scores(events: Sequence[Event], truth: dict[str, object]) -> tuple[float, float]:
    """Same-event pair precision and recall against the generating incidents."""
    cells = Counter((e.id, truth[c]) for e in events for c in e.claim_ids)
    same = _pairs(cells.values())
    predicted = _pairs(len(e.claim_ids) for e in events)
    actual = _pairs(Counter(truth.values()).values())
    return same / max(predicted, 1), same / max(actual, 1)


ONCE_FROM = 200_000  # sizes this large are timed once


def _peak_mb() -> float:
    """The peak resident set of this process so far, in MB (``ru_maxrss`` is in KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(n_claims: int, *, seed: int, repeat: int) -> dict[str, float]:
    """The median of ``repeat`` timings in CPU seconds of this process (the machine is shared,
    and wall-clock time would measure the neighbours), garbage collector paused as ``timeit``
    does; and the peak memory, before the runs (the batch) and after."""
    claims, documents, truth = generate(n_claims, seed=seed)
    batch_mb = _peak_mb()
    times: list[tuple[float, float]] = []
    for _ in range(repeat):
        places._resolve_cached.cache_clear()
        places._looked_up.cache_clear()
        places.candidates.cache_clear()
        gc.collect()
        gc.disable()
        try:
            began, wall = time.process_time(), time.perf_counter()
            events = group(claims, documents=documents)
            conflicts = find_conflicts(events, claims, documents=documents)
            times.append((time.process_time() - began, time.perf_counter() - wall))
        finally:
            gc.enable()
    times.sort()
    precision, recall = pair_scores(events, truth)
    return {
        "claims": len(claims),
        "events": len(events),
        "conflicts": len(conflicts),
        "seconds": times[len(times) // 2][0],
        "wall": times[len(times) // 2][1],
        "min": times[0][0],
        "max": times[-1][0],
        "precision": precision,
        "recall": recall,
        "batch_mb": batch_mb,
        "peak_mb": _peak_mb(),
    }


def measure_fresh(n_claims: int, *, seed: int, repeat: int) -> dict[str, float]:
    """``measure`` in a fresh process, so that each size's memory is its own."""
    out = subprocess.run(
        [sys.executable, __file__, "--one", str(n_claims), "--seed", str(seed),
         "--repeat", str(repeat)],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return figures


def slope(xs: list[float], ys: list[float]) -> float:
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="smaller sizes, a few minutes")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--repeat", type=int, help="median of this many timings (default 3)"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # one size, in this process
    args = parser.parse_args(argv)
    began = time.process_time()
    places.warm_up()
    rules()
    startup = time.process_time() - began
    repeat = args.repeat or 3
    if args.one:
        print(json.dumps({**measure(args.one, seed=args.seed, repeat=repeat), "startup": startup}))
        return 0
    sizes = (
        (2_500, 5_000, 10_000, 20_000)
        if args.quick
        else (20_000, 50_000, 100_000, 200_000, 500_000)
    )
    logs_n, logs_t = [], []
    for size in sizes:
        m = measure_fresh(size, seed=args.seed, repeat=1 if size >= ONCE_FROM else repeat)
        n, seconds = int(m["claims"]), m["seconds"]
        print(
            f"claims {n:>6}  events {int(m['events']):>6}  conflicts {int(m['conflicts']):>6}  "
            f"time {seconds:7.2f} s CPU (min {m['min']:.2f}, max {m['max']:.2f}; wall "
            f"{m['wall']:.2f} s; startup {m['startup']:.2f} s)  ({n / seconds:,.0f} claims/s)  "
            f"peak memory {m['peak_mb']:,.0f} MB (+{m['peak_mb'] - m['batch_mb']:,.0f} MB over "
            f"the batch)  same-event pairs: precision {m['precision']:.3f} "
            f"recall {m['recall']:.3f}",
            flush=True,
        )
        logs_n.append(math.log(n))
        logs_t.append(math.log(seconds))
    print(f"fit: least squares over {len(sizes)} sizes, {sizes[0]:,} to {sizes[-1]:,} claims")
    print(f"exponent: {slope(logs_n, logs_t):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
