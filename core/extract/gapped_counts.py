"""Counts the verb is gapped before, each with its own place: "Six people were killed in
Bannu, and 2 in Lakki Marwat", "Four soldiers died in Kupwara, two in Baramulla and one in
Sopore". The parser hangs the later counts on the verb (or on the first place, as its
appositive), so a later count's place can stand nearer the first figure in the tree than the
first figure's own: each place after a gapped count is that count's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.kind_named_towns import MISLABELLED
from core.extract.place_words import LOCATIVE_PREPS
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

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
        and not _one_list(count, num)
    )


def _one_list(count: Token, num: Token) -> bool:
    """The count is a later conjunct of the figure's own list of people, with no place told
    between them ("killed a village head and his two sons in X": the list's place), not a
    gapped count of its own ("killed 6 soldiers in X and 2 policemen in Y")."""
    noun = num.head if num.dep_ in ("nummod", "quantmod") else num
    if count.dep_ != "conj" or not noun.is_ancestor(count):
        return False
    between = count.doc[noun.i + 1 : count.i]
    return not any(t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS for t in between)


def a_gapped_counts_own(num: Token, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "Eight were killed in Bannu on Monday, 2 in Lakki Marwat": the gapped count's own
    locative phrase places it, however near the tree sets the first figure's place."""
    noun = num.head if num.dep_ in ("nummod", "quantmod") else num
    own = [
        (t, n) for t, n in found if (c := gapped_count(t)) is not None and c.i in (num.i, noun.i)
    ]
    return own or found


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


def a_gapped_lists_place(ent: Span) -> bool:
    """ "Lightning killed 7 people in Tharparkar, 3 in Umerkot", "Eight were killed in Bannu,
    2 in Lakki Marwat": in a list of gapped counts each count's locative phrase names its
    place, and NER reads such a district as a body or a person now and then; there a name
    the gazetteer knows is a place, whatever its label."""
    root = ent.root
    prep = root.head
    if (
        ent.label_ not in MISLABELLED
        or root.dep_ != "pobj"
        or prep.lower_ not in LOCATIVE_PREPS
        or not all(t.is_title for t in ent if t.is_alpha)
        or places.lookup(ent.text) is None
    ):
        return False
    if gapped_count(root) is not None:
        return True
    # the first count's own phrase, a gapped count after it
    return (prep.head.pos_ == "VERB" or _a_count(prep.head)) and any(
        gapped_count(t) is not None for t in ent.sent[ent.end - ent.sent.start :]
    )


def a_conjoined_verbs_place(tok: Token) -> bool:
    """ "The rebels killed 12 soldiers in Helmand, and wounded 4 in Kandahar": a verb
    conjoined to the first, with its own count and its own locative phrase, while the first
    verb's phrase names a place of its own: the place is the later verb's figure's alone
    (not "killed 4 people in a market and wounded 9 in Quetta", one scene)."""
    return _conjoined_verb(tok) is not None


def anothers_conjoined_verb(tok: Token, num: Token) -> bool:
    """The place (``tok``) is a conjoined verb's own (``a_conjoined_verbs_place``), and the
    figure (``num``) is counted outside that verb's words."""
    verb = _conjoined_verb(tok)
    return verb is not None and not verb.left_edge.i <= num.i <= verb.right_edge.i


def _conjoined_verb(tok: Token) -> Token | None:
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    verb = prep.head
    if (
        tok.dep_ != "pobj"
        or prep.lower_ not in LOCATIVE_PREPS
        or verb.dep_ != "conj"
        or verb.pos_ != "VERB"
        or verb.head.pos_ != "VERB"
    ):
        return None
    counted = any(c.dep_ in ("dobj", "nsubjpass") and _a_count(c) for c in verb.children)
    first_placed = any(
        p.dep_ == "prep"
        and p.lower_ in LOCATIVE_PREPS
        and any(t.pos_ == "PROPN" for t in p.subtree)
        for p in verb.head.children
        if p.i < verb.i
    )
    return verb if counted and first_placed else None
