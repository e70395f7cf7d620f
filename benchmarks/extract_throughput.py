"""Words per second of Claimdesk's extraction against the stock spaCy pipeline, measured fairly.

    python benchmarks/extract_throughput.py [--quick] [--words N] [--repeats N]

Every configuration runs in a fresh process (cold caches: lemma memo, date and place tables),
the order alternates between repetitions, and the median with min and max is reported:

- ``bare``: stock ``en_core_web_sm`` as anyone would run it, ``nlp.pipe`` over the texts;
- ``claims``: Claimdesk's claim extraction (``main.py extract --no-statements`` after import:
  publication dates, sentence selection, parsing, claims, events, conflicts);
- ``default``: claims plus attributed statements (the default run);
- ``default-2``: the default run on two processes (documents shared between them), for the
  scaling efficiency (one-process time over two times the two-process time).

Two figures per configuration: the work after the model is loaded (throughput), and the whole
process (interpreter, imports, model, gazetteer: what a user waits for). The texts are real
news (the peer corpora in ../shared), cycled to the size asked. The figures end as ``key: value``
lines (``whole_process_fraction``: the default run's whole process over the bare one's); the
last is ``ratio: X``, the bare pipeline's work time over the default run's.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.model import Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CONFIGS = ("bare", "claims", "default", "default-2")
SCALE_PROCESSES = 2  # the scaling figure: the default run on this many processes
QUICK_WORDS = 20_000
FULL_WORDS = 200_000
DEFAULT_REPEATS = 3


def articles() -> Iterator[str]:
    """Real article texts: the seeds, the gun-violence corpus, ECB+."""
    for path in sorted((SHARED / "corpus" / "seeds").glob("*.txt")):
        yield path.read_text(encoding="utf-8")
    for name in ("peer/gvc/gvc_articles.jsonl", "peer/ecbplus/ecbplus_violent_topics.jsonl"):
        path = SHARED / name
        for line in path.read_text(encoding="utf-8").splitlines():
            text = json.loads(line).get("text") or ""
            if text.strip():
                yield text


def corpus(words: int) -> list[str]:
    texts: list[str] = []
    total = 0
    for text in itertools.cycle(list(articles())):
        texts.append(text)
        total += len(text.split())
        if total >= words:
            return texts
    return texts


def worker(config: str, corpus_path: Path, out_path: Path) -> None:
    """One configuration in this (fresh) process; writes its timings and claim keys."""
    texts: list[str] = json.loads(corpus_path.read_text(encoding="utf-8"))
    sys.path.insert(0, str(ROOT))
    from core.settings import DEFAULT_SETTINGS

    figures: dict[str, object] = {}
    if config == "bare":
        import spacy

        nlp = spacy.load(DEFAULT_SETTINGS.model)
        start, cpu = time.perf_counter(), _cpu()
        for _ in nlp.pipe(texts):
            pass
    else:
        from core.extract.nlp import load_nlp
        from core.ingest.files import from_text
        from core.pipeline import run_documents

        settings = DEFAULT_SETTINGS.replace(
            statements=config != "claims",
            n_process=SCALE_PROCESSES if config == "default-2" else 1,
        )
        load_nlp(settings.model)  # the model load is in the whole-process figure, not here
        docs = [from_text(t, doc_id=f"d{n}", path=f"article-{n}.txt") for n, t in enumerate(texts)]
        start, cpu = time.perf_counter(), _cpu()
        result = run_documents(docs, settings=settings)
        figures["keys"] = [[c.document_id, c.start, c.measure, c.value] for c in result.claims]
    figures["work"] = time.perf_counter() - start
    figures["cpu"] = _cpu() - cpu
    figures["load"] = os.getloadavg()[0]  # runnable processes, this one included
    if config == "default":
        figures.update(shares(docs))
    out_path.write_text(json.dumps(figures), encoding="utf-8")


def _cpu() -> float:
    """CPU seconds of this process and its finished children: unlike the clock, not
    lengthened by other work on a shared machine."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def shares(docs: Sequence[Document]) -> dict[str, float]:
    """Counts that do not depend on the machine's load: the share of the text's characters
    that the parser reads, and that NER reads."""
    from core.extract.regions import select_regions
    from core.pipeline import runs_ner

    total = parsed = ner = 0
    for doc in docs:
        total += len(doc.text)
        for r in select_regions(doc):
            parsed += r.end - r.start
            ner += (r.end - r.start) * runs_ner(doc.text[r.start : r.end], figures=r.entities)
    return {"parsed_share": parsed / max(1, total), "ner_share": ner / max(1, total)}


def spread(values: list[float]) -> str:
    med = statistics.median(values)
    return f"median {med:.1f} s (min {min(values):.1f}, max {max(values):.1f})"


