"""Counts the tagger runs into the time told after them ("Targeted killings numbered 87 last
year", "the toll stood at 1,204 last year"): a count, and a date without it."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def count_run_into_a_date(num: Token) -> bool:
    """NER took the count and the time after it for one date; the parser keeps the count
    out of the time's phrase (neither hangs on the other), as it does not for "20 years"
    or "May 4"."""
    doc = num.doc
    end = num.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    rest = range(num.i + 1, end)
    return (
        num.ent_iob_ == "B"
        and len(rest) > 0
        and num.head.i not in rest
        and all(doc[i].head.i != num.i for i in rest)
    )


def count_before_a_date(num: Token, noun: Token) -> bool:
    """ "stood at 1,204 last year": the parser may hang a count on the time told after it,
    which NER leaves out of the date it holds whole ("20 years" is one)."""
    doc = num.doc
    return noun.i > num.i + 1 and num.ent_type_ != "DATE" and all(
        t.ent_type_ == "DATE" for t in doc[num.i + 1 : noun.i + 1]
    )


@functools.cache
def _vague_units() -> frozenset[str]:
    """The words of a vague count ("hundreds", "dozens"; qualifiers.json)."""
    return frozenset(str(w) for w in load_rules("qualifiers")["vague_units"])


@functools.cache
def _tally_spans() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("dates")["run_count_spans"])


def without_a_run_count(ent: Span, expr: str) -> str:
    """The date's words without the count NER ran into them ("87 last year": "last year",
    a headline's "hundreds in first quarter": "in first quarter"),
    when they tell a tally's span (``run_count_spans``)."""
    first = ent[0]
    if (
        len(ent) > 1
        and (first.like_num or first.lower_ in _vague_units())  # "hundreds in first quarter"
        and ent[-1].lemma_.lower() in _tally_spans()
        and count_run_into_a_date(first)
    ):
        return expr[len(first.text) :].lstrip()
    if _part_of_owned(ent) and expr == ent.text:
        # "Three of this year’s murders": "this year" (NER may hold the "'s" too)
        return ent[2 : len(ent) - (ent[-1].tag_ == "POS")].text
    return expr


def _part_of_owned(ent: Span) -> bool:
    """NER ran a part ("Three of") into the time that owns the counted noun after it ("this
    year’s murders", "last year's killings" with the "'s" in the entity or after it)."""
    doc = ent.doc
    held = ent[-1].tag_ == "POS"  # "Six of last year's" as one entity
    return (
        len(ent) > 2 + held
        and ent[0].like_num
        and ent[1].lower_ == "of"
        and ent[-1 - held].lemma_.lower() in _tally_spans()
        and (held or (ent.end < len(doc) and doc[ent.end].tag_ == "POS"))
    )
