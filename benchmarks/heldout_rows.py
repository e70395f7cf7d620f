"""Why a slice scores what it does: counts by kind (safe on blind slices) and wrong rows.

``aggregate`` counts, with no text, quote or place in them: gold figures missed and figures
extra, by measure; matched rows whose date, attribution or place is wrong, by kind.
``wrong_rows`` prints the wrong rows of the fields asked, with their quotes: readable slices
only (``heldout_scores.py --rows`` refuses a blind one before extracting it).
Both judge the rows as ``../shared/eval/score_claims.py`` does, through its own functions.
"""

from __future__ import annotations

import collections
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from heldout_gold import Row, document_text, gold_file, scorer

ROW_FIELDS = ("location", "date", "attribution", "missed", "extra", "event")
WIDE_SPAN_DAYS = 2  # a gold or tool period longer than this is a span, else a day
SMALL_VALUE = 10  # extras split at this value: small figures are often not casualty counts
LEAD_CHARS = 300  # a place in the first characters of a report is its dateline or lead
_WORD_NUMBER = re.compile(r"[a-z]")
_PLACE_KINDS = {"same": "same place other wording", "contains": "tool coarser",
                "within": "tool finer"}


@dataclass(frozen=True, slots=True)
class Matched:
    """A slice's gold rows, the export's claims on the gold's reports, and the scorer's match
    (gold index → predicted claim)."""

    gold: list[Row]
    pred: list[Row]
    match: dict[int, Row]

    def hits(self) -> list[int]:
        """Gold core rows matched by a claim of their own measure (the scorer's hits)."""
        return [i for i, p in self.match.items() if is_core(self.gold[i])
                and p.get("measure") == self.gold[i]["measure"]]


def is_core(row: Row) -> bool:
    return bool(row.get("core", True))


def matched(slice_dir: Path, export: Path) -> Matched:
    sc = scorer()
    gold, pairs = sc.load_gold(gold_file(slice_dir))
    pred, _ = sc.load_pred(export)
    docs = {g["doc"] for g in gold} | {d for p in pairs for d, _ in p["pair"]}
    pred = [p for p in pred if p["doc"] in docs or not docs]  # as the scorer judges
    return Matched(gold, pred, sc.match(gold, pred))


# --- counts only ------------------------------------------------------------------------------


def aggregate(m: Matched, slice_dir: Path) -> list[str]:
    """Indented lines of counts by kind, most common first, under MISSES, EXTRAS, DATE,
    ATTR and PLACE."""
    lines: list[str] = []
    blocks = (("MISSES", misses(m)), ("MISS SHAPES", miss_shapes(m, slice_dir)),
              ("EXTRAS", extras(m)), ("DATE", wrong_dates(m)),
              ("ATTR", wrong_attributions(m, slice_dir)), ("PLACE", wrong_places(m, slice_dir)))
    for title, counts in blocks:
        lines.append(f"  {title}")
        lines.extend(f"    {n} {', '.join(kind)}" for kind, n in counts.most_common())
    return lines


Kinds = collections.Counter[tuple[str, ...]]


def misses(m: Matched) -> Kinds:
    out: Kinds = collections.Counter()
    for i, g in enumerate(m.gold):
        p = m.match.get(i)
        if not is_core(g):
            continue
        if p is None:
            written = "words" if _WORD_NUMBER.search(g["number_text"]) else "digits"
            out[(g["measure"], "no claim", written)] += 1
        elif p.get("measure") != g["measure"]:
            out[(g["measure"], f"read as {p.get('measure')}")] += 1
    return out


