"""A closing source after a list of places, "... in Butig, Lanao del Sur, the Army's 103rd
Infantry Brigade said Tuesday": the parser takes the source for one more place of the list
and leaves the report verb with no subject, so the figures lose their source and the unit's
last word ("Brigade") becomes their place. Re-hung after the parser: a noun phrase opened by
"the" after the list's comma, right before a report verb that has no subject, is that verb's
subject (a place is named without "the": "in Butig, Lanao del Sur")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.parts_of_speech import VERB

from core.extract.word_positions import parts_of_speech

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_listed_speakers"


def rehang_listed_speakers(doc: Doc) -> Doc:
    """Hang each source the parser listed among places on the report verb after it."""
    from core.extract.cues import cues

    reporting = cues().reporting
    # only the verbs: re-hanging changes no word's part of speech
    for at in parts_of_speech(doc, VERB):
        verb = doc[at]
        if verb.lemma_.lower() not in reporting or verb.i == 0:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue
        source = _listed_source(doc[verb.i - 1])
        if source is not None:
            comma = doc[source.left_edge.i - 1]
            source.head, source.dep_ = verb, "nsubj"
            comma.head, comma.dep_ = verb, "punct"
    return doc


def _listed_source(last: Token) -> Token | None:
    """The head of the noun phrase ending at ``last`` when the parser made it a conjunct of
    a list, it opens with "the" right after a comma, and the list's head is a place's name."""
    head = last
    while head.head.i != head.i and head.head.i <= last.i and head.head.i > head.i - 8 and (
        head.dep_ in ("compound", "poss", "amod", "case")
    ):
        head = head.head
    if head.dep_ != "conj" or head.right_edge.i != last.i:
        return None
    first = head.left_edge
    if first.i == 0 or first.lower_ != "the" or first.doc[first.i - 1].text != ",":
        return None
    listed = head.head
    while listed.dep_ == "conj" and listed.head.i != listed.i:
        listed = listed.head
    return head if listed.pos_ == "PROPN" and listed.dep_ == "pobj" else None
