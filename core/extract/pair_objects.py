"""A verb's object "a couple", "Gunmen abducted a couple on Saturday", "shot dead a couple in
their home": the parser reads it as a noun adverb (as in "we met a couple times"), which
leaves the verb with no object and the two people uncounted. Re-hung after the parser as the
verb's object when the verb has none; "a couple of" (a vague few) is left alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import DEP

from core.extract.pair_nouns import PAIR_NOUNS, a_pair
from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "claimdesk_pair_objects"
_OBJECTS = frozenset({"dobj", "dative"})
_NOUN_ADVERBS = frozenset({"npadvmod"})
_PASSIVE = "auxpass"  # "was seen a couple ...": a passive verb takes no object


def rehang_pair_objects(doc: Doc) -> Doc:
    """Make each "a couple" hung as a noun adverb after an active verb with no object that
    verb's object."""
    # only the noun adverbs: the one word re-hung becomes an object
    for at in positions(doc, DEP, _NOUN_ADVERBS):
        pair = doc[at]
        verb = pair.head
        if (
            pair.dep_ != "npadvmod"
            or pair.lemma_.lower() not in PAIR_NOUNS
            or not a_pair(pair)
            or verb.pos_ != "VERB"
            or pair.i < verb.i
            or any(c.dep_ in _OBJECTS or c.dep_ == _PASSIVE for c in verb.children)
        ):
            continue
        pair.dep_ = "dobj"
    return doc
