"""How a sentence's date entities read together: a weekday with the day and month the tagger
took apart from it ("on Tuesday (6 January)"), a year with the clause it dates, a weekday of a
clause another month dates ("In March, an attack killed 44 during Friday prayers")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.compared_periods import years_before
from core.extract.ordinal_days import months_day
from core.rules import word_set
from core.text.dates import Period, date_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def day_of_weekday(ent: Span, after: Span | None) -> Span | None:
    """ "on Tuesday (6 January)", "on Tuesday, 6 January": the day and month the tagger took
    apart from the weekday they date, which together name one day."""
    if after is None or after.label_ != "DATE" or len(ent) != 1:
        return None
    if ent.root.lower_ not in date_words().weekdays or after.start != ent.end + 1:
        return None
    if ent.doc[ent.end].text not in ("(", ","):
        return None
    words = [t.lower_.rstrip(".") for t in after]
    months = date_words().months
    has_day = any(re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", w) for w in words)
    return after if has_day and any(w in months for w in words) else None


def restated_weekday(ent: Span, before: Span | None) -> bool:
    """ "on June 6 (Friday)", "on 6th inst. (Friday)": the weekday in brackets right after
    the day it names, no day of its own (which, read apart, is the latest such weekday)."""
    if before is None or before.label_ != "DATE" or len(ent) != 1:
        return False
    doc = ent.doc
    gap = ent.start - before.end
    if gap == 2 and months_day(doc, before.end):
        gap = 1  # "6th inst. (Friday)": the month word between
    return (
        gap == 1
        and ent.root.lower_ in date_words().weekdays
        and doc[ent.start - 1].text == "("
        and ent.end < len(doc)
        and doc[ent.end].text == ")"
    )


def _clause_verb(tok: Token) -> Token | None:
    return next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def year_told_with(ent: Span, year_toks: list[Token]) -> bool:
    """The sentence's year dates the entity's clause: "in 2003, a quake in February killed
    600", not "killed 31,000 in 2003, and 600 died in February" (another clause, whose bare
    month is of the report's year)."""
    verb = _clause_verb(ent.root)
    return any(
        (t.ent_type_ not in ("DATE", "EVENT") or _same(_clause_verb(t), verb))
        and not _compared_after(t, ent)
        for t in year_toks
    )


def _compared_after(year: Token, ent: Span) -> bool:
    """ "810 thefts in March, down from 905 in March 2030": the year is of the period a
    comparison after the entity names (a phrase of "from", "against", "than" the entity is
    not in), which dates the figure compared with and not the entity's own."""
    preps = word_set("dates", "comparison_preps")
    for up in year.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return False
        # "up from 19 in March and from 25 in April 2030": a second "from" joined to the first
        if up.dep_ in ("prep", "conj") and up.lower_ in preps:
            return up.i >= ent.end and not any(c.lower_ == "to" for c in up.head.children)
        # "312 in the six months to June, against 150 in the same period of 2025": the
        # period a "same" names is the one compared with, wherever the parser hangs it
        if not ent.start <= up.i < ent.end and any(
            c.dep_ == "amod" and c.lower_ == "same" for c in up.children
        ):
            return True
    return False


def _same(a: Token | None, b: Token | None) -> bool:
    return a is None or b is None or a.i == b.i


_WORD = re.compile(r"[a-z]+")


def bare_weekday(text: str) -> bool:
    """A weekday with no month, day or year of its own ("Friday", "on Friday night")."""
    words = _WORD.findall(text.lower())
    tables = date_words()
    return (
        any(w in tables.weekdays for w in words)
        and not any(w in tables.months for w in words)
        and not any(c.isdigit() for c in text)
    )


def _names_a_month(period: Period) -> bool:
    """A span a month or a year names ("In March", "in 2024"), not "this week"."""
    words = _WORD.findall(period.text.lower())
    return period.start != period.end and (
        any(w in date_words().months for w in words) or re.search(r"\d{4}", period.text) is not None
    )


def weekdays_of_other_months(
    found: list[tuple[Token, Period, bool]],
) -> list[tuple[Token, Period, bool]]:
    """The sentence's dates less a bare weekday that a month of its own clause dates, when
    that month ends before the day the weekday was read as (the last one before publication):
    "In March, an attack on a mosque killed 44 during Friday prayers" tells a Friday of March,
    whose day the text does not give, not the Friday before the report."""
    months = [(_dated_verb(t), p) for t, p, _ in found if _names_a_month(p)]
    if not months:
        return found
    return [
        (t, p, r)
        for t, p, r in found
        if not (
            p.start == p.end
            and bare_weekday(p.text)
            and any(
                v is not None and m.end < p.start and _same(v, _clause_verb(t)) for v, m in months
            )
        )
    ]


def _dated_verb(date: Token) -> Token | None:
    """The verb the date dates directly ("In March, an attack killed ...", "killed ... in
    March"), not one it stands under in a noun's phrase ("in a raid like one in January")."""
    head = date.head
    if date.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif date.dep_ != "npadvmod":
        return None  # "the March shooting": the month names the noun, not a clause's time
    nominal = head.dep_ in _NOMINAL
    return head if head.pos_ in ("VERB", "AUX") and not nominal else None


# what a verb-tagged word heads as a noun ("charged in the March shooting on Thursday")
_NOMINAL = frozenset({"pobj", "dobj", "nsubj", "nsubjpass", "compound", "conj", "appos"})


def periods_of_years(
    found: list[tuple[Token, Period, bool]],
) -> list[tuple[Token, Period, bool]]:
    """ "the January-October period of last year", "the first quarter of 2025": months the
    tagger read apart from the year after them, in the year of publication, are that year's
    (the year's own entry, part of their phrase, goes)."""
    out = list(found)
    for t, p, _ in found:
        if p.start.year != p.end.year or _whole_year(p):
            continue
        noun = t.head if t.dep_ == "compound" else t
        year = next(
            (
                (y, q)
                for y, q, _ in found
                if _whole_year(q)
                and q.start.year != p.start.year
                and y.dep_ == "pobj"
                and y.head.lower_ == "of"
                and y.head.head.i == noun.i
            ),
            None,
        )
        if year is None:
            continue
        moved = years_before(p, p.start.year - year[1].start.year, p.text)
        out = [
            (u, moved if u.i == t.i else q, s)
            for u, q, s in out
            if u.i != year[0].i
        ]
    return out


def _whole_year(p: Period) -> bool:
    return (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31) and (
        p.start.year == p.end.year
    )


_FOR = "for"


def a_documents_year(root: Token) -> bool:
    """ "its annual report for 2031", "the data for 2031": the year a document covers, the
    figures' period, not the day it was issued."""
    if root.head.lower_ != _FOR or root.dep_ != "pobj":
        return False
    held = root.head.head
    # "released its report for 2031": the parse may hang the year on the verb of release
    nouns = [held]
    if held.pos_ == "VERB":
        nouns += [c for c in held.children if c.dep_ == "dobj"]
    documents = word_set("cues", "recorder_material")
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in documents for n in nouns)
