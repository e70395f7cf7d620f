"""The province a force named for it tallies over ("The Sindh police arrested 2,870 suspects
in February", "the CTD Punjab arrested 1,402 in 2031", "the Khyber Pakhtunkhwa police
conducted 2,340 operations in July"): a month's or a year's count by a province's own force
is the province's, not the town the report was filed from. The province's name inside the
force's name is no place mention of the sentence (a word of a body), so the sentence reader
asks here when its figure, counted over a round-up's days, names no place of its own."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.rules import word_set
from core.text import places
from core.text.place_spellings import press_name

if TYPE_CHECKING:
    from spacy.tokens import Token

# a force's initials ("CTD", "CID", "FC"): two capitals or more
_INITIALS = re.compile(r"[A-Z]{2,}")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NAME_PARTS = frozenset({"compound", "amod", "poss"})
# a province or a state: the level a force named for it covers
_PROVINCE_LEVEL = "admin1"


def force_province(anchor: Token) -> list[tuple[Token, str]]:
    """The province (its head token and name) of the force that does the deed the figure at
    ``anchor`` counts, when its name holds one and a word of a force ("police",
    ``force_words`` of ``rules/places.json``) or a force's initials ("CTD"); none else."""
    doer = _doer(anchor)
    if doer is None:
        return []
    words = [doer, *(c for c in doer.children if c.dep_ in _NAME_PARTS)]
    if not any(_a_force_word(t) for t in words):
        return []
    names = [t for t in words if t.pos_ == "PROPN" and not _INITIALS.fullmatch(t.text)]
    for tok in names:
        name = _whole(tok)
        place = places.resolve(name)
        if place is not None and place.level == _PROVINCE_LEVEL:
            return [(tok, press_name(name))]
    return []


def _doer(anchor: Token) -> Token | None:
    """The subject of the figure's verb (of the first verb of a run of conjuncts: "conducted
    ... and arrested 1,167"), the force that acts; none for a passive's."""
    verb = anchor
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    while True:
        subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject if subject.dep_ == "nsubj" else None
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head


def _a_force_word(tok: Token) -> bool:
    return (
        tok.lower_.rstrip(".") in word_set("places", "force_words")
        or bool(_INITIALS.fullmatch(tok.text))
    )


def _name_word(tok: Token) -> bool:
    """A word of a place's name compounded before its head, not a force's initials."""
    return tok.pos_ == "PROPN" and tok.dep_ == "compound" and not _INITIALS.fullmatch(tok.text)


def _whole(tok: Token) -> str:
    """The name with the proper nouns compounded before it ("Khyber Pakhtunkhwa"), not the
    force's initials ("CTD Punjab")."""
    start, doc = tok.i, tok.doc
    while start > 0 and _name_word(doc[start - 1]):
        start -= 1
    return tok.doc[start : tok.i + 1].text
