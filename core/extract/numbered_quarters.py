"""A part of a town known by its number ("Sector 11-B of North Karachi", "Block 7 of
Gulshan-e-Iqbal", "Noida's Sector 62", "Phase 2, DHA"): South Asian copy places an incident
by the numbered sector, block or phase of a town's locality, and the name's words fool the
entity readers (NER takes "Sector 11" for a LAW, "Block 7 of" for an ORG; the gazetteer knows
a hamlet called Sector). A checker files it with the locality that holds it ("Sector 11-B,
North Karachi"); the number alone, with no holder, names no place.

For ``sentence_places``: the quarter is a place mention, and the words it covers are nobody
else's (``spanned_places``)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from core.extract.coded_villages import a_code_piece
from core.extract.named_quarters import a_named_quarter
from core.extract.nlp import word_ids, words_in
from core.extract.place_roles import locality_nouns
from core.extract.place_words import LOCATIVE_PREPS, PLACE_LABELS, lexicon_places
from core.extract.spanned_places import (
    SpannedPlace,
    a_name_particle,
    a_things_name,
    locality_name_end,
)
from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# "G-9", "11-B", "F-7/2", "II", "C": a letter code, or a number with its letter
_CODE = re.compile(r"^(?:\d+[A-Z]?|[A-Z]{1,2}(?:-?\d+[A-Z]?)?|[IVX]{1,4})$")
# a code as the tokenizer leaves it whole, or as the pieces join again ("11-B", "F-7/2")
_CODED = re.compile(r"[A-Z]{1,2}-\d+(?:/\d+)?|\d+-?[A-Z]{1,2}|\d+/\d+")
# the parts a town's own sector names with no holder ("in Sector G-9", the dateline's town
# holding it); a bare "Ward 5" or "Block 3" is as often a hospital's or a jail's
_BARE_PARTS = frozenset({"sector"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@functools.cache
def numbered_parts() -> frozenset[str]:
    return word_set("places", "numbered_town_parts")


def a_numbered_quarter(name: str) -> bool:
    """ "Sector G-9", "Block 7, Gulshan-e-Iqbal": a name that opens with a numbered part."""
    words = name.split(",", 1)[0].split()
    return (
        len(words) == 2
        and words[0].istitle()
        and words[0].lower() in numbered_parts()
        and (_CODE.match(words[1]) is not None or _CODED.fullmatch(words[1]) is not None)
    )


def with_town(name: str, town: str) -> str | None:
    """ "Sector G-9" or "Block 7, Gulshan-e-Iqbal" of a report on Islamabad or Karachi: a
    numbered part whose holder is none or a locality the gazetteer does not list lies in the
    report's town too, written with it; None for any other name."""
    if not a_numbered_quarter(name) or town in name:
        return None
    _, _, holder = name.partition(", ")
    if holder and places.resolve(holder) is not None:
        return None  # "Sector 11-B, North Karachi", "Ward 12, Rawalpindi" say their town
    return f"{name}, {town}"


def numbered_at(tok: Token) -> SpannedPlace | None:
    """The numbered quarter ``tok`` opens, if it names a place."""
    quarter = _opened_by(tok)
    return quarter if quarter is not None and quarter.name else None


def numbered_quarters(sent: Span, start: int) -> list[SpannedPlace]:
    """The numbered quarters placed by a locative preposition in the sentence from token
    ``start`` on."""
    # a Token built only for a part's word ("sector", "block"), read off the ids
    words = (t for t in words_in(sent, _part_ids()) if t.i >= start)
    found = (_opened_by(tok) for tok in words)
    return [q for q in found if q is not None]


@functools.cache
def _part_ids() -> frozenset[int]:
    return word_ids(numbered_parts())


def _opened_by(tok: Token) -> SpannedPlace | None:
    """The numbered quarter whose part noun is ``tok``, if a locative preposition places
    something there."""
    if tok.lower_ not in numbered_parts():
        return None
    if tok.is_lower:
        return _code_first(tok)  # "the I-10 sector of Islamabad"
    if not tok.is_title or not tok.whitespace_:
        return None
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    code_end = _code_end(tok)
    if code_end is None:
        return None
    # the locality written before the part ("in Latifabad Unit 7")
    fronted = _fronted(tok, code_end) if before is not None else None
    if fronted is not None:
        return fronted
    if before is not None and before.is_title and before.pos_ == "PROPN":
        return None  # "Police District 6", "Cell Block 7": a name of more words, read whole
    return _placed(tok, code_end)


