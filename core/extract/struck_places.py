"""The place a report says its quake, storm or blast struck: "An earthquake struck Lomesa
island", "Lomesa was worst affected by the storm". National news opens on the country ("a
quake hit southern Ruritania, killing 10") and names the town or island it hit a sentence or
more later; a checker files the figures under that town, which says more than the country.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.nlp import Chunk, word_ids, words_in
from core.extract.scene_statements import a_written_year
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# A place struck is a town, an island, a district or a province: a country says no more than
# the report's own country does.
_STRUCK_LEVELS = frozenset({"city", "district", "admin1", "region"})
# Words that set an event before the report's own ("the last major quake").
_EARLIER = frozenset({"last", "previous", "earlier", "past", "former"})
# Labels of names that are no place however the gazetteer reads them.
_NOT_PLACES = frozenset({"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"})


@functools.cache
def _words() -> tuple[frozenset[int], frozenset[str], frozenset[str]]:
    raw = load_rules("places")
    return (
        word_ids(str(w) for w in raw["struck_verbs"]),
        frozenset(str(w) for w in raw["striking_events"]),
        frozenset(str(w) for w in raw["place_kind_nouns"]),
    )


def striking_events() -> frozenset[str]:
    """ "quake", "flood", "storm": an event that strikes a place (the rules' "striking_events")."""
    return _words()[1]


def place_kind_nouns() -> frozenset[str]:
    """ "island", "province", "valley": a kind of place written after its name."""
    return _words()[2]


def struck_place(chunks: Sequence[Chunk], country: str | None) -> str | None:
    """The first town, island or province of the report's ``country`` that the report says
    its event struck (the object of "struck", "hit", "rocked" whose subject is the quake or
    the blast; the subject of "affected by the quake"), as the text writes it. An event of
    another year ("the 2004 quake hit Aceh") is another incident."""
    home = places.lookup(country) if country else None
    if home is None or home.level != "country":
        return None
    verbs = _words()[0]
    for chunk in sorted(chunks, key=lambda c: c.offset):
        for sent in chunk.doc.sents:
            if _recalls(sent):
                continue
            for verb in words_in(sent, verbs):
                target = _struck(verb)
                name = _place_in(sent, target, home) if target is not None else None
                if name is not None:
                    return name
    return None


def struck_by_event(tok: Token) -> bool:
    """The name is what an event struck ("a tremor rocked Darvan"): its scene, though no
    locative preposition places it."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head  # "the Tarn region"
    verb = tok.head
    if verb.i == tok.i or verb.lower not in _words()[0]:
        return False
    struck = _struck(verb)
    return struck is not None and struck.i == tok.i


def an_object(tok: Token) -> bool:
    """The name is within what a verb acts on, no event's strike ("they dispute control of
    the Tarn region", "the talks will decide Tarn's status"): a topic, not a scene."""
    while tok.dep_ in ("compound", "poss", "pobj", "prep", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "dobj" and not struck_by_event(tok)


def _recalls(sent: Span) -> bool:
    """A sentence on an earlier event: "The last major quake to hit the region was in March,
    when a tremor rocked Tarn", "a 1998 storm lashed Tarn"."""
    events = _words()[1]
    for tok in sent:
        if tok.lower_ in _EARLIER and tok.head.lower_ in events:
            return True
        if tok.ent_type_ == "DATE" and a_written_year(tok):
            return True
    return False


def _struck(verb: Token) -> Token | None:
    """What the event struck: the object of an active verb whose subject is the event, the
    subject of a passive one whose agent is."""
    events = _words()[1]
    kids = list(verb.children)
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    if subject is not None and _an_event(subject, events):
        return next((c for c in kids if c.dep_ == "dobj"), None)
    agent = next((c for c in kids if c.dep_ == "agent"), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
    if by is not None and _an_event(by, events):
        return next((c for c in kids if c.dep_ == "nsubjpass"), None)
    return None


def _an_event(noun: Token, events: frozenset[str]) -> bool:
    """The quake or the blast of this report: not one dated to a year of its own."""
    if noun.lower_ not in events:
        return False
    return not any(t.ent_type_ == "DATE" or a_written_year(t) for t in noun.subtree)


def _place_in(sent: Span, target: Token, home: places.Place) -> str | None:
    """The first name in the struck phrase that the gazetteer places in ``home`` below the
    country, with the kind noun written after it ("Lomesa island", "Tarn province")."""
    doc = sent.doc
    kinds = _words()[2]
    i, end = target.left_edge.i, target.right_edge.i + 1
    hints = {home.country or home.key: 1}
    while i < end:
        tok = doc[i]
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.ent_type_ in _NOT_PLACES:
            i += 1
            continue
        stop = i + 1
        while stop < end and doc[stop].pos_ == "PROPN" and doc[stop].text[:1].isupper():
            stop += 1
        if stop < end and doc[stop].lower_ in kinds:
            stop += 1
        name = doc[i:stop].text
        place = places.resolve(name, hints=hints)
        if place is not None and place.level in _STRUCK_LEVELS and place.country == home.country:
            return name
        i = stop
    return None
