"""A harm participle after a list of counted people says what befell every member: "nine
soldiers and two guards killed", "spoke of 12 soldiers and three guards killed". The parser
hangs the participle on the last member, or on the verb before the list; the first member
shares it. Members who "fell" together ("Eight soldiers and three volunteers fell") are read by
``core.extract.fallen``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# where the parser hangs a list's closing participle when not on its last member
_STRAY_DEPS = frozenset({"advcl", "conj", "acl"})
# a participle with any of these has a clause of its own ("... and four were killed")
_OWN_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "auxpass", "aux"})


def shared_participle(node: Token) -> Reading | None:
    """The harm participle right after the last counted member of the list the figure's noun
    opens (``node`` is the counted noun)."""
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    if not _counted(node):
        return None
    last = _last_member(node)
    if last is None:
        return None
    after = last.i + 1
    if after >= len(node.doc):
        return None
    word = node.doc[after]
    if word.tag_ != "VBN" or word.dep_ not in _STRAY_DEPS or word.head.i not in (
        last.i, node.head.i, *(a.i for a in node.ancestors)
    ):
        return None
    if any(c.dep_ in _OWN_CLAUSE_DEPS for c in word.children):
        return None
    measure = lexicon().verbs.get(word.lemma_.lower())
    if measure is None:
        return None
    return Reading(measure=measure, anchor=word, rule=f"predicate:{word.lower_}+list")


def _last_member(node: Token) -> Token | None:
    """The last counted conjunct of the noun ("two guards" of "nine soldiers and two
    guards"), or None when the noun heads no list of counted people."""
    members = [c for c in node.children if c.dep_ == "conj" and c.i > node.i]
    if not members or not all(_counted(m) for m in members):
        return None
    last = members[-1]
    while True:
        more = [c for c in last.children if c.dep_ == "conj" and c.i > last.i]
        if not more:
            return last if _counted(last) else None
        last = more[-1]


def _counted(noun: Token) -> bool:
    return noun.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "nummod" and c.like_num for c in noun.children
    )
