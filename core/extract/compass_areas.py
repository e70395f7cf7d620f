"""The part of a country or province a report names by a compass word ("Tarnland's
northwest", "northwest Tarnland"), for ``unlabelled_places``: a later "in the northwest"
with nothing of its own names that part again, a wide area, never the village the report's
incident was in."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.locus_places import locus_verbs
from core.extract.nlp import word_ids, words_in
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spacy.tokens import Span, Token

# The levels of a place a compass word cuts a part of
_WIDE_LEVELS = frozenset({"country", "admin1"})
_KEY = "compass:"


def remember_compass_parts(sent: Span, areas: dict[str, str]) -> None:
    """Note the parts of a country or a province the sentence names by a compass word."""
    for tok in words_in(sent, _compass_ids()):  # a Token built only for a compass word
        if tok.pos_ not in ("NOUN", "PROPN"):
            continue
        whole = _whole_cut(tok)
        if whole is not None:
            areas[_KEY + tok.lower_] = f"{tok.lower_} {whole}"


@functools.cache
def _compass_ids() -> frozenset[int]:
    return word_ids(places.compass_words())


def _whole_cut(tok: Token) -> str | None:
    """The country or province whose part the compass word names: its possessor
    ("Tarnland's northwest") or the name it qualifies ("northwest Tarnland")."""
    owners = [c for c in tok.children if c.dep_ == "poss"]
    if tok.dep_ in ("amod", "compound") and tok.head.pos_ == "PROPN":
        owners.append(tok.head)
    for owner in owners:
        place = places.lookup(owner.text) if owner.ent_type_ == "GPE" else None
        if place is not None and place.level in _WIDE_LEVELS:
            return owner.text
    return None


def compass_part_before(tok: Token, areas: Mapping[str, str]) -> str | None:
    """ "in the northwest" with nothing of its own: the part named so before."""
    if tok.lower_ not in places.compass_words() or tok.pos_ != "NOUN":
        return None
    if any(c.dep_ != "det" or c.lower_ != "the" for c in tok.children):
        return None
    return areas.get(_KEY + tok.lower_)


def compass_tallies(
    sent: Span, start: int, areas: Mapping[str, str], home: str | None
) -> list[tuple[Token, str]]:
    """ "The northeast recorded 40 attacks", "the north-west saw 12 killings": a part named
    by a compass word alone that counts a tally is the tally's area, the part of the report's
    country (the part named so before, "Tarnland's northeast", else of the country the
    report's place lies in); never the town or province carried from the sentences before."""
    out: list[tuple[Token, str]] = []
    for tok in words_in(sent, _compass_ids()):
        subject = _counting_part(tok)
        if subject is None or tok.i < start:
            continue
        verb = subject.head
        if (
            verb.lemma_.lower() not in locus_verbs()
            or any(c.dep_ not in _PART_WORDS_DEPS for c in subject.children)
            or not any(t.like_num and t.i > verb.i for t in verb.subtree)
        ):
            continue
        word = _joined_compass(tok)
        part = areas.get(_KEY + word) or _part_of_country(word, home)
        if part is not None:
            out.append((subject, part))
    return out


# what a part's subject may hold besides its compass word ("the north-west", "the northern
# region"): nothing that names the part otherwise ("the northern province of X")
_PART_WORDS_DEPS = frozenset({"det", "compound", "amod", "punct"})


def _counting_part(tok: Token) -> Token | None:
    """The subject a compass word makes a part of the country: the word itself ("the
    northeast") or the part noun it qualifies ("the northern region")."""
    if tok.dep_ == "nsubj" and tok.pos_ == "NOUN":
        return tok
    head = tok.head
    if tok.dep_ == "amod" and head.dep_ == "nsubj" and head.lemma_.lower() in _part_nouns():
        return head
    return None


@functools.cache
def _part_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["compass_parts"])


def _joined_compass(tok: Token) -> str:
    """ "north-west", "north-western", which the parser splits, as one word ("northwest")."""
    first = [
        c
        for c in tok.children
        if c.dep_ in ("compound", "amod") and c.i < tok.i and c.lower_ in places.compass_words()
    ]
    return first[0].lower_ + tok.lower_ if first else tok.lower_


def _part_of_country(word: str, home: str | None) -> str | None:
    """ "northeast Tarnland": the part of the country the report's place lies in."""
    where = places.resolve(home) if home else None
    country = places.get(where.country) if where is not None and where.country else None
    return f"{word} {country.name}" if country is not None else None