def _fronted(noun: Token, code_end: int) -> SpannedPlace | None:
    """ "in North Karachi Sector 11-B", "at Latifabad Unit 7": the locality written before
    the numbered part, the whole placed by the preposition before the locality; the
    locality a place by NER's label, not a body ("Cell Block 7")."""
    doc = noun.doc
    first = noun.i
    while first > 0 and _a_fronted_piece(doc, first - 1, noun.i):
        first -= 1
    if first in (noun.i, 0) or doc[first - 1].lower_ not in LOCATIVE_PREPS:
        return None
    locality = doc[first : noun.i]
    # NER's label, not the gazetteer's word (a town called Police), on the locality alone:
    # "Police District" as one FAC is a name of more words, read whole
    if noun.ent_iob_ == "I" or not all(
        t.ent_type_ in PLACE_LABELS for t in locality if t.is_alpha
    ):
        return None
    if a_things_name(locality):
        return None
    words = doc[noun.i : code_end]
    return SpannedPlace(noun, f"{words.text}, {locality.text}", first, code_end)


def _code_first(noun: Token) -> SpannedPlace | None:
    """ "in the I-10 sector of Islamabad", "in Islamabad's G-9 sector": the code written
    before the part's noun, placed by a locative preposition, with the town holding it; a
    code with no holder written names no place here (the words are left as they were)."""
    doc = noun.doc
    start = noun.i - 1
    while start > 0 and not doc[start - 1].whitespace_ and a_code_piece(doc[start - 1]):
        start -= 1  # "I" "-" "10"
    code = doc[start : noun.i].text
    if start >= noun.i or _CODED.fullmatch(code) is None or not doc[noun.i - 1].whitespace_:
        return None
    owner = doc[start - 1] if start > 0 else None
    if owner is not None and owner.tag_ == "POS" and start >= 2:
        held = _owner(doc[start - 1 : noun.i + 1])  # "Islamabad's G-9 sector"
        first = held[1] if held is not None else start
    else:
        first = start - 1 if owner is not None and owner.lower_ == "the" else start
        held = _held_after(doc, noun.i + 1)  # "the G-9 sector of Islamabad"
    if held is None or first < 1 or doc[first - 1].lower_ not in LOCATIVE_PREPS:
        return None
    return SpannedPlace(noun, f"{code} {noun.text}, {held[0]}", first, max(held[2], noun.i + 1))


def _a_fronted_piece(doc: Doc, k: int, noun: int) -> bool:
    """A word of the locality's name before the part noun: a capitalised proper noun, or a
    hyphen or particle joined without spaces ("Gulshan" "-" "e" "-" "Iqbal")."""
    tok = doc[k]
    if tok.text[:1].isupper() and tok.pos_ == "PROPN":
        return True  # "Gulshan-e-Iqbal" joined in one word
    joined = not tok.whitespace_ and k + 1 < noun
    return joined and a_name_particle(tok)


def _code_end(noun: Token) -> int | None:
    """Where the code after the quarter's noun ends ("11" "-" "B"), if a code follows it."""
    doc, j = noun.doc, noun.i + 1
    if j >= len(doc) or (_CODE.match(doc[j].text) is None and not _a_hyphened_code(doc[j])):
        return None
    while j + 1 < len(doc) and not doc[j].whitespace_ and a_code_piece(doc[j + 1]):
        j += 1
    return j + 1


def _a_hyphened_code(tok: Token) -> bool:
    """ "G-9", "F-7/2": one token of capitals and digits."""
    return _CODED.fullmatch(tok.text) is not None


def _placed(noun: Token, code_end: int) -> SpannedPlace | None:
    """The quarter with its holder, when a locative preposition places something there."""
    words = noun.doc[noun.i : code_end]
    if not any(t.dep_ == "pobj" and t.head.lower_ in LOCATIVE_PREPS for t in words):
        return None
    held = _held_after(noun.doc, code_end) or _owner(words)
    if held is not None:
        holder, first, end = held
        return SpannedPlace(
            noun, f"{words.text}, {holder}", min(first, noun.i), max(end, code_end)
        )
    name = words.text if noun.lower_ in _BARE_PARTS else ""
    return SpannedPlace(noun, name, noun.i, code_end)