def measure(texts: list[str], repeats: int) -> dict[str, list[dict[str, Any]]]:
    """Every configuration ``repeats`` times, each in a fresh process, the order alternating;
    each run's figures with its whole-process seconds."""
    runs: dict[str, list[dict[str, Any]]] = {c: [] for c in CONFIGS}
    with tempfile.TemporaryDirectory() as tmp:
        corpus_path = Path(tmp) / "corpus.json"
        corpus_path.write_text(json.dumps(texts), encoding="utf-8")
        for rep in range(repeats):
            order = CONFIGS if rep % 2 == 0 else tuple(reversed(CONFIGS))
            for config in order:
                out = Path(tmp) / f"{config}-{rep}.json"
                cmd = [sys.executable, __file__, "--worker", config, "--corpus", str(corpus_path)]
                start = time.perf_counter()
                subprocess.run([*cmd, "--out", str(out)], check=True)
                whole = time.perf_counter() - start
                runs[config].append({**json.loads(out.read_text(encoding="utf-8")),
                                     "whole": whole})
    return runs


LABELS = {
    "bare": "bare spaCy pipeline (stock nlp.pipe)",
    "claims": "claimdesk claims only",
    "default": "claimdesk claims + statements (default)",
    "default-2": f"claimdesk default run on {SCALE_PROCESSES} processes",
}


def report(runs: dict[str, list[dict[str, Any]]], n_words: int, repeats: int) -> None:
    def median(config: str, key: str) -> float:
        return float(statistics.median(r[key] for r in runs[config]))

    for config, label in LABELS.items():
        work, whole = [r["work"] for r in runs[config]], [r["whole"] for r in runs[config]]
        print(
            f"{label}: work {spread(work)}, {n_words / median(config, 'work'):,.0f} words/s, "
            f"ratio {median('bare', 'work') / median(config, 'work'):.2f} (CPU time "
            f"{median('bare', 'cpu') / median(config, 'cpu'):.2f}); whole process "
            f"{spread(whole)}, ratio {median('bare', 'whole') / median(config, 'whole'):.2f}"
        )
    efficiency = median("default", "work") / (SCALE_PROCESSES * median("default-2", "work"))
    print(f"scaling efficiency at {SCALE_PROCESSES} processes: {efficiency:.2f}")
    # Work split among processes costs CPU (forks, results sent back, caches filled twice);
    # the rest of a shortfall is waiting: the serial parts (the first document, grouping)
    # and other work on the machine, shown by its load.
    cpu_growth = median("default-2", "cpu") / median("default", "cpu")
    print(f"CPU time on {SCALE_PROCESSES} processes over one: {cpu_growth:.2f}; machine load "
          f"(1-minute average) after those runs: median {median('default-2', 'load'):.1f} "
          f"on {os.cpu_count()} cores")
    keys = {c: {tuple(k) for k in runs[c][0]["keys"]} for c in ("claims", "default")}
    union = keys["claims"] | keys["default"]
    agreement = len(keys["claims"] & keys["default"]) / max(1, len(union))
    print(f"claims agreeing between the two claimdesk runs: {agreement:.1%}")
    parsed, ner = runs["default"][0]["parsed_share"], runs["default"][0]["ner_share"]
    print(f"text parsed: {parsed:.1%} of characters, through NER: {ner:.1%}")
    # The figures on their own lines, for benchmarks/readme_figures.py; the last one is the
    # headline (the default run's work against the bare pipeline's).
    print(f"words: {n_words}")
    print(f"repeats: {repeats}")
    print(f"parsed_percent: {100 * parsed:.1f}")
    print(f"ner_percent: {100 * ner:.1f}")
    print(f"claims_ratio: {median('bare', 'work') / median('claims', 'work'):.2f}")
    print(f"cpu_ratio: {median('bare', 'cpu') / median('default', 'cpu'):.2f}")
    print(f"scaling_efficiency: {efficiency:.2f}")
    print(f"scaling_cpu: {cpu_growth:.2f}")
    print(f"agreement_percent: {100 * agreement:.1f}")
    print(f"whole_process_fraction: {median('default', 'whole') / median('bare', 'whole'):.2f}")
    print(f"ratio: {median('bare', 'work') / median('default', 'work'):.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_WORDS:,} words")
    parser.add_argument("--words", type=int, help=f"corpus size in words (default {FULL_WORDS:,})")
    parser.add_argument("--repeats", type=int, default=DEFAULT_REPEATS)
    parser.add_argument("--worker", choices=CONFIGS, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.corpus, args.out)
        return 0
    if not (SHARED / "peer").exists():
        print(f"{SHARED} not found: the benchmark reads real articles from ../shared")
        return 2
    texts = corpus(args.words or (QUICK_WORDS if args.quick else FULL_WORDS))
    n_words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} articles, {n_words:,} words; {args.repeats} runs each")
    report(measure(texts, args.repeats), n_words, args.repeats)
    return 0


if __name__ == "__main__":
    sys.exit(main())
