"""Villages named by a kind word before the name, for ``claim_places``: "in Barangay
Malinao, Datu Piang, Maguindanao del Sur", "at Sitio Lumot": the Philippine press writes
the village's kind first, and NER reads the words as a body's or a person's name (or the kind
alone as a town). The village is the place, written with the town the text sets it in, as a
checker files a village ("Barangay Malinao, Datu Piang"): a village inside a village
("Sitio X, Barangay Y") is passed over for the town, a province is told only when no town is.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.nlp import word_ids, words_in
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


@dataclass(frozen=True)
class PrefixedVillage:
    """A village named by its kind ("Barangay Malinao"), with the town the text sets it in
    (``written``), and the tokens the whole chain spans (``start``, ``end``)."""

    head: Token
    written: str
    start: int
    end: int


@functools.cache
def village_prefixes() -> frozenset[str]:
    """The kind words written before a village's name ("Barangay", "Sitio")."""
    return frozenset(str(w) for w in load_rules("places")["village_prefixes"])


@functools.cache
def _prefix_ids() -> frozenset[int]:
    """The kind words as a token may read them, with their stop ("Brgy.") or without."""
    return word_ids([*village_prefixes(), *(f"{w}." for w in village_prefixes())])


_PARTICLES = frozenset({"del", "de", "la", "las", "los", "san", "sta"})
_WIDE_LEVELS = frozenset({"admin1", "country"})


def prefixed_villages(sent: Span, start: int) -> list[PrefixedVillage]:
    """The villages a sentence names by their kind word, after ``start`` (the dateline)."""
    found: list[PrefixedVillage] = []
    free = max(start, sent.start)  # the first token no village found so far spans
    for kind in words_in(sent, _prefix_ids()):  # a Token built only for a kind word
        if kind.i < free:
            continue
        village = _village_at(sent.doc, kind.i, sent.end)
        if village is not None:
            found.append(village)
            free = village.end
    return found


def with_prefixed_villages(
    sent: Span, start: int, found: list[tuple[Token, str]]
) -> list[tuple[Token, str]]:
    """The villages a sentence names by their kind word, with the places ``found`` outside
    their chains (NER's cut of "Barangay Malinao, Datu Piang" into a body and a person)."""
    chains = prefixed_villages(sent, start)
    if not chains:
        return found
    taken = {i for v in chains for i in range(v.start, v.end)}
    return [(v.head, v.written) for v in chains] + [p for p in found if p[0].i not in taken]


def _village_at(doc: Doc, i: int, end: int) -> PrefixedVillage | None:
    """The village whose kind word is token ``i``, with what holds it, and the names after
    it that hold it ("..., Datu Piang, Maguindanao del Sur")."""
    name_end = _name_end(doc, _after_kind(doc, i, end), end)
    if name_end is None:
        return None
    names: list[tuple[int, int]] = []
    j, town = name_end, False
    while j + 1 < end and doc[j].text == "," and len(names) < _CHAIN:
        seg_start = _after_kind(doc, j + 1, end)
        seg_end = _name_end(doc, j + 1 if seg_start is None else seg_start, end)
        if seg_end is None or (town and not _wide(doc[j + 1 : seg_end])):
            break  # after the town only a province or a country holds it
        town = town or seg_start is None
        names.append((j + 1, seg_end))
        j = seg_end
    village = doc[i:name_end].text
    holder = _holder(doc, names)
    written = f"{village}, {holder}" if holder else village
    return PrefixedVillage(head=doc[name_end - 1], written=written, start=i, end=j)


_CHAIN = 4  # names in a chain: village, village, town, province


def _wide(name: Span) -> bool:
    place = places.lookup(name.text)
    return place is not None and place.level in _WIDE_LEVELS


def _after_kind(doc: Doc, i: int, end: int) -> int | None:
    """The first word of the name after the kind word at ``i`` ("Brgy." read as two)."""
    if doc[i].lower_.rstrip(".") not in village_prefixes() or not doc[i].text[:1].isupper():
        return None
    nxt = i + 1
    if nxt < end and doc[nxt].text == ".":
        nxt += 1
    return nxt if nxt < end else None


def _name_end(doc: Doc, first: int | None, end: int) -> int | None:
    """The end of a proper name from ``first`` ("Datu Hoffer Ampatuan", "Agusan del Sur"),
    not a title ("Barangay Captain Cruz" names a person)."""
    if first is None or first >= end or not _a_name_word(doc[first]):
        return None
    if doc[first].lower_ in cues().titles:
        return None
    k = first + 1
    while k < end and (
        _a_name_word(doc[k]) or (doc[k].lower_ in _PARTICLES and k + 1 < end and
                                 _a_name_word(doc[k + 1]))
    ):
        k += 1
    return k


def _a_name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.isalpha()


def _holder(doc: Doc, names: list[tuple[int, int]]) -> str | None:
    """The town a village is set in: the first name after it that is no village and no
    province; the province when no town is told."""
    wide: str | None = None
    for s, e in names:
        if _after_kind(doc, s, e) is not None:
            continue  # "Sitio Lumot, Barangay Malinao": another village, the wider one
        if _wide(doc[s:e]):
            wide = wide or doc[s:e].text
            continue
        return doc[s:e].text
    return wide
