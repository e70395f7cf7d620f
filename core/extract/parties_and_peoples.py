"""Names NER reads as places that stand for a body, a people or a party to the story, for
``place_entities``: "run by Omdra, the relief agency", "the Tarn people", "Israel accused
Hamas"; and the nouns a body is called by (rules/places.json)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.home_country import a_town_acting, acts
from core.extract.measures import lexicon
from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span


def _sides() -> frozenset[str]:
    return word_set("places", "side_nouns")


def organisation_nouns() -> frozenset[str]:
    """What a body is called by ("group", "agency", "clan"): rules/places.json."""
    return word_set("places", "organisation_nouns")


def an_organisation(ent: Span) -> bool:
    """ "a school run by Omdra, the relief agency": a name the gazetteer does not know, set
    beside a noun of an organisation or named as the doer of a passive, is a body NER took
    for a place."""
    if places.lookup(ent.text) is not None:
        return False
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        return True  # "a depot run by Omdra": who runs or does a thing, not where
    nouns = organisation_nouns()
    if any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in root.children):
        return True
    # "a Shining Path remnant", "al-Shabaab fighters": a name before the noun of a body or of
    # its armed men names the body
    head = root.head
    return (
        root.dep_ == "compound"
        and head.i == ent.end
        and (head.lemma_.lower() in nouns or head.lemma_.lower() in lexicon().agent_nouns)
    )


def a_peoples_name(ent: Span) -> bool:
    """ "the umbrella body of the Tarn people": a name right before a noun of a people, a
    tribe or a clan, with its article, names the people, not a place."""
    root = ent.root
    noun = root.head
    return (
        root.dep_ in ("amod", "compound")
        and noun.i == ent.end
        and noun.lower_ in _people_group_nouns()
        and ent.start > 0
        and ent.doc[ent.start - 1].lower_ == "the"
    )


def _people_group_nouns() -> frozenset[str]:
    return word_set("places", "people_group_nouns")


def a_party(ent: Span) -> bool:
    """A country, or a town as the subject or object, that acts, speaks or is addressed
    ("Israel accused Hamas", "Moscow warned", "urged Kabul"), or a country owning the forces
    or leader of a side ("one of Chile's fighting forces"): a party to the story, no scene."""
    root = ent.root
    if not acts(root) and not (root.dep_ == "poss" and root.head.lemma_.lower() in _sides()):
        return False
    place = places.lookup(ent.text)  # a town that acts stands for its government
    return place is not None and (place.level == "country" or a_town_acting(root))
