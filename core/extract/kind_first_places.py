"""A place named after its kind, written first in lower case ("in village Bhalwal Kalan", "in
tehsil Kabal of district Swat", "in mauza Chak Jhumra near Faisalabad"): South Asian police
copy names villages and units so, and NER reads the name as a person's or nothing at all,
which left such a figure with no place. A checker files it in the usual order, with the unit
or the town the sentence sets it in: "Bhalwal Kalan village", "Kabal tehsil, Swat district",
"Chak Jhumra mauza, Faisalabad".

For ``sentence_places`` (``spanned_places``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.nlp import word_ids, words_in
from core.extract.place_words import LOCATIVE_PREPS
from core.extract.spanned_places import SpannedPlace, a_things_name, locality_name_end
from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_CHAIN = 3  # a village, its tehsil, its district
# what the next unit of a chain is written after: "tehsil X of district Y", "village X, tehsil Y"
_LINKS = frozenset({"of", ","})
# places a unit or village may be set near or in, whatever its kind: a town the gazetteer knows
_TOWN_LEVELS = frozenset({"city", "district"})
_HOLDING = frozenset({"near", ",", "in"})


@functools.cache
def kind_first_nouns() -> frozenset[str]:
    return word_set("places", "kind_first_nouns")


@functools.cache
def _kind_ids() -> frozenset[int]:
    return word_ids(kind_first_nouns())


def kind_first_places(sent: Span, start: int) -> list[SpannedPlace]:
    """The places the sentence names kind first after a locative preposition, from token
    ``start`` on (after the dateline)."""
    found: list[SpannedPlace] = []
    free = max(start, sent.start)
    for tok in words_in(sent, _kind_ids()):  # a Token built only for a kind's word
        if tok.i < free or not _a_kind_word(tok.doc, tok.i):
            continue
        if tok.i == sent.start or tok.doc[tok.i - 1].lower_ not in LOCATIVE_PREPS:
            continue  # "a resident of village X" tells where someone lives, not the scene
        place = _chain(tok.doc, tok.i, sent.end)
        if place is not None:
            found.append(place)
            free = place.end
    return found


def _a_kind_word(doc: Doc, i: int) -> bool:
    """A kind written in lower case before a capitalised name ("village Bhalwal")."""
    tok = doc[i]
    return (
        tok.lower_ in kind_first_nouns()
        and tok.is_lower
        and i + 1 < len(doc)
        and doc[i + 1].text[:1].isupper()
    )


def _named(doc: Doc, i: int, end: int) -> tuple[str, int] | None:
    """ "Bhalwal Kalan village" of "village Bhalwal Kalan", and where its name ends."""
    stop = locality_name_end(doc, i + 1)
    if stop is None or stop > end or a_things_name(doc[i + 1 : stop]):
        return None  # "in district Headquarters Hospital": a body's building
    return f"{doc[i + 1 : stop].text} {doc[i].lower_}", stop


def _chain(doc: Doc, i: int, end: int) -> SpannedPlace | None:
    """The place kind first at ``i``, with the units written after it ("of district Swat")
    and the town it is set near or in ("near Kasur")."""
    first = _named(doc, i, end)
    if first is None:
        return None
    parts, j = [first[0]], first[1]
    while len(parts) < _CHAIN and j + 1 < end:
        link = doc[j].lower_
        if link in _LINKS and _a_kind_word(doc, j + 1):
            unit = _named(doc, j + 1, end)
            if unit is None:
                break
            parts.append(unit[0])  # "of district Swat"
            j = unit[1]
        elif link in _HOLDING and (town := _town_after(doc, j + 1, end)) is not None:
            parts.append(town[0])  # "near Kasur", ", Faisalabad"
            j = town[1]
            break
        else:
            break
    return SpannedPlace(doc[i], ", ".join(parts), i, j)


def _town_after(doc: Doc, first: int, end: int) -> tuple[str, int] | None:
    """A town or district the gazetteer knows, named from ``first``."""
    stop = locality_name_end(doc, first)
    if stop is None or stop > end:
        return None
    town = places.resolve(doc[first:stop].text)
    return (doc[first:stop].text, stop) if town is not None and town.level in _TOWN_LEVELS else None
