"""The day a dateline carries ("SPRINGFIELD, Ill., March 12 (AP) --", "QUETTA, Jan 4:"): the
day the report was filed, a fallback for its incident when the text names no other day, never
the period of a figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.nlp import sentence_ents

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# the dash, or the colon of South Asian and wire copy ("ELDMERE, 4 May 2031 (Agency):")
DATELINE_DASHES = frozenset({"-", "--", "–", "—", ":", "):"})
DATELINE_TOKENS = 12  # "NEW HAVEN, Conn., Oct. 27 (UPI) --" and no longer


def in_dateline(ent: Span) -> bool:
    """ "SPRINGFIELD, Ill., March 12 (AP) --": the date of a dateline is the day the report
    was filed, not the day of what it tells. Before the date only the place's names; after
    it only an agency in brackets, then the dash that opens the first clause."""
    sent = ent.sent
    opening = sent.doc[sent.start : min(sent.end, sent.start + DATELINE_TOKENS)]
    dash = next((t.i for t in opening if t.text in DATELINE_DASHES and t.i > ent.end - 1), None)
    if dash is None or ent.start == sent.start:
        return False
    place = sent.doc[sent.start : ent.start]
    if not all(t.pos_ == "PROPN" or t.is_punct or t.is_upper for t in place):
        return False
    tail = sent.doc[ent.end : dash]
    depth, agency = 0, True
    for t in tail:
        depth += (t.text == "(") - (t.text == ")")
        agency = agency and (depth > 0 or t.is_punct)
    return agency and depth == (sent.doc[dash].text == "):")  # "):" closes the bracket


def dateline_day(tok: Token) -> bool:
    """The token is the root of the date a dateline carries."""
    ent = next((e for e in sentence_ents(tok.sent) if e.start <= tok.i < e.end), None)
    return ent is not None and in_dateline(ent)
