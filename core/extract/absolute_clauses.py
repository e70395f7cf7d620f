"""Places of an absolute "with" clause beside a figure: "killed 900 people across the
country in 2030, with the north recording its worst year" tells a part of the country in a
predication of its own; the place that is its subject is not where the figure was counted,
unless the figure stands in that clause ("with 40 killed in the north")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

WITH = "with"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_DEPS = frozenset({"pcomp", "pobj"})
_VERB_TAGS = frozenset({"VBG", "VBN"})


def absolute_subject(place: Token, num: Token) -> bool:
    """The place is the subject of a participle after "with" ("with X recording ...") and
    the figure ``num`` lies outside that clause."""
    if place.dep_ not in _SUBJECTS:
        return False
    verb = place.head
    if verb.tag_ not in _VERB_TAGS or verb.dep_ not in _CLAUSE_DEPS:
        return False
    prep = verb.head
    if prep.lower_ != WITH or prep.dep_ != "prep":
        return False
    return num.i not in {t.i for t in prep.subtree}


def outside_absolutes(
    found: list[tuple[Token, str]], num: Token
) -> list[tuple[Token, str]]:
    """The places found less the subjects of absolute "with" clauses the figure is not in."""
    return [(t, n) for t, n in found if not absolute_subject(t, num)]
