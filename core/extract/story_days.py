"""Days told from another day of the story: "a day earlier", "the previous day", "two days
later", "the day before". A reader counts them from the day the sentence gives besides ("four
were killed a day earlier, police said on Sunday"), else from the day the sentences before
told ("... on Saturday. A day earlier, militants had killed three"), never from the day of
publication, which the resolver counts "a day earlier" from."""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from core.extract.nlp import sentence_ents
from core.rules import load_rules
from core.text.dates import Period, count_number, date_words, normalise_expression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_DAYS_IN = {"day": 1, "week": 7}


@functools.cache
def _tables() -> tuple[dict[str, int], dict[str, int]]:
    rules = load_rules("dates")
    return dict(rules["story_days"]), dict(rules["story_shifts"])


def _offset(ent: Span) -> int | None:
    """Days from the story's other day to the one the entity names, if it names one so."""
    days, shifts = _tables()
    doc, end = ent.doc, ent.end
    after = doc[end].lower_ if end < ent.sent.end else ""
    text = normalise_expression(ent.text).lower()
    text = re.sub(r"^(?:on|in|of) ", "", text).removeprefix("the ")
    if text in days and not _of_another(doc, end - 1):
        return days[text]
    if text == "day" and after in shifts and not _of_another(doc, end):
        return shifts[after]  # "the day before": the tagger leaves "before" out
    tables = date_words()
    m = re.fullmatch(rf"(?:{tables.num}|(?P<one>an?)) (?P<unit>{tables.unit}) (?P<dir>\w+)", text)
    if m is None or m["dir"] not in shifts or _of_another(doc, end - 1):
        return None
    unit = tables.units[m["unit"]]
    count = 1 if m["one"] else count_number(m["n"])
    if unit not in _DAYS_IN or not count:
        return None
    return count * _DAYS_IN[unit] * shifts[m["dir"]]


def _of_another(doc: Doc, last: int) -> bool:
    """The time word opens what it counts from ("the day after the shooting", "two days
    before the vote"): a day of that, not of the story's other day."""
    if doc[last].lower_ not in ("before", "after") or last + 1 >= len(doc):
        return False
    return not doc[last + 1].is_punct and doc[last + 1].sent == doc[last].sent


def from_story_days(
    sent: Span,
    periods: list[tuple[Token, Period, bool]],
    before: tuple[Period | None, ...],
) -> list[tuple[Token, Period, bool]]:
    """The sentence's periods with its days told from another day of the story counted from
    that day: the first single day the sentence gives besides, else the first single day of
    ``before`` (carried from the sentences before, the report's incident). With neither they
    stay as the resolver read them."""
    told = [(ent, shift) for ent in sentence_ents(sent) if (shift := _offset(ent)) is not None]
    if not told:
        return periods
    inside = {t.i for ent, _ in told for t in ent}
    others = [p for t, p, _ in periods if t.i not in inside and p.start == p.end]
    # not the report's day that the resolver read from these very words
    own = [p for t, p, _ in periods if t.i in inside]
    base = next(iter(others), None) or next(
        (
            p
            for p in before
            if p is not None and p.start == p.end and not any(p is o for o in own)
        ),
        None,
    )
    if base is None:
        return periods
    kept = [(t, p, r) for t, p, r in periods if t.i not in inside]
    for ent, shift in told:
        day = base.start + dt.timedelta(days=shift)
        kept.append((ent.root, Period(start=day, end=day, text=f"{ent.text} {base.text}"), False))
    return kept
