"""Counts the verb is gapped before, each with its own place: "Six people were killed in
Bannu, and 2 in Lakki Marwat", "Four soldiers died in Kupwara, two in Baramulla and one in
Sopore". The parser hangs the later counts on the verb (or on the first place, as its
appositive), so a later count's place can stand nearer the first figure in the tree than the
first figure's own: each place after a gapped count is that count's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.place_words import LOCATIVE_PREPS

if TYPE_CHECKING:
    from spacy.tokens import Token

_GAP_DEPS = frozenset({"conj", "appos", "npadvmod"})  # how the parser hangs a gapped count
_VERB_GAP_DEPS = frozenset({"npadvmod", "appos"})  # a bare number hung beside the verb


def anothers_gapped_count(tok: Token, num: Token) -> bool:
    """The place (``tok``) is told in the locative phrase of a gapped count after the figure
    (``num``), which stands outside that count's words."""
    count = gapped_count(tok)
    return (
        count is not None
        and count.i > num.i
        and not count.left_edge.i <= num.i <= count.right_edge.i
    )


def gapped_count(tok: Token) -> Token | None:
    """The gapped count whose locative phrase tells the place (``tok``), if any: "2" of "...,
    and 2 in Lakki Marwat"."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head  # "Marwat" of "Lakki Marwat"
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in LOCATIVE_PREPS or prep.dep_ != "prep":
        return None
    count = prep.head
    if _a_gapped(count):
        return count
    # "Floods killed 20 in Assam, 5 in Guwahati": the parser hangs the count's "in" on the
    # verb, right after a bare number it hung there too (not "his wife and two daughters in X")
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    if before is not None and before.like_num and before.dep_ in _VERB_GAP_DEPS:
        return before
    return None


def _a_gapped(count: Token) -> bool:
    return count.dep_ in _GAP_DEPS and _a_count(count)


def _a_count(tok: Token) -> bool:
    """A number standing for the people it counts ("2", "two"), or a noun it counts ("two
    others")."""
    if tok.like_num:
        return True
    return tok.pos_ in ("NOUN", "PRON") and any(
        c.dep_ == "nummod" and c.like_num for c in tok.children
    )
