"""A name that is a city and its province both ("Kano", "Oaxaca"), called back by its
area noun in its own sentence: "In Kano, the state government said 40 were killed in the
state" counts the state, not the province a sentence before named."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from core.extract.home_country import of_the_country
from core.extract.nlp import compound_start
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

PROVINCE_NOUNS = ("province", "state", "region", "territory")


def province_told_before(area: Token, areas: Mapping[str, str]) -> str | None:
    """The name the sentence of ``area`` ("the state") gave last before it that the
    gazetteer holds as a province of the report's country, whichever reading of the name
    it files first; None for another area noun or no such name."""
    if area.lower_ not in PROVINCE_NOUNS:
        return None
    doc = area.doc
    for tok in reversed(doc[area.sent.start : area.i]):
        if tok.pos_ != "PROPN" or (tok.dep_ == "compound" and tok.head.pos_ == "PROPN"):
            continue  # a name is read whole, from its last word
        # "Khyber Pakhtunkhwa", which NER may leave unlabelled
        name = doc[compound_start(tok, area.sent.start) : tok.i + 1].text
        if any(
            found.level == "admin1" and found.name == name and of_the_country(found, dict(areas))
            for found in places.candidates(name)
        ):
            return name
    return None
