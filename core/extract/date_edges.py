"""A date entity the recogniser ran on over the verb of its clause ("in August 2024 began
Monday": one DATE "August 2024 began") ends before that verb, a relative pronoun before it
("the fiscal year that ended June 30") goes with it, and a date after it ("June 30") is one of
its own; one it began at a town before "on", "in" or "at" ("in Chilas on Monday": one DATE
"Chilas on Monday") begins after the preposition.

Left whole, the expression resolves to nothing and the figure of the clause it dates goes
undated (and the town is lost to the places). A finite verb never ends a time expression; a
name before a preposition inside one is a holiday's ("Fourth of July weekend", "Eid al-Fitr in
2029"), which keeps its words, or a place's, which leaves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from core.text.dates import date_words, normalise_expression
from core.text.holidays import holiday

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "claimdesk_date_edges"

TIME_LABELS = frozenset({"DATE", "TIME"})
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # "began", "is", "say", "will"
PLACE_PREPS = frozenset({"on", "in", "at"})  # "Chilas on Monday", not "Fourth of July"
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "the fiscal year that ended June 30": "that" goes too
HOLIDAY_PROBE_YEAR = 2000  # any year: a holiday's name is asked for, not its day
YEAR_DIGITS = 4
COUNT_DEPS = frozenset({"nummod", "nsubj", "nsubjpass"})
THIS = "this"
DAY_EDGES = frozenset({"late", "early"})  # "late Saturday": the edge of the day told
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night"})  # "Sunday night"
# periods told from now the unit table lacks ("this weekend's storm", "this morning's raid")
PERIOD_NOUNS = frozenset({"weekend", "quarter", "season", "morning", "afternoon", "evening"})


def cut_verb_tails(doc: Doc) -> Doc:
    """End each date or time entity before the first finite verb inside it, and begin it
    after a name and preposition it opens with."""
    kept: list[Span] = []
    dropped: list[Span] = []
    for ent in doc.ents:
        if ent.label_ not in TIME_LABELS:
            continue
        start = _with_this(ent)
        if start == ent.start and len(ent) < 2:
            continue
        start = start if start < ent.start else _past_a_name(ent)
        verb = next((t.i for t in ent[1:] if t.tag_ in FINITE_VERB_TAGS), ent.end)
        end = _before_a_bare_span(ent, _before_a_count(ent, verb))
        while end > ent.start + 1 and end < ent.end and doc[end - 1].tag_ in RELATIVE_TAGS:
            end -= 1
        if (start, end) == (ent.start, ent.end) or start >= end:
            continue
        kept.append(Span(doc, start, end, label=ent.label_))
        # "... that ended June 30": a date after the verb is one of its own
        tail = verb + 1 if verb + 1 < ent.end and _dated(doc[verb + 1 : ent.end]) else ent.end
        if tail < ent.end:
            kept.append(Span(doc, tail, ent.end, label=ent.label_))
        dropped += [
            Span(doc, a, b) for a, b in ((ent.start, start), (end, tail)) if a < b
        ]
    if kept:
        doc.set_ents(kept, outside=dropped, default="unmodified")
    return doc


def _before_a_bare_span(ent: Span, end: int) -> int:
    """ "on Monday, days after a ceasefire collapsed": the recogniser runs the day on over the
    comma into "days", a span told with no count, which dates nothing and left the weekday
    unread; the day ends at the comma ("Monday, three days after" is read whole, as before)."""
    doc = ent.doc
    units = date_words().units
    for tok in ent[1:]:
        nxt = doc[tok.i + 1] if tok.i + 1 < end else None
        if tok.text == "," and nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ in units and (
            not any(c.dep_ == "nummod" for c in nxt.children)
        ):
            return tok.i
    return end


def _before_a_count(ent: Span, end: int) -> int:
    """Where the time expression ends before a count the recogniser ran it on into, written
    with no comma after a weekday or a year ("On Monday 12 people were killed", "In 2030 45
    died"): the parser counts the noun after it with the number, which dates nothing."""
    last = ent.doc[end - 1]
    # its noun's numeral, or the verb's subject ``dated_subjects`` made it ("On Monday 20 were")
    if end - ent.start < 2 or not last.like_num or last.dep_ not in COUNT_DEPS:
        return end
    if last.head.i < ent.end:
        return end
    before = ent.doc[end - 2]
    names = date_words()
    year = before.like_num and len(before.text) == YEAR_DIGITS
    return end - 1 if year or before.lower_ in names.weekdays else end


def _with_this(ent: Span) -> int:
    """Where a period told from now begins: the recogniser leaves the "this" of "this week's
    floods", "this year's toll" out of the entity (never that of "last" or "next"), which
    then names no period."""
    doc = ent.doc
    first = ent[0].lower_
    if ent.start == 0 or doc[ent.start - 1].lower_ != THIS or doc[ent.start - 1].ent_type_:
        return ent.start
    told_from_now = first in date_words().units or first in PERIOD_NOUNS
    return ent.start - 1 if told_from_now else ent.start


def _dated(words: Span) -> bool:
    """The words name a month, a weekday or a year."""
    names = date_words()
    return any(
        t.lower_ in names.months or t.lower_ in names.weekdays
        or (t.like_num and len(t.text) == YEAR_DIGITS)
        for t in words
    )


def _past_a_name(ent: Span) -> int:
    """Where the time expression begins after a proper name and its preposition of place the
    recogniser took in ("Chilas on Monday"); the entity's own start otherwise (a holiday
    before its preposition is a time: "Fourth of July weekend", "Eid al-Fitr in 2029")."""
    words = date_words()
    for tok in ent[1:]:
        if tok.tag_ == "IN":
            before = ent.doc[ent.start : tok.i]
            names = tok.lower_ in PLACE_PREPS and all(
                t.pos_ == "PROPN" and t.lower_ not in words.months
                and t.lower_ not in words.weekdays
                for t in before
            ) and holiday(normalise_expression(before.text), None, HOLIDAY_PROBE_YEAR) is None
            return tok.i + 1 if names else ent.start
    return ent.start
