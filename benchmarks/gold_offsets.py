"""Fill each gold row's ``start``/``end`` from its quote, and check every row.

    python benchmarks/gold_offsets.py DIR/SLICE [--check]

A gold row names its report (``doc``), a ``quote`` that occurs exactly once in the report, and
the figure's ``number_text`` inside the quote; ``start``/``end`` become the figure's offsets
in the report's text as the extraction reads it (the export's offsets, which the scorer
compares). The figure is its first occurrence in the quote, unless ``number_at`` (0, 1, ...)
says which (the key is then dropped); offsets already set on that figure's text inside the
quote are kept, so a second run changes nothing. Each pair's quotes must be gold rows. Problems
are printed with their line; ``gold.jsonl`` is rewritten (claim rows, then pairs) unless
``--check``; the exit status is 1 when there is a problem. The last line is ``N rows, M
problems``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_gold import Row, document_text, gold_file, scorer  # beside this script

from core.errors import InputError


class RowError(Exception):
    """Why a row's offsets cannot be set."""


def figure_offsets(text: str, row: Row) -> tuple[int, int]:
    """``(start, end)`` of the row's figure in ``text``; raises RowError."""
    quote, figure = row["quote"], row["number_text"]
    found = text.count(quote)
    if found != 1 or figure not in quote:
        raise RowError(f"quote found {found} times or number_text not in quote: {quote!r}")
    at = text.index(quote)
    start, end = row.get("start"), row.get("end")
    if ("number_at" not in row and isinstance(start, int) and isinstance(end, int)
            and at <= start and end <= at + len(quote) and text[start:end] == figure):
        return start, end
    offset = -1
    for _ in range(int(row.get("number_at", 0)) + 1):
        offset = quote.find(figure, offset + 1)
        if offset < 0:
            raise RowError(f"number_at {row['number_at']}: {figure!r} not that often in "
                             f"{quote!r}")
    return at + offset, at + offset + len(figure)


def fill(slice_dir: Path) -> tuple[list[Row], list[str]]:
    """The slice's gold rows with their offsets set (a row with a problem left as it was),
    and the problems."""
    claims, pairs = scorer().load_gold(gold_file(slice_dir))
    problems: list[str] = []
    rows: list[Row] = []
    for n, row in enumerate(claims, 1):
        try:
            text = document_text(slice_dir / "docs" / row["doc"])
            start, end = figure_offsets(text, row)
        except (RowError, InputError) as exc:
            problems.append(f"row {n} ({row.get('doc')}): {exc}")
            rows.append(row)
            continue
        done = {k: v for k, v in row.items() if k != "number_at"}
        rows.append({**done, "start": start, "end": end})
    quotes = {(r["doc"], r["quote"]) for r in claims}
    for pair in pairs:
        problems.extend(f"pair quote not a gold row: {doc} {quote!r}"
                        for doc, quote in pair["pair"] if (doc, quote) not in quotes)
    return rows + pairs, problems


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("slice", type=Path, help="the slice folder (docs/, gold.jsonl)")
    ap.add_argument("--check", action="store_true", help="check only; leave gold.jsonl as it is")
    args = ap.parse_args(argv)
    path = gold_file(args.slice)
    if not path.is_file():
        print(f"gold_offsets: no {path}", file=sys.stderr)
        return 2
    rows, problems = fill(args.slice)
    for problem in problems:
        print(problem)
    if not args.check:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                        encoding="utf-8")
    print(f"{len(rows)} rows, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
