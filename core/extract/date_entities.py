"""How a sentence's date entities read together: a weekday with the day and month the tagger
took apart from it ("on Tuesday (6 January)"), a year with the clause it dates."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.text.dates import date_words

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


def _clause_verb(tok: Token) -> Token | None:
    return next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)


def year_told_with(ent: Span, year_toks: list[Token]) -> bool:
    """The sentence's year dates the entity's clause: "in 2003, a quake in February killed
    600", not "killed 31,000 in 2003, and 600 died in February" (another clause, whose bare
    month is of the report's year)."""
    verb = _clause_verb(ent.root)
    return any(
        t.ent_type_ not in ("DATE", "EVENT") or _same(_clause_verb(t), verb) for t in year_toks
    )


def _same(a: Token | None, b: Token | None) -> bool:
    return a is None or b is None or a.i == b.i
