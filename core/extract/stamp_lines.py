"""A page's own time stamp: a line that is a date and little else ("Updated Thu 6 May 2031,
9:03am", "Posted 3:57 AM, May 26 by ...") dates the report, not what it tells; a line of
counts a year labels ("2021: 209 incidents, 38 deaths") is a table's row, no stamp."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

STAMP_WORDS = frozenset({"posted", "updated", "published"})
# The most words of a date line besides its dates, times and stamp words ("Updated", "AEST")
DATE_LINE_WORDS = 2
DATE_LINE_TOKENS = 16
_WHEN = frozenset({"DATE", "TIME"})


def time_stamp(sent: Span, *, years: bool) -> bool:
    """The sentence is a time stamp: it opens with a stamp word, or (``years``: it writes a
    year) it is a date line with no verb and no row of counts."""
    return sent[0].lower_ in STAMP_WORDS or (
        years
        and date_line(sent)
        and not any(t.pos_ in ("VERB", "AUX") for t in sent)
        and not _counted_row(sent)
    )


def date_line(sent: Span) -> bool:
    """A line that is a date and little else: the page's own date, no sentence of the story."""
    if len(sent) > DATE_LINE_TOKENS:
        return False
    words = [t for t in sent if t.is_alpha and not t.ent_type_ and t.lower_ not in STAMP_WORDS]
    return len(words) <= DATE_LINE_WORDS and not any(t.pos_ == "VERB" for t in words)


def _counted_row(sent: Span) -> bool:
    """ "2021: 209 incidents, 38 deaths": a line of counts a year labels is a table's row, no
    time stamp; a stamp's numbers are all of its dates and times."""
    return any(
        t.like_num and t.dep_ == "nummod" and t.head.pos_ == "NOUN" and t.ent_type_ not in _WHEN
        for t in sent
    )