def _held_after(doc: Doc, code_end: int) -> tuple[str, int, int] | None:
    """ "of North Karachi", ", Gulshan-e-Iqbal", "of Gulshan-e-Iqbal, Karachi": the
    locality written after the code, with the town written after it."""
    if code_end >= len(doc) or doc[code_end].lower_ not in ("of", ","):
        return None
    first = code_end + 1
    if first < len(doc) and doc[first].lower_ == "the":
        first += 1
    end = locality_name_end(doc, first)
    if end is None or not _a_locality(doc[first:end], comma=doc[code_end].text == ","):
        return None
    if _owns_a_body(doc[first : end + 1]) or _owns_a_thing(doc, first, end):
        return None  # "Unit 7 of the Men's Central Jail": a name owning a body holds nothing
    if end + 1 < len(doc) and doc[end].text == ",":
        town_end = locality_name_end(doc, end + 1)
        town = places.resolve(doc[end + 1 : town_end].text) if town_end else None
        if town is not None and town.level == "city":
            end = town_end or end  # "of Gulshan-e-Iqbal, Karachi"
    return doc[first:end].text, first, end


def _owns_a_thing(doc: Doc, first: int, end: int) -> bool:
    """ "Unit 4 of Maria's apartment complex": the name before a possessive owns a common
    noun's thing, which holds the unit; "of Karachi's Orangi Town" owns a named locality, and
    a town owning a quarter ("Ward 3 of Kisumu's central district", "of Mumbai's Dharavi
    slum") holds the unit as it did."""
    mark = next((doc[i] for i in (end - 1, end) if i < len(doc) and doc[i].tag_ == "POS"), None)
    if mark is None:
        return False
    owned = mark.head.head  # "'s" hangs on "Maria", "Maria" on "complex"
    if owned.i <= mark.i or owned.pos_ != "NOUN":
        return False
    quarters = word_set("places", "owned_quarter_nouns")
    return owned.lower_ not in quarters or not places.candidates(doc[first : mark.i].text)


def _owns_a_body(name: Span) -> bool:
    """ "the Men's Central Jail", "St. Mary's Hospital": a name whose possessive the parser
    joins on, owning a jail's, a hospital's or a school's name; "Karachi's Orangi Town"
    owns a locality."""
    for mark in (t for t in name if t.tag_ == "POS"):
        owned = mark.head.head  # "'s" hangs on "Men", "Men" on "Jail"
        if owned.i > mark.i and a_things_name(name.doc[mark.i + 1 : owned.i + 1]):
            return True
    return False


def _a_locality(holder: Span, *, comma: bool) -> bool:
    """A locality's name, not a hospital's, a jail's or a camp's ("Ward 5 of the Civil
    Hospital") nor a person's ("of Ahmed Khan" unless the gazetteer knows a town by it: NER
    takes many a town for a person); after a comma a place the gazetteer or a locality noun
    vouches for, and no speaker ("Sector 4, Ahmed said")."""
    last = holder[-1].lower_
    if a_things_name(holder):
        return False
    if last in lexicon_places().scene_nouns and not a_named_quarter(holder.text):
        return False
    if any(t.dep_ in _SUBJECTS for t in holder):
        return False
    known = places.resolve(holder.text) is not None
    if any(t.ent_type_ == "PERSON" for t in holder) and not known:
        return False
    return not comma or last in locality_nouns() or known


def _owner(words: Span) -> tuple[str, int, int] | None:
    """ "Orangi Town's Sector 11", "Noida's Sector 62": the locality owning the quarter."""
    for tok in words:
        for owner in tok.children:
            # NER's PERSON is no guide: no person owns a numbered sector ("Korangi's")
            if owner.dep_ == "poss" and owner.pos_ == "PROPN":
                first = owner.left_edge.i + (owner.left_edge.lower_ == "the")
                return owner.doc[first : owner.i + 1].text, first, owner.i + 2
    return None
