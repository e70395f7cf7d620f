"""Names a report writes as streets', not towns: "the corner of Ridge and Elm streets" names
two streets, whatever town elsewhere bears "Ridge" or "Elm" (NER takes each name apart, a town's
as often as not), and "sped off down Elm" later in the text is the street again; "a store near
Albany Ave." (NER takes the town's name and leaves the street's suffix out) and "a home on West
Maple" (a side and a town's name) name streets too. A street is no place of its own: the town
the sentence names, or the report's, is.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from core.extract.nlp import holds_form, holds_lemma, proper_nouns, share_across_parts
from core.extract.place_words import a_street_named_by_side, lexicon_places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# the prepositions one moves along a street by ("fled down Elm", "drove along Ridge")
_ALONG = frozenset({"down", "up", "along", "onto"})
_MEMO = "claimdesk_street_names"


def a_street_name(name: str) -> bool:
    """ "Raymond Road": a street, named after a person or a town it does not lie in."""
    return name.rsplit(maxsplit=1)[-1].lower().rstrip(".") in lexicon_places().street_suffixes


def a_streets_name(tok: Token) -> bool:
    """ "Ridge" of "at Ridge and Elm streets", or of "fled down Ridge" after the text wrote
    the street ("Ridge St."): a street's name, never a town's."""
    return _of_a_pair(tok) or (
        tok.dep_ == "pobj" and tok.head.lower_ in _ALONG and tok.text in _street_names(tok.doc)
    )


def _of_a_pair(tok: Token) -> bool:
    """ "Ridge" and "Elm" of "at Ridge and Elm streets": names joined before a plural street
    word (a lone "Dayton Court" may name a body, never "X and Y courts" a town); one name
    alone before it is the town whose streets they are ("into Dayton streets")."""
    joined = tok.dep_ == "conj" or any(c.dep_ == "conj" for c in tok.children)
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head  # "Elm" of "Ridge and Elm streets": up to "Ridge"
    noun = tok.head
    return (
        joined
        and tok.dep_ in ("compound", "nmod", "amod")
        and noun.i > tok.i
        and noun.tag_ == "NNS"
        and noun.lemma_.lower() in lexicon_places().street_suffixes
    )


def share_street_names(docs: Iterable[Doc]) -> None:
    """Each parsed part of one report learns the streets every part names: "Ridge and Elm
    streets" in one paragraph, "fled down Elm" in the next."""
    share_across_parts(docs, _MEMO, _street_names)


def _street_names(doc: Doc) -> frozenset[str]:
    """The one-word names the text writes as streets': in a pair ("Ridge and Elm streets")
    or with a street word after ("Elm St."); read once a parsed document."""
    found: frozenset[str] | None = doc.user_data.get(_MEMO)
    if found is None:
        suffixes = lexicon_places().street_suffixes
        # most chunks hold no street word at all: then no name is a street's
        named = holds_lemma(doc, suffixes) or holds_form(doc, suffixes)
        found = doc.user_data[_MEMO] = frozenset(
            tok.text
            for tok in (proper_nouns(doc[:-1]) if named else ())  # a Token a proper noun
            if (tok.dep_ == "compound" and doc[tok.i + 1].lower_.rstrip(".") in suffixes)
            or _of_a_pair(tok)
        )
    return found


def a_street(ent: Span) -> bool:
    """The entity is a street's name: cut before its suffix, or named by a side."""
    return a_street_named_by_side(ent.root, ent.text) or _cut_before_suffix(ent)


def _cut_before_suffix(ent: Span) -> bool:
    """ "near Albany Ave.", "on Lahore Road": a capitalised street suffix right after the
    name (``street_suffixes`` of rules/places.json), or a plural one after "and" ("35th and
    Center streets"), makes the town's name a street's."""
    doc = ent.doc
    if ent.end >= len(doc):
        return False
    word = doc[ent.end]
    suffixes = lexicon_places().street_suffixes
    # "near N. 35th and W. Center streets": one plural suffix for the two streets "and"
    # joins ("Dayton streets" alone are the town's)
    joined = ent.start > 0 and doc[ent.start - 1].lower_ in ("and", "&")
    shared = joined and word.tag_ == "NNS" and word.lower_.removesuffix("s") in suffixes
    return shared or (word.text[:1].isupper() and word.lower_.rstrip(".") in suffixes)
