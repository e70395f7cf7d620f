"""Places of an absolute "with" clause beside a figure: "killed 900 people across the
country in 2030, with the north recording its worst year" tells a part of the country in a
predication of its own; the place that is its subject is not where the figure was counted,
unless the figure stands in that clause ("with 40 killed in the north")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

WITH = "with"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLAUSE_DEPS = frozenset({"pcomp", "pobj"})
_VERB_TAGS = frozenset({"VBG", "VBN"})
# the links a place hangs on up to the noun of a "with" phrase ("with most cases reported
# from the districts of X")
_UP_DEPS = frozenset({"pobj", "prep", "compound", "appos", "conj", "nmod", "acl"})
_PROPORTION_DEPS = frozenset({"amod", "det", "nummod"})


def absolute_subject(place: Token, num: Token) -> bool:
    """The place is the subject of a participle after "with" ("with X recording ...") and
    the figure ``num`` lies outside that clause; a name inside the subject's own name
    ("with the State of X recording ...", "with X province recording ...") is its subject."""
    place = _named_whole(place)
    if place.dep_ not in _SUBJECTS:
        return False
    verb = place.head
    if verb.tag_ not in _VERB_TAGS or verb.dep_ not in _CLAUSE_DEPS:
        return False
    prep = verb.head
    if prep.lower_ != WITH or prep.dep_ != "prep":
        return False
    return num.i not in {t.i for t in prep.subtree}


def _named_whole(place: Token) -> Token:
    """The head of the name the place is written in: "province" of "X province", "State" of
    "the State of X"."""
    while place.head.i != place.i:
        if place.dep_ == "compound":
            place = place.head
        elif place.dep_ == "pobj" and place.head.lower_ == "of" and (
            place.head.head.pos_ == "PROPN" and place.head.head.i < place.i
        ):
            place = place.head.head
        else:
            break
    return place


def outside_absolutes(
    found: list[tuple[Token, str]], num: Token, *, home: str | None = None
) -> list[tuple[Token, str]]:
    """The places found less the subjects of absolute "with" clauses the figure is not in,
    and less the places of a part of its count ("with most of the cases traced to X"), but
    when they are the only places the figure has and the report's place ``home`` (the town
    of a bureau's dateline abroad) lies in no country of theirs: the part's places are then
    the nearest the figure has to the area it counts."""
    outside = [(t, n) for t, n in found if not absolute_subject(t, num)]
    whole = [(t, n) for t, n in outside if not a_parts_place(t, num)]
    if not (whole or len(whole) == len(outside) or _home_holds(home, [n for _, n in outside])):
        return outside
    # "..., with 18 deaths in Wend, 11 in Osk": the parts' places, when the figure has its own
    return [(t, n) for t, n in whole if not a_counted_parts_place(t, num)] or whole


def _home_holds(home: str | None, names: list[str]) -> bool:
    """The report's place (none: nothing to tell) lies in the country of each place named;
    a place the gazetteer cannot tell lies in no country known."""
    if home is None:
        return True
    where = places.resolve(home)
    if where is None or not where.country:
        return True  # a report's place the gazetteer cannot tell: nothing to weigh against
    found = [places.resolve(name) for name in names]
    return all(p is not None and p.country == where.country for p in found)


def a_parts_place(place: Token, num: Token) -> bool:
    """ "listed 95 people taken, with most of the cases traced to the hills of X": the
    place tells where a part of the count was (the noun of the "with" phrase is a
    proportion of it, ``part_words``), when the figure ``num`` lies outside that phrase."""
    return _a_with_phrases_place(place, num, _a_proportion)


def a_counted_parts_place(place: Token, num: Token) -> bool:
    """ "42 died in Tarn province this year, with 18 deaths in Wend, 11 in Osk": the place
    of a count the "with" phrase breaks the figure ``num`` into, outside that phrase."""
    return _a_with_phrases_place(place, num, _counted)


def _counted(noun: Token) -> bool:
    return noun.like_num or any(c.dep_ == "nummod" and c.like_num for c in noun.children)


def _a_with_phrases_place(place: Token, num: Token, part_of: Callable[[Token], bool]) -> bool:
    """The place lies in a "with" phrase whose noun (or subject) ``part_of`` tells a part
    of a count, and the figure ``num`` lies outside that phrase."""
    head = place
    while head.dep_ in _UP_DEPS and head.head.i != head.i:
        head = head.head
        prep = head.head
        if head.dep_ not in _CLAUSE_DEPS or prep.lower_ != WITH or prep.dep_ != "prep":
            continue
        # "with most cases reported from X"; "with most of them traced to X"
        part = head if head.dep_ == "pobj" else next(
            (c for c in head.children if c.dep_ in _SUBJECTS), None
        )
        return part is not None and part_of(part) and (
            num.i not in {t.i for t in prep.subtree}
        )
    return False


def _a_proportion(noun: Token) -> bool:
    """ "most", "most cases", "the majority of them": a part of a count told by proportion."""
    parts = word_set("places", "part_words")
    return noun.lower_ in parts or any(
        c.dep_ in _PROPORTION_DEPS and c.lower_ in parts for c in noun.children
    )
