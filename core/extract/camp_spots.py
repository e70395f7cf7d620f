"""The named camp a sentence says the incident happened at ("The clash broke out at Block C of
Kutupalong camp"): refugee-camp reports give the sub-district in the lead and the camp, or the
block of it, in a later paragraph; the checker files the incident under the camp (and block)
within the lead's sub-district. The gazetteer knows no camp, so the words tell it."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

# where a camp is: "at X camp", "in Block C of X camp", "inside X camp"
_CAMP_PREPS = frozenset({"at", "in", "inside", "near"})


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules("places")
    return (
        frozenset(str(w) for w in rules["settlement_nouns"]),
        frozenset(str(w) for w in rules["block_words"]),
    )


def a_settlement(name: str) -> bool:
    """ "Kutupalong camp", "Block C, Kutupalong camp": a named settlement, by its last word."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in _words()[0]


def told_camp(verb: Token) -> str | None:
    """The named camp (with its block) the saying verb places the incident at."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _CAMP_PREPS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            camp = _camp_name(obj)
            if camp is not None:
                return camp
            block = _block_name(obj)
            held = next((_camp_name(g) for c in obj.children if c.dep_ == "prep"
                         and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)
            if block is not None and held is not None:
                return f"{block}, {held}"  # "Block C of Kutupalong camp"
    return None


def _camp_name(noun: Token) -> str | None:
    """ "Kutupalong camp" of "the Kutupalong camp": a settlement noun after its name."""
    if noun.lemma_.lower() not in _words()[0]:
        return None
    first = noun.i
    while first > noun.sent.start and _a_name_word(noun.doc[first - 1]):
        first -= 1
    return noun.doc[first : noun.i + 1].text if first < noun.i else None


def _block_name(noun: Token) -> str | None:
    """ "Block C", "Block B-3": a block word and the letter or number it bears."""
    words = [c for c in noun.lefts if c.dep_ == "compound"]
    if not words or words[0].lower_ not in _words()[1] or not _a_mark(noun):
        return None
    return noun.doc[words[0].i : noun.i + 1].text


def _a_name_word(tok: Token) -> bool:
    return tok.dep_ in ("compound", "amod") and tok.pos_ in ("PROPN", "ADJ") and tok.is_title


def _a_mark(tok: Token) -> bool:
    """ "C", "13", "B-3": the letter or number a block bears."""
    return tok.pos_ == "PROPN" or tok.like_num or tok.is_upper
