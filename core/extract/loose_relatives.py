"""A relative clause the parse hung on the wrong word. News sets a clause about a person off by
a comma right after that person: "Officers found a man standing near the 8-year-old, who had
been shot in the hip" speaks of the 8-year-old, whether the parse reads "who ... shot" as a
clause of "found" (ccomp) or of "a man" (relcl). So a "who" right after a comma after a noun
of one person (an age, a person noun) speaks of that noun."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.person_nouns import person_noun
from core.extract.victim_names import an_age

if TYPE_CHECKING:
    from spacy.tokens import Token

RELATIVE = "relcl"
# the clauses the parse makes of a misplaced relative: a complement, an adverbial, a conjunct
LOOSE_CLAUSES = frozenset({"ccomp", "advcl", "conj"})
# the roles of a noun a main clause ends on: an object, or a preposition's object
OBJECTS = frozenset({"dobj", "pobj"})


def relative_of(subjects: list[Token], verb: Token) -> Token | None:
    """The noun a relative pronoun subject ("who", "that") of ``verb`` speaks of: the person
    right before its comma, else the head of its clause; None when the subjects are no lone
    relative pronoun, or the parse made the clause no relative and no person stands before."""
    if [s.lower_ for s in subjects] not in (["who"], ["that"]):
        return None
    pronoun = subjects[0]
    before = _person_before(pronoun) if pronoun.lower_ == "who" else None
    if verb.dep_ == RELATIVE:
        return before if before is not None else verb.head
    return before if verb.dep_ in LOOSE_CLAUSES else None


def _person_before(pronoun: Token) -> Token | None:
    """ "the 8-year-old, who": the object noun of one person right before the pronoun's comma."""
    if pronoun.i < 2:
        return None
    comma, noun = pronoun.doc[pronoun.i - 1], pronoun.doc[pronoun.i - 2]
    if comma.text != "," or noun.dep_ not in OBJECTS:
        return None
    return noun if an_age(noun) or person_noun(noun) else None
