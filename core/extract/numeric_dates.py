"""A date written in dotted figures with its year ("on 12.11.2031"), as Indian and European
copy writes it (day first), or in slashed figures with a leading zero ("on 04/05/2031"),
which the recogniser tags a count (CARDINAL) or leaves untagged:
the date is lost, and the figures read as counts ("arrested 12", "arrested 11", "arrested
2031"). It is labelled a DATE here, before any date, place or figure reader sees it; the
date grammar reads it day first.

Only a whole dotted date in one token that the grammar reads as a real day with a
four-figure year is taken ("2.5 kg", "v1.2.3" are none). A hyphened date ("on 12-11-2031")
the tokenizer splits into its five pieces, which the recogniser may tag a count too: the
pieces written close together are labelled one DATE. Which of a slashed or hyphened date's
first two numbers is the month depends on the report's country, read where its claims are
dated (``numeric_orders``).
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from spacy.attrs import ORTH
from spacy.tokens import Span

from core.extract.word_positions import positions_passing
from core.rules import load_rules, word_set
from core.text.dates import numeric_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_numeric_dates"

DATE_LABEL = "DATE"
OPEN_LABELS = frozenset({"", "CARDINAL"})  # no entity, or the count the recogniser took
_FIGURED_DATE = re.compile(r"\d{1,2}([./])\d{1,2}\1\d{4}")
_HYPHENED_DATE = re.compile(r"\d{1,2}-\d{1,2}-\d{4}")


def label_numeric_dates(doc: Doc) -> Doc:
    """Label each dotted or slashed date a DATE (see the module)."""
    # a date opens with a figure: only those words are built and asked, of every chunk
    figures = positions_passing(doc, ORTH, _opens_with_a_figure)
    found = [
        Span(doc, t.i, t.i + 1, label=DATE_LABEL)
        for t in (doc[i] for i in figures)
        if (t.ent_type_ in OPEN_LABELS or _alone(t))
        and _a_day(t.text)
        and not _a_version(t)
        and not ("/" in t.text and _opens_a_line(t))
    ]
    found += _hyphened_dates(doc, figures)
    if found:
        doc.set_ents(sorted(found, key=lambda e: e.start), default="unmodified")
    return doc


_HYPHENED_PIECES = 5  # "12", "-", "11", "-", "2031"
_EARLIEST_YEAR = 1900  # an earlier "year" ends a door number ("6-3-1238")
_JOINERS = frozenset({"-", "/"})


def _opens_with_a_figure(text: str) -> bool:
    return text[:1].isdigit()


def _hyphened_dates(doc: Doc, figures: list[int]) -> list[Span]:
    """Each hyphened date the tokenizer split ("12-11-2031" as five tokens, no space between)
    that no entity but a count holds, as one DATE span; ``figures`` the words that open with
    a figure."""
    found: list[Span] = []
    for i in figures:
        end = i + _HYPHENED_PIECES
        if end > len(doc):
            continue
        t = doc[i]
        pieces = doc[t.i : end]
        if (
            all(not p.whitespace_ for p in pieces[:-1])
            and _a_hyphened_day(pieces.text)
            and all(p.ent_type_ in OPEN_LABELS for p in pieces)
            and t.ent_iob_ != "I"
            and (end == len(doc) or doc[end].ent_iob_ != "I")
            and not _a_version(t)
            and not _in_a_longer_run(doc, t.i, end)
            and not _an_address(t)
        ):
            found.append(Span(doc, t.i, end, label=DATE_LABEL))
    return found


def _a_hyphened_day(text: str) -> bool:
    """A real day written in hyphened figures with a four-figure year of our times
    ("12-11-2031"; "6-3-1238" is a door number)."""
    return (
        bool(_HYPHENED_DATE.fullmatch(text))
        and int(text.rsplit("-", 1)[1]) >= _EARLIEST_YEAR
        and numeric_date(text, None, None) is not None
    )


def _in_a_longer_run(doc: Doc, start: int, end: int) -> bool:
    """The five pieces are part of a longer figure written close ("12-3-2031-AB", a plate or a
    case number; "021-12-11-2031", a telephone): no date."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (before is not None and not before.whitespace_ and before.text in _JOINERS) or (
        after is not None
        and not doc[end - 1].whitespace_
        and (after.text in _JOINERS or after.text[:1].isalnum())
    )


def _an_address(tok: Token) -> bool:
    """ "at 6-3-1238, Somajiguda", "a house at 1-1-1980": a door number (rules/dates.json
    address_words), no date."""
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return before is not None and before.lower_ in word_set("dates", "address_words")


def _a_day(text: str) -> bool:
    """A real day written in dotted or slashed figures with a four-figure year."""
    return bool(_FIGURED_DATE.fullmatch(text)) and numeric_date(text, None, None) is not None


def _opens_a_line(tok: Token) -> bool:
    """A slashed date that opens a line is the page's own stamp ("9/10/2031 @ 1:19PM" above
    the headline), which the sentencer may join to the headline: left as the tagger read it,
    lest it date the headline's figures."""
    return tok.i == 0 or "\n" in tok.doc[tok.i - 1].text_with_ws


def _alone(tok: Token) -> bool:
    """The token is an entity by itself: the tagger may take a slashed date for a name
    ("on 02/05/2031" an ORG), which no name of one such token is."""
    return tok.ent_iob_ == "B" and (tok.i + 1 == len(tok.doc) or tok.nbor().ent_iob_ != "I")


@functools.cache
def _version_words() -> frozenset[str]:
    rules = load_rules("dates")
    return frozenset(str(w) for w in (*rules["version_words"], *rules["serial_words"]))


def _a_version(tok: Token) -> bool:
    """ "Version 2.10.2031", "v 3.1.2030", "FIR No. 04/05/2031": the figures number a
    release or a record, no day."""
    start = tok.sent.start
    before = tok.i - 1
    if before > start and tok.doc[before].text == ".":
        before -= 1  # the tokenizer may split the period off "No."
    return before >= start and tok.doc[before].lower_.rstrip(".") in _version_words()
