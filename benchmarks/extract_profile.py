"""Where the default run's time goes, and the most each remaining route to a faster run can save.

    python benchmarks/extract_profile.py [--quick] [--words N]

A profile, not a race: everything runs in this one process and is measured in CPU seconds
(which other work on a shared machine lengthens far less than the clock). Printed:

- the bare pipeline (stock ``en_core_web_sm`` ``nlp.pipe`` over the texts);
- the default run (claims + statements) in parts: sentence selection, tokenizer, each
  pipeline component over the selected regions (NER where the run puts it), the rules after
  the parse (claims and statements), grouping;
- the text's characters by why their sentence is parsed (a figure; the sentence before a
  figure; a statement with or without a capitalised name; the antecedent of a "he said"), and
  how many of the figure sentences' characters end up in a claim;
- per route, the most it can save: the characters it would spare a component times that
  component's measured CPU per character (the rules' and components' whole time for routes
  that trim them), and the ratio to the bare pipeline if it saved all of that.

The texts are the same real news as ``extract_throughput.py``. Ends with ``key: value``
lines; the last, ``best_ratio: X``, is the ratio with every route at its upper bound at once.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from extract_throughput import SHARED, corpus  # noqa: E402  (the same texts)

if TYPE_CHECKING:
    from core.model import Document

QUICK_WORDS = 20_000
FULL_WORDS = 100_000
COMPONENT_BATCH = 64  # docs per call, as the run's batching gives on news paragraphs


def cpu() -> float:
    return time.process_time()


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = cpu()
    value = fn()
    return cpu() - start, value


def bare_seconds(texts: Sequence[str]) -> float:
    import spacy

    from core.settings import DEFAULT_SETTINGS

    nlp = spacy.load(DEFAULT_SETTINGS.model)
    return timed(lambda: [None for _ in nlp.pipe(texts)])[0]


def components(docs: Sequence[Document]) -> tuple[dict[str, float], dict[str, int]]:
    """CPU seconds per stage of the parse over the regions the default run selects, and the
    characters each stage reads."""
    from core.extract.nlp import load_nlp
    from core.extract.regions import select_regions
    from core.pipeline import runs_ner
    from core.settings import DEFAULT_SETTINGS

    nlp = load_nlp(DEFAULT_SETTINGS.model)
    seconds: dict[str, float] = {}
    seconds["selection"], regions = timed(lambda: [(d, select_regions(d)) for d in docs])
    items = [
        (d.text[r.start : r.end], runs_ner(d.text[r.start : r.end], figures=r.entities))
        for d, rs in regions
        for r in rs
    ]
    seconds["tokenizer"], parsed = timed(lambda: [nlp.make_doc(text) for text, _ in items])
    chars = {"parsed": sum(len(t) for t, _ in items), "ner": sum(len(t) for t, e in items if e)}
    for name, proc in nlp.pipeline:
        picked = [doc for doc, (_, ner) in zip(parsed, items, strict=True) if ner or name != "ner"]

        def run(proc: Any = proc, picked: list[Any] = picked) -> None:
            for at in range(0, len(picked), COMPONENT_BATCH):
                batch = picked[at : at + COMPONENT_BATCH]
                if hasattr(proc, "pipe"):
                    list(proc.pipe(batch, batch_size=COMPONENT_BATCH))
                else:  # a plain callable component
                    for doc in batch:
                        proc(doc)

        seconds[name] = timed(run)[0]
    return seconds, chars


def rules(docs: Sequence[Document]) -> tuple[dict[str, float], Any]:
    """CPU seconds of the rules after the parse (claims and statements) and of grouping."""
    from core.pipeline import analyse, assemble, parse_documents, with_publication_date
    from core.settings import DEFAULT_SETTINGS

    settings = DEFAULT_SETTINGS.replace(n_process=1)
    dated = [with_publication_date(d, settings=settings) for d in docs]
    parsed = list(parse_documents(dated, settings=settings))

    def analyse_all() -> list[Any]:
        return [
            analyse(d, chunks, claim_ids=(f"c{n}" for n in itertools.count(1)),
                    statement_ids=(f"s{n}" for n in itertools.count(1)), settings=settings)
            for d, chunks in parsed
        ]

    rules_s, found = timed(analyse_all)
    claims = [c for cs, _ in found for c in cs]
    statements = [s for _, ss in found for s in ss]
    group_s, result = timed(lambda: assemble([d for d, _ in parsed], claims, statements, []))
    return {"rules": rules_s, "grouping": group_s}, result


def shares(docs: Sequence[Document]) -> Counter[str]:
    """Characters of the body's sentences by why they are parsed (or not)."""
    from core.extract import regions
    from core.extract.nlp import load_splitter
    from core.extract.statements import antecedent_sentences, may_hold_statement
    from core.pipeline import _NAME_LIKE
    from core.settings import DEFAULT_SETTINGS

    out: Counter[str] = Counter()
    for doc in docs:
        text = doc.text
        sents = regions._sentences(doc, statements=True, settings=DEFAULT_SETTINGS, notes=None)
        pieces = [text[s.start : s.end] for s in sents]
        antecedents = antecedent_sentences(pieces)
        for i, (s, piece) in enumerate(zip(sents, pieces, strict=True)):
            if s.figure and not regions.has_figure(load_splitter()(piece)[:]):
                kind = "context"  # flagged for the figure after it
            elif s.figure:
                kind = "figure"
            elif may_hold_statement(piece):
                kind = "statement, name" if _NAME_LIKE.search(piece) else "statement, no name"
            elif i in antecedents:
                kind = "antecedent"
            else:
                kind = "not parsed"
            if kind == "context" and may_hold_statement(piece):
                kind = "context, statement"
            out[kind] += len(piece)
    return out


