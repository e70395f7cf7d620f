"""A relative clause the parse hung on the main verb: "Officers found a woman standing over the
6-year-old, who appeared to have been shot in the face" reads "who ... shot" as a clause of
"found" (ccomp), not of "the 6-year-old". News sets such a clause off by a comma right after the
person it describes, so "who" after a comma after a person's noun speaks of that noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.victim_names import an_age

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE = "relcl"
# the clauses the parse makes of a misplaced relative: a complement, an adverbial, a conjunct
LOOSE_CLAUSES = frozenset({"ccomp", "advcl", "conj"})
# the roles of a noun a main clause ends on: an object, or a preposition's object
OBJECTS = frozenset({"dobj", "pobj"})


def relative_of(subjects: list[Token], verb: Token) -> Token | None:
    """The noun a relative pronoun subject ("who", "that") of ``verb`` speaks of: the head of
    its clause, or, for a "who" the parse hung on another verb, the object noun right before
    its comma; None when the subjects are no lone relative pronoun."""
    if [s.lower_ for s in subjects] not in (["who"], ["that"]):
        return None
    pronoun = subjects[0]
    if verb.dep_ == RELATIVE:
        return verb.head
    doc = pronoun.doc
    if pronoun.lower_ != "who" or verb.dep_ not in LOOSE_CLAUSES or pronoun.i < 2:
        return None
    comma, noun = doc[pronoun.i - 1], doc[pronoun.i - 2]
    if comma.text != "," or noun.dep_ not in OBJECTS:
        return None
    return noun if noun.pos_ in ("NOUN", "PROPN") or an_age(noun) else None
