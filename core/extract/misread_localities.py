"""Names of a town's parts or of a village that NER took for a body's or a person's, for
``place_entities``: "killed in Civil Lines", "at Nimak Bazaar", "stormed the army post at
Tegouma, in the Dosso region", "near Kohat Tunnel"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.day_named_towns import SCENE_PREPOSITIONS
from core.extract.facility_names import a_facility_name
from core.extract.named_quarters import a_named_quarter
from core.extract.place_descriptions import place_kinds
from core.extract.place_roles import locality_nouns
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span

TOLD_AT_PREPOSITIONS = SCENE_PREPOSITIONS | {"at"}  # "at X, in the Y region"


def a_locality_taken_for_a_body(ent: Span) -> bool:
    """ "killed in Civil Lines", "at Nimak Bazaar": a part of a town, by its last word, that NER
    took for a body's name (a bazaar's for a person's too), where things happen in it."""
    root, quarter = ent.root, a_named_quarter(ent.text)
    return (
        (ent.label_ == "ORG" or (quarter and ent.label_ == "PERSON"))
        and ent[-1].pos_ == "PROPN"
        and (ent[-1].lower_ in locality_nouns() or quarter)
        and root.dep_ == "pobj"
        and root.head.lower_ in TOLD_AT_PREPOSITIONS  # "at Qissa Khwani Bazaar"
    )


def a_locality_told_with_its_area(ent: Span) -> bool:
    """ "stormed the army post at Tegouma, in the Dosso region": a name NER took for a body's
    or a person's, where things happened, told at once with the wider area that holds it."""
    root, doc = ent.root, ent.doc
    if (
        ent.label_ not in ("ORG", "PERSON")
        or len(ent) > _LOCALITY_WORDS
        or any(t.pos_ != "PROPN" for t in ent)
        or root.dep_ != "pobj"
        or root.head.lower_ not in TOLD_AT_PREPOSITIONS
        or ent.end + 2 >= len(doc)
        or doc[ent.end].text != ","
        or doc[ent.end + 1].lower_ != "in"
    ):
        return False
    area = next((c for c in doc[ent.end + 1].children if c.dep_ == "pobj"), None)
    if area is None:
        return False
    named = places.lookup(doc[area.left_edge.i : area.i + 1].text.removeprefix("the "))
    return area.lemma_.lower() in place_kinds() or (
        named is not None and named.level in places.WIDE_LEVELS
    )


_LOCALITY_WORDS = 3  # a village's name; a longer one is a body's ("the Forces Command")


_FACILITY_PREPOSITIONS = TOLD_AT_PREPOSITIONS | {"on"}  # "on Attock Bridge"
_FACILITY_NAME_WORDS = 4  # "Multan Cantonment Railway Station"


def a_towns_facility(ent: Span) -> bool:
    """ "a blast near Kohat Tunnel", "injured at Lahore Zoo": a structure named after the town
    it stands in (the first words a town the gazetteer knows, the last a noun of
    ``town_facility_nouns``), which NER took for a body's name, told where things happened."""
    root = ent.root
    if (
        ent.label_ not in ("ORG", "PERSON")
        or not 1 < len(ent) <= _FACILITY_NAME_WORDS
        or any(t.pos_ != "PROPN" for t in ent)
        or root.dep_ != "pobj"
        or root.head.lower_ not in _FACILITY_PREPOSITIONS
    ):
        return False
    return a_facility_name(ent)