def claim_chars(result: Any) -> int:
    """Characters of the sentences that hold at least one claim."""
    spans = {(c.document_id, c.sentence_start, c.sentence_end) for c in result.claims}
    return sum(end - start for _, start, end in spans)


def routes(seconds: dict[str, float], chars: dict[str, int], share: Counter[str],
           in_claims: int) -> dict[str, float]:
    """The most each route can save, in CPU seconds."""
    ner_per_char = seconds["ner"] / max(1, chars["ner"])
    parse_names = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
    parse_per_char = sum(seconds.get(n, 0.0) for n in parse_names) / max(1, chars["parsed"])
    return {
        # a: NER on a statement sentence only over its speaker (its other names are lost)
        "ner_speaker_only": share["statement, name"] * ner_per_char,
        # b: the sentence before a figure tokenised and through NER, not parsed
        "context_unparsed": share["context"] * parse_per_char,
        # c: attribute ruler and lemmatizer skipped on every token (their whole time)
        "ruler_lemmatizer": seconds["attribute_ruler"] + seconds["lemmatizer"],
        # d: the rules after the parse at no cost (their whole time)
        "rules": seconds["rules"],
        # e: a perfect filter before the parse: no figure sentence without a claim is parsed
        # (they also give the next sentences their date and place: an upper bound)
        "figure_filter": max(0, share["figure"] - in_claims) * (parse_per_char + ner_per_char),
        # no statements at all: statement sentences unparsed (what claims only saves)
        "no_statements": (share["statement, name"] + share["statement, no name"])
        * (parse_per_char + ner_per_char),
    }


def report(texts: Sequence[str], bare: float, seconds: dict[str, float], *,
           chars: dict[str, int], share: Counter[str], in_claims: int) -> None:
    total = sum(seconds.values())
    text_chars = sum(share.values())
    print(f"bare spaCy pipeline: {bare:.2f} s CPU")
    print(f"claimdesk default run: {total:.2f} s CPU, ratio {bare / total:.2f}")
    for name, value in seconds.items():
        print(f"  {name:16} {value:6.2f} s  {100 * value / total:5.1f} %")
    print(f"characters: {text_chars:,} in the body's sentences; parsed {chars['parsed']:,}, "
          f"through NER {chars['ner']:,}")
    for kind, n in share.most_common():
        print(f"  {kind:20} {n:8,}  {100 * n / text_chars:5.1f} %")
    print(f"  of the figure sentences' characters, {100 * in_claims / share['figure']:.1f} % "
          "are in sentences that hold a claim")
    saved = routes(seconds, chars, share, in_claims)
    print("routes (the most each can save, CPU seconds, and the ratio if it saved all of it):")
    for name, value in saved.items():
        print(f"  {name:18} {value:5.2f} s  ratio {bare / (total - value):.2f}")
    trims = total - sum(v for k, v in saved.items() if k not in ("no_statements", "figure_filter"))
    best = total - sum(v for k, v in saved.items() if k != "no_statements")
    print(f"words: {sum(len(t.split()) for t in texts)}")
    print(f"ner_share_percent: {100 * seconds['ner'] / total:.1f}")
    print(f"figure_percent: {100 * share['figure'] / text_chars:.1f}")
    print(f"profile_ratio: {bare / total:.2f}")
    print(f"trims_ratio: {bare / trims:.2f}")  # routes a-d at their upper bounds
    print(f"best_ratio: {bare / best:.2f}")  # and a perfect figure filter


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"{QUICK_WORDS:,} words")
    parser.add_argument("--words", type=int, help=f"corpus size in words (default {FULL_WORDS:,})")
    args = parser.parse_args()
    if not (SHARED / "peer").exists():
        print(f"{SHARED} not found: the benchmark reads real articles from ../shared")
        return 2
    from core.ingest.files import from_text

    texts = corpus(args.words or (QUICK_WORDS if args.quick else FULL_WORDS))
    docs = [from_text(t, doc_id=f"d{n}", path=f"article-{n}.txt") for n, t in enumerate(texts)]
    bare = bare_seconds(texts)
    seconds, chars = components(docs)
    after, result = rules(docs)
    seconds.update(after)
    report(texts, bare, seconds, chars=chars, share=shares(docs), in_claims=claim_chars(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
