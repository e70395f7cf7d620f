"""A bare number whose noun its sentence named before without a numeral: "Officials have
given differing counts of how many people were killed: the police said 14, the hospital 16";
"It is unclear how many were wounded; the army put it at 12". The words that count the noun
(``measures.json`` "elided_count_words") read as a figure would ("how many people died": the
dead); a bare number that a speaker gives after them ("said 14", "put it at 14") counts the
same. Read only when no figure before it in the sentence lends its reading
(``sentence_figures.with_ellipsis``), and only when the counting words read as a count of a
measure. (", with 14" after "more attacks than any other province" would read alike, but
such a year's tally is dated and placed as the report's incident, so it is left out.)"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

AT = "at"  # "put it at 12"


@functools.cache
def _counting_words() -> frozenset[tuple[str, ...]]:
    words: list[str] = load_rules("measures")["elided_count_words"]
    return frozenset(tuple(w.split()) for w in words)


def counting_word(num: Token) -> Token | None:
    """The word before a bare number given after it that counts a noun without a numeral
    (see the module), the nearest first; None if there is none. Its reading is the number's
    (``sentence_figures.with_ellipsis``), and the number is a count, whatever date the
    tagger made of it ("police said 14")."""
    if not _given(num):
        return None
    sent = num.sent
    return next(
        (t for t in reversed(sent[: num.i - sent.start]) if _counts_a_noun(t)), None
    )


def _given(num: Token) -> bool:
    """A bare number a speaker gives: "police said 14", "the army put it at 12"."""
    head = num.head
    if num.dep_ == "pobj":
        return head.lower_ == AT and head.head.lemma_.lower() in cues().attributing
    return num.dep_ in ("dobj", "npadvmod") and head.lemma_.lower() in cues().attributing


def _counts_a_noun(tok: Token) -> bool:
    """ "how *many* people"."""
    doc = tok.doc
    for words in _counting_words():
        start = tok.i - len(words) + 1
        if start >= 0 and tuple(t.lower_ for t in doc[start : tok.i + 1]) == words:
            return True
    return False
