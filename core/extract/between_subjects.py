"""A count "between 12-15 people" before its verb: the parser reads "between" as a
preposition or a subordinator and the counted noun as its object ("Between 12-15 people were
killed", "Police said between 20-25 people were wounded"), which leaves the verb after it with
no subject and the range counting nothing. Re-hung after the parser as "between 12-15
militants were arrested" parses: the noun the subject of the verb right after it, the range its
numeral with "between" and the first end as quantifiers of the second."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.attrs import LOWER

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_between_subjects"
BETWEEN = "between"
_DASHES = frozenset({"-", "–", "—"})
_AUXILIARIES = frozenset({"aux", "auxpass"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_NOUN_TAGS = frozenset({"NNS", "NNPS"})
# "Between 2020-2022 children were killed": a stretch of years (a time, no count) before a
# noun; a range of years spans a few, written whole or with its century left off ("2020-22")
_YEAR = re.compile(r"1[89]\d\d|20\d\d")
_YEARS_SPANNED = 10


def rehang_between_subjects(doc: Doc) -> Doc:
    """Make each plural noun after "between <n>-<m>" hung on "between" the subject of the verb
    whose auxiliary or which itself follows it, when that verb has none."""
    for at in positions(doc, LOWER, (BETWEEN,)):
        between = doc[at]
        if between.i + 4 >= len(doc):
            continue
        low, dash, high, noun = doc[between.i + 1 : between.i + 5]
        if not (low.like_num and dash.text in _DASHES and high.like_num) or _years(low, high):
            continue
        if noun.tag_ not in _NOUN_TAGS or noun.head.i != between.i or noun.dep_ != "pobj":
            continue
        verb = _subjectless_verb_after(noun)
        if verb is None:
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        noun.head, noun.dep_ = verb, "nsubjpass" if passive else "nsubj"
        high.head, high.dep_ = noun, "nummod"
        for word, dep in ((between, "quantmod"), (low, "quantmod"), (dash, "punct")):
            word.head, word.dep_ = high, dep
    return doc


def _subjectless_verb_after(noun: Token) -> Token | None:
    """The verb right after the noun ("died"), or the one its auxiliary right after the noun
    hangs on ("were killed"), when it has no subject of its own."""
    doc = noun.doc
    if noun.i + 1 >= len(doc):
        return None
    after = doc[noun.i + 1]
    verb = after.head if after.dep_ in _AUXILIARIES else after
    if not verb.tag_.startswith("VB") or verb.i <= noun.i:  # by tag: run before the mapper
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    return verb


def _years(low: Token, high: Token) -> bool:
    """ "2020-2022", "2028-30": a range of years, read as a time by the dates, never a count."""
    if not _YEAR.fullmatch(low.text) or not high.text.isdigit() or len(high.text) not in (2, 4):
        return False
    first, last = int(low.text), int(high.text)
    if len(high.text) == 2:
        last += first - first % 100
    return first < last <= first + _YEARS_SPANNED
