"""Records that name their source by what they are, not by an author: the state's own count
("according to official statistics") and a record laid before a legislature ("according to
figures presented to the provincial assembly"). A checker files the figure under that record."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

_OFFICIAL = "official"


def record_source(obj: Token) -> str | None:
    """The record itself as the source: "official statistics", "figures laid before the
    provincial assembly" (the record up to the body it was laid before), else None."""
    if obj.lower_ not in word_set("cues", "official_record_nouns"):
        return None
    doc = obj.doc
    if any(c.dep_ == "amod" and c.lower_ == _OFFICIAL for c in obj.lefts):
        return doc[obj.left_edge.i : obj.i + 1].text
    for clause in obj.rights:
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        for prep in clause.children:
            body = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if (
                prep.dep_ == "prep"
                and prep.lower_ in word_set("cues", "tabling_prepositions")
                and body is not None
                and body.lemma_.lower() in word_set("cues", "tabling_bodies")
            ):
                return doc[obj.left_edge.i : body.right_edge.i + 1].text
    return None
