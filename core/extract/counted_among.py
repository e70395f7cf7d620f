"""Who is put "among" a group a numeral of the same sentence counts ("a village head was
among the 12 villagers killed", "a constable and two soldiers were among the 11 killed"):
one of those counted, or a list of them, no figure of its own beside the group's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.listed_names import list_members

if TYPE_CHECKING:
    from spacy.tokens import Token

_ARTICLES = ("a", "an")


def counted_among(verb: Token) -> bool:
    """ "was among the 12 villagers killed", "among 5 hurt": a group its own numeral counts
    in the sentence, whose figure counts the one named among them already (one of the
    counted is no second figure); "among the dead", "among those killed" count no one."""
    return any(
        o.dep_ == "pobj" and (o.like_num or any(
            c.dep_ == "nummod" and c.like_num for c in o.children
        ))
        for p in verb.children if p.dep_ == "prep" and p.lower_ == "among"
        for o in p.children
    )


def listed_beside_one(num: Token) -> bool:
    """A numeral of a list that names one person alone too, the list put among a counted
    group ("An American and two Canadians were among the 10 hurt", "two soldiers and a
    policeman were among the 11 killed"): the part is the whole list, not the numeral's
    people, so the numeral counts no part of its own ("two constables and three guards were
    among the 11 killed" keeps both parts)."""
    noun = num.head if num.dep_ == "nummod" else num
    first = noun
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.dep_ != "nsubj" or not counted_among(first.head):
        return False
    # "A constable and two soldiers were ...": the parse may make each a subject of its own
    members = [m for s in first.head.children if s.dep_ == "nsubj" for m in list_members(s)]
    return noun in members and len(members) > 1 and any(
        m is not noun and not m.like_num
        and not any(c.dep_ in ("nummod", "quantmod") for c in m.children)
        and any(c.dep_ == "det" and c.lower_ in _ARTICLES for c in m.children)
        for m in members
    )