# How a missed figure is written, by its words (no word of the text is printed)
_ARTICLES = frozenset({"a", "an"})
_VAGUE = re.compile(r"dozen|score|several|hundred|thousand|some|many|few|number", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_QUOTES = ('"', "\u201c", "\u201d")


def miss_shapes(m: Matched, slice_dir: Path) -> Kinds:
    """The missed core figures by shape: how the figure is written (an article, "one", a
    numeral word, a vague amount, digits), where it stands (the headline, inside a quote, the
    body) and what the tool read in its sentence (a claim of the same measure, another
    measure's, none). Structure only: safe on a blind slice."""
    out: Kinds = collections.Counter()
    texts: dict[str, str] = {}
    for i, g in enumerate(m.gold):
        if not is_core(g) or i in m.match:
            continue
        text = texts.setdefault(g["doc"], document_text(slice_dir / "docs" / g["doc"]))
        start, end = _sentence_bounds(text, int(g["start"]))
        near = [p for p in m.pred if p["doc"] == g["doc"] and start <= int(p["start"]) < end]
        told = ("same measure told" if any(p.get("measure") == g["measure"] for p in near)
                else "other measure told" if near else "nothing told")
        year = "year in sentence" if _YEAR.search(text[start:end]) else ""
        where = _where(text, start, int(g["start"]))
        shape = (g["measure"], _written(str(g["number_text"])), where, told)
        out[(*shape, year) if year else shape] += 1
    return out


def _written(number: str) -> str:
    word = number.strip().lower()
    if word in _ARTICLES:
        return "article"
    if word == "one":
        return "one"
    if _VAGUE.search(word):
        return "vague"
    if not _WORD_NUMBER.search(word):
        return "digits"
    from core.text.number_tokens import number_words

    words = number_words()
    known = {*words.units, *words.teens, *words.tens, *words.scales}
    parts = word.replace("-", " ").split()
    if parts and all(w in known or w == "and" for w in parts):
        return "numeral word"
    return _no_numeral(number.strip())


_DEFINITE = frozenset({"the", "this", "that", "his", "her", "their"})
_PRONOUNS = frozenset({"he", "she", "him", "they", "them", "it"})


def _no_numeral(number: str) -> str:
    """How a figure with no numeral is written: a name, a definite mention, a pronoun, or
    another word ("both", "twin")."""
    words = number.split()
    first = words[0].lower() if words else ""
    if first in _PRONOUNS:
        return "pronoun"
    if first in _DEFINITE:
        return "definite"
    if words and all(w[:1].isupper() for w in words):
        return "name" if len(words) > 1 else "capitalised word"
    return "other word"


def _where(text: str, sentence_start: int, at: int) -> str:
    if "\n" not in text[:sentence_start].strip():
        return "headline"  # the first line
    before = text[sentence_start:at]
    return "in quote" if sum(before.count(q) for q in _QUOTES) % 2 else "body"


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The sentence around ``at``, by its line and its full stops (a rough cut, enough to ask
    what the tool read near a figure)."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    cut = max(text.rfind(". ", line_start, at), line_start - 2) + 2
    stop = text.find(". ", at, line_end)
    return cut, (line_end if stop < 0 else stop + 1)


def _extra_claims(m: Matched) -> list[Row]:
    """Core claims the scorer matched to no core gold row of their measure."""
    hit = {id(m.match[i]) for i in m.hits()}
    optional = {id(p) for i, p in m.match.items() if not is_core(m.gold[i])}
    return [p for p in m.pred if p.get("measure") in scorer().CORE
            and id(p) not in hit and id(p) not in optional]


def extras(m: Matched) -> Kinds:
    spanned = {id(p) for p in m.match.values()}
    out: Kinds = collections.Counter()
    for p in _extra_claims(m):
        gold = "matched gold of other measure" if id(p) in spanned else "no gold"
        small = (p.get("value") or 0) <= SMALL_VALUE
        size = f"val<={SMALL_VALUE}" if small else f"val>{SMALL_VALUE}"
        out[(str(p.get("measure")), gold, f"qual={p.get('qualifier')}", size)] += 1
    return out


def _date_right(g: Row, p: Row) -> bool:
    sc = scorer()
    return bool(sc.near(sc.day(p.get("date_start")), sc.day(g["date_start"]))
                and sc.near(sc.day(p.get("date_end")), sc.day(g["date_end"])))


def wrong_dates(m: Matched) -> Kinds:
    sc = scorer()
    out: Kinds = collections.Counter()
    for i in m.hits():
        g, p = m.gold[i], m.match[i]
        if not g.get("date_start") or _date_right(g, p):
            continue
        gs, ge = sc.day(g["date_start"]), sc.day(g["date_end"])
        ps, pe = sc.day(p.get("date_start")), sc.day(p.get("date_end"))
        out[(_date_kind(gs, ge, ps, pe), g["measure"])] += 1
    return out


def _date_kind(gs: Any, ge: Any, ps: Any, pe: Any) -> str:
    sc = scorer()
    if ps is None or pe is None:
        return "tool none"
    gold = "gold span" if (ge - gs).days > WIDE_SPAN_DAYS else "gold day"
    tool = "tool span" if (pe - ps).days > WIDE_SPAN_DAYS else "tool day"
    kind = f"{gold}/{tool}"
    if sc.near(ps, gs):
        return kind + ", start right"
    if sc.near(pe, ge):
        return kind + ", end right"
    return kind + (", other year" if ps.year != gs.year else "")


def wrong_attributions(m: Matched, slice_dir: Path | None = None) -> Kinds:
    """Wrong sources by what the tool said and, with ``slice_dir``, where the gold's source
    is written in the report relative to the figure's sentence (structure only)."""
    sc = scorer()
    out: Kinds = collections.Counter()
    for i in m.hits():
        g, p = m.gold[i], m.match[i]
        if g.get("attribution") and not sc.loose_text_match(g["attribution"], p.get("attribution")):
            kind: tuple[str, ...] = (
                "tool none" if not p.get("attribution") else "tool other", g["measure"]
            )
            if slice_dir is not None:
                text = document_text(slice_dir / "docs" / g["doc"])
                kind = (*kind, _source_written(text, str(g["attribution"]), int(g["start"])))
            out[kind] += 1
    return out


def _source_written(text: str, source: str, at: int) -> str:
    """Where the gold's source is named: in the figure's sentence, the next or the one before,
    elsewhere in its paragraph, in the report's first lines, later, or nowhere as written."""
    start, end = _sentence_bounds(text, at)
    found = [x.start() for x in re.finditer(re.escape(source), text, re.IGNORECASE)]
    if not found:
        return "source not written so"
    if any(start <= x < end for x in found):
        return "in the sentence"
    nxt_start, nxt_end = _sentence_bounds(text, min(end + 1, len(text) - 1))
    if any(nxt_start <= x < nxt_end for x in found):
        return "in the next sentence"
    prev_start, _ = _sentence_bounds(text, max(start - 3, 0))
    if any(prev_start <= x < start for x in found):
        return "in the sentence before"
    para = text.rfind("\n", 0, at) + 1
    if any(para <= x < start for x in found):
        return "earlier in the paragraph"
    if min(found) < LEAD_CHARS:
        return "in the first lines"
    return "earlier in the report" if min(found) < start else "only later in the report"


def wrong_places(m: Matched, slice_dir: Path) -> Kinds:
    from core.text import places

    sc = scorer()
    out: Kinds = collections.Counter()
    for i in m.hits():
        g, p = m.gold[i], m.match[i]
        gold, tool = g.get("location"), p.get("location")
        if not gold or sc.loose_text_match(gold, tool):
            continue
        if not tool:
            text = document_text(slice_dir / "docs" / g["doc"])
            head = gold.split(",")[0].strip()
            out[("tool none", _source_written(text, head, int(g["start"])))] += 1
            continue
        head = tool.split(",")[0].strip()
        text = document_text(slice_dir / "docs" / g["doc"])
        where = "tool in first 300 chars" if head and head in text[:LEAD_CHARS] else "tool later"
        gp, tp = places.resolve(gold), places.resolve(tool)
        if gp is None:
            kind = "gold unresolved"
        elif tp is None:
            kind = "tool unresolved"
        else:
            relation = places.relation(tp, gp)
            kind = _PLACE_KINDS.get(relation, relation)
        quoted = "gold head in quote" if gold.split(",")[0].strip() in g["quote"] else ""
        out[(kind, where, quoted) if quoted else (kind, where)] += 1
    return out


# --- rows with their text (readable slices only) ------------------------------------------------


def wrong_rows(m: Matched, fields: Sequence[str]) -> list[str]:
    """The lines ``wrong_rows.py`` printed: MISSED, PLACE, DATE, ATTR rows, EXTRA claims, then
    SPLIT and MERGED events."""
    sc = scorer()
    lines: list[str] = []
    for i, g in enumerate(m.gold):
        p = m.match.get(i)
        if not is_core(g):
            continue
        if p is None or p.get("measure") != g["measure"]:
            if "missed" in fields:
                lines.append(f"MISSED {g['doc']} {g['quote']!r} {g['measure']} "
                             f"pred={p and p.get('measure')}")
            continue
        if ("location" in fields and g.get("location")
                and not sc.loose_text_match(g["location"], p.get("location"))):
            lines.append(f"PLACE {g['doc']} {g['quote']!r}: gold {g['location']!r} "
                         f"tool {p.get('location')!r}")
        if "date" in fields and g.get("date_start") and not _date_right(g, p):
            lines.append(f"DATE {g['doc']} {g['quote']!r}: gold {g['date_start']}..{g['date_end']}"
                         f" tool {p.get('date_start')}..{p.get('date_end')}")
        if ("attribution" in fields and g.get("attribution")
                and not sc.loose_text_match(g["attribution"], p.get("attribution"))):
            lines.append(f"ATTR {g['doc']} {g['quote']!r}: gold {g['attribution']!r} "
                         f"tool {p.get('attribution')!r}")
    if "extra" in fields:
        lines.extend(f"EXTRA {p['doc']} {p.get('number_text')!r} in {p.get('sentence')!r} "
                     f"{p.get('measure')} {p.get('value')}"
                     for p in _extra_claims(m))
    if "event" in fields:
        lines.extend(_event_rows(m))
    return lines


def _event_rows(m: Matched) -> Iterable[str]:
    hits = m.hits()
    by_gold: dict[str, dict[Any, list[str]]] = {}
    by_tool: dict[Any, set[str]] = {}
    for i in hits:
        g, event_id = m.gold[i], m.match[i].get("event_id")
        by_gold.setdefault(g["event"], {}).setdefault(event_id, []).append(
            g["doc"][:2] + ":" + g["number_text"])
        by_tool.setdefault(event_id, set()).add(g["event"])
    for event, parts in by_gold.items():
        if len(parts) > 1:
            yield f"SPLIT {event}: " + " | ".join(f"{k}: {' '.join(v)}" for k, v in parts.items())
    for event_id, events in by_tool.items():
        if len(events) > 1:
            yield f"MERGED {event_id}: {sorted(events)}"
