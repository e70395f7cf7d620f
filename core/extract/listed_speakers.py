"""A closing source after a list of places, "... in Butig, Lanao del Sur, the Army's 103rd
Infantry Brigade said Tuesday": the parser takes the source for one more place of the list
and leaves the report verb with no subject, so the figures lose their source and the unit's
last word ("Brigade") becomes their place. Re-hung after the parser: a noun phrase opened by
"the" after the list's comma, right before a report verb that has no subject, is that verb's
subject (a place is named without "the": "in Butig, Lanao del Sur"). So is a people's noun
after a counted object's comma, "..., killing 10 people, officials of the National Disaster
Response Force said": no list goes on from the counted dead to their speakers."""

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
        source = _listed_source(doc[verb.i - 1]) or _counted_source(doc[verb.i - 1])
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


def _counted_source(last: Token) -> Token | None:
    """The people's noun whose phrase ends at ``last`` when the parser made it a conjunct of
    a counted object ("killing 10 people, officials of the fire service"), right after the
    object's comma: "officials", "a spokesman", never a place's or a body's name."""
    from core.extract.cues import cues

    # the outermost conjunct ending at ``last``: "last" or one of its ancestors
    head = next((t for t in reversed([last, *last.ancestors])
                 if t.dep_ == "conj" and t.right_edge == last), None)
    if head is None or head.lemma_.lower() not in cues().person_nouns:
        return None
    first = head.left_edge
    listed = head.head
    comma = first.doc[first.i - 1] if first.i > 0 else None
    if comma is None or comma.text != "," or comma.head != listed:
        return None
    counted = listed.dep_ in ("dobj", "nsubjpass") and any(
        c.dep_ == "nummod" for c in listed.children
    )
    return head if counted else None
