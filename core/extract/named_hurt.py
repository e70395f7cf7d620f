"""Victims named alone beside a count of the hurt: "Five people were wounded ... Tom Reyes, 33,
remains in critical condition", "... Police said the victim, Nora Fisk, 26, was not the
target". Checkers count each of the hurt a report names as a figure of its own, so the name is
no restatement of the count (``victim_mentions.restates_count``); after a count of one hurt the
name is that one person, and the dead a count numbered are its own people named ("Two were
killed ... Ivo Petrak, 31, died")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.nlp import compound_start

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.measures import Reading


def one_of_many_hurt(reading: Reading, counted: float) -> bool:
    """Whether a person named alone in ``reading`` is one of a count of ``counted`` hurt
    (more than one), a figure of their own."""
    return reading.measure == "injured" and counted > 1


def appositive_name(span: Span, noun: Token) -> Span:
    """The name a victim's figure tells: the span itself, or the name set off after the noun
    the figure spans ("the victim, Nora Fisk," names Nora Fisk)."""
    if span.root.pos_ == "PROPN" or noun.pos_ != "PROPN" or noun.dep_ != "appos":
        return span
    return noun.doc[compound_start(noun) : noun.i + 1]
