"""A victim named in apposition with the noun a figure spans: "Five people were wounded ...
Police said the victim, Nora Fisk, 26, was not the target" names Nora Fisk, whom a later
mention ("Fisk was in stable condition") names again (``victim_mentions.victim_of``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.nlp import compound_start

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def appositive_name(span: Span, noun: Token) -> Span:
    """The name a victim's figure tells: the span itself, or the name set off after the noun
    the figure spans ("the victim, Nora Fisk," names Nora Fisk)."""
    if span.root.pos_ == "PROPN" or noun.pos_ != "PROPN" or noun.dep_ != "appos":
        return span
    return noun.doc[compound_start(noun) : noun.i + 1]
