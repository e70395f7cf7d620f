"""A country's name inside a body's name: "Tehreek-e-Taliban Pakistan", "the Marovia Army".

An armed group or a force named after a country says whose it is, not where a report is:
such a group fights across borders and the force may act abroad, so its country hints at no
reading of the report's towns and is no place of its claims."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

@functools.cache
def _group_words() -> frozenset[str]:
    return word_set("places", "not_town_names")


@functools.cache
def _force_words() -> frozenset[str]:
    return word_set("places", "country_body_words")


def _name_word(tok: Token) -> bool:
    return tok.is_alpha and tok.text[:1].isupper()


def _closes_a_groups_name(word: Token) -> bool:
    """A group's word that ends a longer name ("Tehreek-e-Taliban") or is written as an
    acronym ("ISIS"): "the Hamas Israel war" and "Taliban Pakistan talks" name two sides."""
    if word.lower_ not in _group_words():
        return False
    joined = word.i > 0 and word.doc[word.i - 1].text == "-"
    return joined or word.text.isupper()


def names_a_body(ent: Span) -> bool:
    """A country the parser read as a place that closes a group's name ("Tehrik-i-Taliban
    Pakistan", the group's own word right before it) or opens a force's ("Kenya Police
    officers", "Islamic State Somalia Province", a force word right after it)."""
    place = places.settled(ent.text)
    if place is None or place.level != "country":
        return False  # "Hamas Gaza chief": a town or a strip is where the body is
    doc = ent.doc
    if ent.start > 0:
        before = doc[ent.start - 1]
        if _name_word(before) and before.whitespace_ and _closes_a_groups_name(before):
            return True
    return names_its_force(ent)


def names_its_force(ent: Span) -> bool:
    """A country's name opening its own force's ("Sudan army said", "the Kenya police"):
    the force may act abroad, but a report naming no other country is on that country."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    # "the Kenya police" as well: the country's force, however the desk writes it
    return after is not None and bool(ent[-1].whitespace_) and after.lower_ in _force_words()
