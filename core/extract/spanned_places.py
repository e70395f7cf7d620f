"""A place a reader finds by its own words, which NER and the gazetteer misread ("Sector
11-B of North Karachi", "village Bhalwal Kalan"): the place, the word the sentence places it
by, and the words it covers, which no other reading of the sentence may take
(``sentence_places``); and the reading of a locality's proper name those readers share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.place_roles import locality_nouns
from core.extract.place_words import lexicon_places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# words no locality ends in: "Ward 5 of the Civil Hospital", "Block C of Kutupalong camp"
_NOT_LOCALITIES = frozenset({"jail", "prison", "camp", "hospital", "school", "college"})
# labels no locality's word bears: "of Karachi Monday"
_NOT_NAME_LABELS = frozenset({"DATE", "TIME"})
_PARTICLE_LEN = 3  # "e", "ul", "ud", "i" of "Gulshan-e-Iqbal", "Bahadur-ul-Mulk"


@dataclass(frozen=True, slots=True)
class SpannedPlace:
    token: Token  # the word the sentence places by ("Sector" of "in Sector 11-B")
    name: str  # "Sector 11-B, North Karachi"; "" when the words name no place
    first: int  # the words it covers, holder and all
    end: int


def locality_name_end(doc: Doc, first: int) -> int | None:
    """Where the locality's name opened at ``first`` ends; None if no name opens there or
    the name is a modifier of a thing's noun ("Kutupalong camp", "Adiala jail"). A unit's
    noun goes on the name ("Kupwara district")."""
    end = first
    while end < len(doc) and _a_name_piece(doc, end, first):
        end += 1
    while end > first and doc[end - 1].text == "-":
        end -= 1
    if end == first:
        return None
    after = doc[end] if end < len(doc) else None
    if after is not None and after.is_lower and after.pos_ == "NOUN" and doc[end - 1].head.i == end:
        if after.lower_ not in locality_nouns() | lexicon_places().area_nouns:
            return None
        end += 1
    return end


def _a_name_piece(doc: Doc, k: int, first: int) -> bool:
    """A word of a locality's name: capitalised, or a hyphen or particle joined without
    spaces ("Gulshan" "-" "e" "-" "Iqbal")."""
    tok = doc[k]
    if tok.ent_type_ in _NOT_NAME_LABELS:
        return False  # "of Karachi on Monday" ends at "on"; "of Karachi Monday" before it
    if tok.text[:1].isupper() and any(c.isalpha() for c in tok.text):
        return k == first or not doc[k - 1].whitespace_ or doc[k - 1].text[:1].isupper()
    joined = k > first and not doc[k - 1].whitespace_
    return joined and a_name_particle(tok)


def a_name_particle(tok: Token) -> bool:
    """A hyphen or particle a locality's name joins without spaces ("e" of "Gulshan-e-Iqbal")."""
    return tok.text == "-" or (tok.is_lower and len(tok) <= _PARTICLE_LEN)


def a_things_name(name: Span) -> bool:
    """A name that ends in a thing's or a body's word, no locality's ("the Civil Hospital",
    "Adiala Jail", "the District Police Office")."""
    last = name[-1].lower_
    return last in _NOT_LOCALITIES or last in lexicon_places().not_places
