"""Words per second of Claimdesk's whole extraction vs the bare full spaCy pipeline.

    python benchmarks/extract_throughput.py [--quick] [--words N]

Both run over the same ~200,000 words of real news text (the peer corpora in ../shared,
cycled to the size asked), in one process, after the model is loaded and warmed up. "Ours" is
the claim extraction `main.py extract --no-statements` runs after import: publication dates,
sentence selection, parsing, claims, event grouping and conflicts; the run with attributed
statements too (which needs every sentence with a reporting verb parsed) is printed beside it,
with the share of claims the two runs agree on. The last line is `ratio: X` (bare time / ours).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.extract.nlp import load_nlp  # noqa: E402
from core.ingest.files import from_text  # noqa: E402
from core.model import Claim  # noqa: E402
from core.pipeline import run_documents  # noqa: E402
from core.settings import DEFAULT_SETTINGS  # noqa: E402

SHARED = ROOT.parent / "shared"


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20,000 words (under a minute)")
    parser.add_argument("--words", type=int, help="corpus size in words (default 200,000)")
    args = parser.parse_args()
    if not (SHARED / "peer").exists():
        print(f"{SHARED} not found: the benchmark reads real articles from ../shared")
        return 2
    size = args.words or (20_000 if args.quick else 200_000)
    texts = corpus(size)
    n_words = sum(len(t.split()) for t in texts)
    import spacy

    nlp = spacy.load(DEFAULT_SETTINGS.model)  # stock pipeline, as anyone would run it
    load_nlp(DEFAULT_SETTINGS.model)
    docs = [from_text(t, doc_id=f"d{n}", path=f"article-{n}.txt") for n, t in enumerate(texts, 1)]
    # Warm up both paths (model caches, rule tables, gazetteer).
    list(nlp.pipe(texts[:3]))
    run_documents(docs[:3])

    start = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    bare = time.perf_counter() - start

    start = time.perf_counter()
    full = run_documents(docs)
    with_statements = time.perf_counter() - start

    start = time.perf_counter()
    result = run_documents(docs, settings=DEFAULT_SETTINGS.replace(statements=False))
    ours = time.perf_counter() - start
    # The two runs parse different stretches of text; their claims should agree.
    def keys(claims: tuple[Claim, ...]) -> set[tuple[str, int, str, float]]:
        return {(c.document_id, c.start, c.measure, c.value) for c in claims}

    both = keys(result.claims) & keys(full.claims)
    agreement = len(both) / max(1, len(keys(result.claims) | keys(full.claims)))

    print(f"corpus: {len(texts)} articles, {n_words} words")
    print(
        f"bare spaCy pipeline ({', '.join(nlp.pipe_names)}): {bare:.1f} s, "
        f"{n_words / bare:,.0f} words/s"
    )
    print(
        f"claimdesk claims + statements: {with_statements:.1f} s, "
        f"{n_words / with_statements:,.0f} words/s ({len(full.statements)} statements), "
        f"ratio {bare / with_statements:.2f}"
    )
    print(
        f"claimdesk claim extraction (import → claims → events → conflicts): {ours:.1f} s, "
        f"{n_words / ours:,.0f} words/s ({len(result.claims)} claims, "
        f"{len(result.events)} events)"
    )
    print(f"claims agreeing between the two runs: {agreement:.1%}")
    print(f"ratio: {bare / ours:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
