"""A country named before an attack's noun ("killed in US strikes in Yemen", "in Pakistani
airstrikes on Khost", "in a Ukraine drone attack on Belgorod") is the side that struck, when
the sentence names a place outside it: the scene is that place. It was read as the scene,
the first place of the sentence ("US"), so the report of strikes on Yemen was filed in the
United States. A town before the noun stays the scene ("a Karachi blast"), and so does a
country when no place outside it is named ("in Pakistan floods", "in the Nigeria attack")."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.measures import lexicon
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

COUNTRY = "country"
# the measures of the nouns of a strike ("strike", "airstrike"; "raid", "operation")
ATTACK_MEASURES = frozenset({"attacks", "operations"})
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss"})
MAX_PHRASE_WORDS = 3  # "US" + "drone" "strike"; "Saudi" "-" "led" "strikes"
PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})  # "air", "drone", "led"


def a_striking_country(tok: Token, name: str, found: Sequence[tuple[Token, str]]) -> bool:
    """``name`` is a country that modifies an attack's noun, and another place the sentence
    names lies outside it."""
    country = places.lookup(name)
    if country is None or country.level != COUNTRY or not _before_an_attack(tok):
        return False
    return any(_outside(other, country.key) for t, other in found if t.i != tok.i)


def _before_an_attack(tok: Token) -> bool:
    """ "US strikes", "Turkey air raids", "a Russia drone attack": an attack's noun within
    the words of its phrase after the country (read by the words, as the parser may take the
    noun for a verb: "in Israel airstrikes"); or the noun the unlabelled places hold the
    country by."""
    if _an_attack(tok):
        return any(c.dep_ in MODIFIER_DEPS and c.i < tok.i for c in tok.children)
    doc = tok.doc
    for word in doc[tok.i + 1 : min(tok.i + 1 + MAX_PHRASE_WORDS, tok.sent.end)]:
        if _an_attack(word):
            return True
        if word.pos_ not in PHRASE_POS and word.text != "-":
            return False
    return False


def _an_attack(tok: Token) -> bool:
    return lexicon().nouns.get(tok.lemma_.lower()) in ATTACK_MEASURES


def _outside(name: str, country: str) -> bool:
    place = places.resolve(name)
    return place is not None and place.country is not None and place.country != country
