"""Words per second of Claimdesk's extraction against the stock spaCy pipeline, measured fairly.

    python benchmarks/extract_throughput.py [--quick] [--words N] [--repeats N]

Every configuration runs in a fresh process (cold caches: lemma memo, date and place tables),
the order alternates between repetitions, and the median with min and max is reported:

- ``bare``: stock ``en_core_web_sm`` as anyone would run it, ``nlp.pipe`` over the texts;
- ``claims``: Claimdesk's claim extraction (``main.py extract --no-statements`` after import:
  publication dates, sentence selection, parsing, claims, events, conflicts);
- ``default``: claims plus attributed statements (the default run);
- ``default-2``: the default run on two processes (spaCy's multiprocessing), for the scaling
  efficiency (one-process time over two times the two-process time).

Two figures per configuration: the work after the model is loaded (throughput), and the whole
process (interpreter, imports, model, gazetteer: what a user waits for). The texts are real
news (the peer corpora in ../shared), cycled to the size asked. The last line is ``ratio: X``:
the bare pipeline's work time over the default run's.
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

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
    keys: list[list[object]] = []
    if config == "bare":
        import spacy

        from core.settings import DEFAULT_SETTINGS

        nlp = spacy.load(DEFAULT_SETTINGS.model)
        start = time.perf_counter()
        for _ in nlp.pipe(texts):
            pass
        work = time.perf_counter() - start
    else:
        from core.ingest.files import from_text
        from core.pipeline import run_documents
        from core.settings import DEFAULT_SETTINGS

        settings = DEFAULT_SETTINGS.replace(
            statements=config != "claims",
            n_process=SCALE_PROCESSES if config == "default-2" else 1,
        )
        from core.extract.nlp import load_nlp

        load_nlp(settings.model)  # the model load is in the whole-process figure, not here
        docs = [from_text(t, doc_id=f"d{n}", path=f"article-{n}.txt") for n, t in enumerate(texts)]
        start = time.perf_counter()
        result = run_documents(docs, settings=settings)
        work = time.perf_counter() - start
        keys = [[c.document_id, c.start, c.measure, c.value] for c in result.claims]
    out_path.write_text(json.dumps({"work": work, "keys": keys}), encoding="utf-8")


def spread(values: list[float]) -> str:
    med = statistics.median(values)
    return f"median {med:.1f} s (min {min(values):.1f}, max {max(values):.1f})"


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
    size = args.words or (QUICK_WORDS if args.quick else FULL_WORDS)
    texts = corpus(size)
    n_words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} articles, {n_words:,} words; {args.repeats} runs each")
    work: dict[str, list[float]] = {c: [] for c in CONFIGS}
    whole: dict[str, list[float]] = {c: [] for c in CONFIGS}
    keys: dict[str, set[tuple[object, ...]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus_path = Path(tmp) / "corpus.json"
        corpus_path.write_text(json.dumps(texts), encoding="utf-8")
        for rep in range(args.repeats):
            order = CONFIGS if rep % 2 == 0 else tuple(reversed(CONFIGS))
            for config in order:
                out = Path(tmp) / f"{config}-{rep}.json"
                cmd = [sys.executable, __file__, "--worker", config, "--corpus", str(corpus_path)]
                start = time.perf_counter()
                subprocess.run([*cmd, "--out", str(out)], check=True)
                whole[config].append(time.perf_counter() - start)
                data = json.loads(out.read_text(encoding="utf-8"))
                work[config].append(data["work"])
                keys.setdefault(config, {tuple(k) for k in data["keys"]})
    bare = statistics.median(work["bare"])
    bare_whole = statistics.median(whole["bare"])
    for config, label in (
        ("bare", "bare spaCy pipeline (stock nlp.pipe)"),
        ("claims", "claimdesk claims only"),
        ("default", "claimdesk claims + statements (default)"),
        ("default-2", f"claimdesk default run on {SCALE_PROCESSES} processes"),
    ):
        med = statistics.median(work[config])
        print(
            f"{label}: work {spread(work[config])}, {n_words / med:,.0f} words/s, "
            f"ratio {bare / med:.2f}; whole process {spread(whole[config])}, "
            f"ratio {bare_whole / statistics.median(whole[config]):.2f}"
        )
    efficiency = statistics.median(work["default"]) / (
        SCALE_PROCESSES * statistics.median(work["default-2"])
    )
    print(f"scaling efficiency at {SCALE_PROCESSES} processes: {efficiency:.2f}")
    union = keys["claims"] | keys["default"]
    agreement = len(keys["claims"] & keys["default"]) / max(1, len(union))
    print(f"claims agreeing between the two claimdesk runs: {agreement:.1%}")
    print(f"whole_process_ratio: {bare_whole / statistics.median(whole['default']):.2f}")
    print(f"ratio: {bare / statistics.median(work['default']):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
