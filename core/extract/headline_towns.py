"""Towns a title-case headline names its incident by ("Fatal Burnsville Stabbing"): read for
the report's town (``report_places``) where NER in capitals leaves the town unlabelled."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import lexicon
from core.extract.nlp import word_ids, words_in
from core.extract.place_words import lexicon_places
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@functools.cache
def _incident_ids() -> frozenset[int]:
    return word_ids(lexicon_places().incident_words)


def incident_towns(sent: Span, towns: set[int]) -> list[str]:
    """Towns a title-case headline names its incident by ("Fatal Burnsville Stabbing"), which
    NER in capitals leaves unlabelled or takes whole with the incident's word for a person,
    a building or a work ("Topeka Shooting"): the longest run of proper nouns right before
    the word that the gazetteer knows as a town ("Overnight Dayton" is "Dayton"). A
    person's name ("Jane Roe Shooting") is NER's apart from the incident's word, a town NER
    read (``towns``) is counted already, and prose ("the X attack") is left to NER."""
    out = []
    doc = sent.doc
    for tok in words_in(sent, _incident_ids()):
        if not tok.text[:1].isupper():
            continue
        first = tok.i
        # "St. Paul Shooting": "St." hangs on "Paul"; "Fatal Burnsville Stabbing": the subject
        while first > sent.start and (_compound_name(doc[first - 1], first, tok.i) or (
                first == tok.i and _subject_name(doc[first - 1], tok))):
            first -= 1
        names = list(doc[first : tok.i])
        if not names or any(t.i in towns for t in names):
            continue
        if len(names) == 1 and names[0].lower_ in lexicon().victim_nouns:
            continue  # "Man Shot In ...": the person shot, not the town of Man
        if any(t.ent_type_ and t.ent_iob_ == "B" for t in (*names[1:], tok)):
            continue  # a name of its own inside the run, or the incident's word outside it
        if len(names) > 1 and names[0].ent_type_ and tok.ent_type_ != names[0].ent_type_:
            continue  # "Jane Roe" is a person's name, "Shooting" no part of it
        words = doc[first : tok.i]
        name = next(
            (words[k:].text for k in range(len(words)) if a_town_name(words[k:].text)), None
        )
        if name is not None:
            out.append(name)
    return out


def _subject_name(word: Token, incident: Token) -> bool:  # the parse's subject of the word
    return word.pos_ == "PROPN" and word.dep_ == "nsubj" and word.head.i == incident.i


def _compound_name(word: Token, first: int, noun: int) -> bool:
    """A proper noun the parser hangs on the name after it or on the incident's noun."""
    return word.pos_ == "PROPN" and word.dep_ == "compound" and first <= word.head.i <= noun


def a_town_name(name: str) -> bool:
    return name[:1].isupper() and any(p.level == "city" for p in places.candidates(name))
