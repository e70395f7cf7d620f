"""The place a national report's lead names, for the figures no sentence places: the province
("a quake shook Indonesia's Aceh province") or the one town of the country ("a fire set in a
Lisbon post office") its first sentences set the incident in.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.nlp import Chunk, sentence_ents
from core.extract.place_roles import named_area
from core.extract.place_words import (
    a_persons_town,
    a_residence,
    a_suburb_of,
    lexicon_places,
    locative,
)
from core.extract.report_places import LEAD_SENTENCES, premises_of, said_in
from core.extract.scene_words import tells_a_wide_event
from core.extract.speaker_places import where_a_speaker_is
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

# a national report's lead town is where its figures are when the report names the town at
# least a third as often as its country ("Athens" 4 times, "Greece" 3): not a report naming
# Quetta twice and Pakistan 19 times, which tallies the whole country
TOWN_TO_COUNTRY = 3
PROVINCE_LEAD = 2  # a headline and its first sentence: where a national report's incident is


def lead_province(chunks: Sequence[Chunk], country: str | None) -> str | None:
    """ "Quake hits Indonesia. A quake shook Indonesia's Aceh province": the province of
    ``country`` the report's headline or first sentence names, for a report that names no
    town to file its figures under (a province says more than its country)."""
    home = places.lookup(country) if country else None
    if home is None or home.level != "country":
        return None
    sents = (sent for chunk in sorted(chunks, key=lambda c: c.offset) for sent in chunk.doc.sents)
    # the lead alone: a province named later may be another story's
    for sent in itertools.islice(sents, PROVINCE_LEAD):
        for ent in sentence_ents(sent):
            place = places.resolve(ent.text) if ent.label_ in ("GPE", "LOC") else None
            if place is not None and place.level in ("admin1", "region") and (
                place.country == home.country
            ):
                return ent.text
    return None


def lead_town(chunks: Sequence[Chunk], country: str | None, times: int) -> str | None:
    """ "Three died as marchers filled Lisbon's squares ... a fire set in a Lisbon
    post office": the one town of ``country`` the lead of a report on the whole country names
    (where a person lives, a town a suburb lies by, or where a source speaks, aside), which
    says more than the country for the figures no sentence places; a report that names its
    country (``times``) far more often than the town tallies the whole country."""
    home = places.lookup(country) if country else None
    if home is None or home.level != "country":
        return None
    hints = {home.country or home.key: 1}
    found: dict[str, str] = {}
    sents = (sent for chunk in sorted(chunks, key=lambda c: c.offset) for sent in chunk.doc.sents)
    lead = list(itertools.islice(sents, LEAD_SENTENCES))
    if any(tells_a_wide_event(sent) for sent in lead):
        return None  # "floods killed 40 in Pakistan ... In Chitral, 12 died": one part of it
    for sent in lead:
        for ent in sentence_ents(sent):
            root = ent.root
            # where something stands or happened ("in Lyon", "a Lyon bank", "around the town
            # of Lyon", "the streets of Lyon"), not the subject of a sentence ("Lyon was
            # calm") nor a town a place is near ("west of Lyon"); NER takes such a town for a
            # body now and then
            placed = (
                locative(named_area(root) or root)
                or premises_of(root) is not None
                or _streets_of(root)
            )
            if not placed or a_residence(root) or a_persons_town(root) or a_suburb_of(root):
                continue
            if where_a_speaker_is(root) or said_in(root):
                continue  # "officials in Kabul said", "the army said in Islamabad"
            place = places.resolve(ent.text, hints=hints)
            if place is not None and place.level == "city" and place.country == home.country:
                found.setdefault(place.key, ent.text)
    if len(found) != 1:
        return None
    town = next(iter(found.values()))
    told = sum(chunk.text.count(town) for chunk in chunks)
    return town if told * TOWN_TO_COUNTRY >= times else None


def _streets_of(root: Token) -> bool:
    """ "took to the streets of Athens": the town whose streets they are."""
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lemma_.lower() in lexicon_places().scene_nouns
    )
