"""Numbers people dial: "a wounded boy called 911", "call 555-0143 with tips". An emergency
line or a telephone number is no count of anything, even beside a casualty verb whose count a
bare number might otherwise go on ("killed two people, and a boy called 911")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.chunk_texts import span_text
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# "555-0143": a local number of seven digits, its two groups joined by a hyphen or a dot (a
# range is written with words or a dash: "500 to 1,000"); a telephone number only where the
# sentence dials before it
_LOCAL = re.compile(r"(?<![\d.,-])\d{3}[-.]\d{4}(?![\d-])")
# the prepositions by which a number is what one calls: "call police at 555-0143"
_DIAL_PREPOSITIONS = frozenset({"at", "on"})
_NOUN = "NN"  # the tags of nouns and names: "Crime Stoppers", "Rescue control"


def _dial_verbs() -> frozenset[str]:
    """``rules/measures.json`` "dial_verbs": "call", "dial", "text"."""
    return word_set("measures", "dial_verbs")


def _dialled_by(tok: Token) -> bool:
    return tok.lemma_.lower() in _dial_verbs() and tok.pos_ == "VERB"


def dialled_number(num: Token, span: Span) -> bool:
    """The number is what someone calls: the object of a verb of dialling ("called 911",
    "911 was called"), or of its "at" ("call police at 555-0143"); or a local telephone
    number in a sentence that dials before it."""
    head = num.head
    if num.dep_ in ("dobj", "nsubjpass") and _dialled_by(head) and not _counts_people(num):
        return True
    if num.dep_ == "pobj" and head.lower_ in _DIAL_PREPOSITIONS and _dialled_by(head.head):
        return True
    if _listed_with_a_name(num) and head.dep_ == "dobj" and _dialled_by(head.head):
        return True
    sent = span.sent
    start = span.start_char - sent.start_char
    return any(
        m.start() <= start < m.end() for m in _LOCAL.finditer(span_text(sent))
    ) and any(_dialled_by(t) for t in sent if t.i < span.start)


def _listed_with_a_name(num: Token) -> bool:
    """ "call 911 or Crime Stoppers": the parser hangs the number on the name listed after it
    as its numeral, with the conjunction and the name's first word as its own conjuncts; a
    number listed so with a name's word, not with another number ("12 or 13 witnesses") nor
    a word that widens it ("15 or more ambulances", "200 or so officers"), counts nothing of
    the name."""
    return num.dep_ == "nummod" and any(c.dep_ == "cc" for c in num.children) and any(
        c.dep_ == "conj" and not c.like_num and c.tag_.startswith(_NOUN) for c in num.children
    )


def _counts_people(num: Token) -> bool:
    """ "called 12 to testify": a bare number with a clause of its own stands for people."""
    return any(c.dep_ in ("acl", "relcl", "prep") for c in num.children) or any(
        c.dep_ in ("xcomp", "ccomp") for c in num.head.children
    )
