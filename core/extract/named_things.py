"""Names a town's name is written in, or stands for, that are no place, for
``place_entities``: a thing the name calls with the article ("in the Toyota", a car; "at the
Marriott", a hotel), a newspaper the name opens ("told Lisbon Today") and a unit's word
with no name ("in the District") or with only the name of a wider area ("the south Kashmir
district")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.place_words import lexicon_places
from core.lexicon.mastheads import masthead
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_ARTICLE = "the"


def a_thing_with_the_article(ent: Span) -> bool:
    """ "Both men in the Toyota died": a name NER took for a body's, which the
    gazetteer knows only as a town, written with "the" is a thing of that name (a car, a hotel,
    a firm); a town is written without it, unless its own name holds it ("the Bronx", "The
    Bronx")."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return (
        before is not None
        and before.lower_ == _ARTICLE
        and before.dep_ == "det"
        and before.head.i == ent.root.i
        and _towns_only(places.candidates(ent.text))
    )


def _towns_only(found: tuple[places.Place, ...]) -> bool:
    """The gazetteer knows the name only as towns, none called with the article (a
    province or a country may take it: "the Punjab", "the Gambia")."""
    return bool(found) and all(
        p.level == "city" and not places.normalise(p.name).startswith(f"{_ARTICLE} ")
        for p in found
    )


def a_mastheads_name(ent: Span) -> bool:
    """ "a source told Lisbon Today", "according to Norhaven Courier": a place's name the
    word after it makes a newspaper's masthead ("Today", "Courier", "Times") is the paper's
    name, the word it qualifies; a kind of place ("Khyber Agency") stays a place."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return (
        after is not None
        and ent.root.dep_ == "compound"
        and ent.root.head.i == after.i
        and after.text[:1].isupper()
        and after.lower_ not in lexicon_places().area_nouns
        and masthead(f"{ent.text} {after.text}") is not None
    )


def a_bare_unit_word(ent: Span) -> bool:
    """ "killed in the District", "across the Province": a unit's word alone, no name before
    it nor after it ("the Island of Qeshm"), stands for a unit the report names otherwise
    (the District of Columbia, the province of its lead); it is no place's name."""
    words = [t for t in ent if t.lower_ != _ARTICLE]
    return (len(words) == 1 and a_bare_unit(words[0])) or a_unit_of_a_wider_area(words)


# the levels of place wider than a district, whose name before "district" only says where
# the district lies ("the south Kashmir district")
_WIDER = frozenset({"region", "admin1", "country"})


def a_unit_of_a_wider_area(words: Sequence[Token]) -> bool:
    """ "in the south Kashmir district": a unit's word after the name of an area wider than
    the unit (with its compass word), which has no namesake of the unit's level, describes a
    unit of that area the report names otherwise ("Kulgam"); it names none itself."""
    levels = places.unit_levels(words[-1].text) if len(words) > 1 else ()
    name = [t.text for t in words[:-1] if t.lower_ not in places.compass_words()]
    if not levels or not name:
        return False
    found = places.candidates(" ".join(name))
    return bool(found) and all(p.level in _WIDER and p.level not in levels for p in found)


def a_bare_unit(tok: Token) -> bool:
    """The unit's word ``tok`` with no "of" and a name after it."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return bool(places.unit_levels(tok.text)) and (after is None or after.lower_ != "of")
