"""A country named before a strike's noun ("killed in US strikes in Yemen", "in Turkey air
raids in northern Iraq", "in a Russia drone strike in Syria") is the side that struck, when
the strike's own phrase names a place outside it (or places: "in Syria and Iraq"): the scene is that
place. It was read as the scene,
the first place of the sentence ("US"), so the report of strikes on Yemen was filed in the
United States. A town before the noun stays the scene ("a Karachi blast"), and so does a
country before an attack that names the scene as often ("Nigeria attacks", "Iraq bombings"),
or with no place outside it in the strike's phrase ("in Pakistan floods"; "US strikes, the
ministry said in Sanaa")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.text.places import Place

COUNTRY = "country"
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss"})
MAX_PHRASE_WORDS = 3  # "US" + "drone" "strike"; "Saudi" "-" "led" "strikes"
LIST_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # "Syria, Iraq and Yemen"
PHRASE_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB"})  # "air", "drone", "led"


def a_striking_country(tok: Token, name: str, found: Sequence[tuple[Token, str]]) -> bool:
    """``name`` is a country that modifies a strike's noun, and another place the strike's
    own phrase names ("in Yemen", "on Odesa"; not where it was said, "said in London") lies
    outside it."""
    country = places.lookup(name)
    strike = _the_strike(tok) if country is not None and country.level == COUNTRY else None
    if strike is None or country is None:
        return False
    return any(
        _outside(other, country.key)
        for t, other in found
        if t.i != tok.i and _in_the_strikes_phrase(t, strike)
    )


def _in_the_strikes_phrase(place: Token, strike: Token) -> bool:
    """The place hangs on the strike's noun, or on the preposition right after it, which the
    parser may hang on the verb ("killed in a Russia drone strike in Syria")."""
    if any(a.i == strike.i for a in place.ancestors):
        return True
    head = place.head
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    return head.dep_ == "prep" and head.i == strike.i + 1


def _the_strike(tok: Token) -> Token | None:
    """ "US strikes", "Turkey air raids", "a Russia drone strike": the strike's noun within
    the words of its phrase after the country (read by the words, as the parser may take the
    noun for a verb: "in Israel airstrikes"); or the noun the unlabelled places hold the
    country by."""
    if _a_strike(tok):
        modified = any(c.dep_ in MODIFIER_DEPS and c.i < tok.i for c in tok.children)
        return tok if modified else None
    doc = tok.doc
    strike = None
    for word in doc[tok.i + 1 : min(tok.i + 1 + MAX_PHRASE_WORDS, tok.sent.end)]:
        if word.pos_ not in PHRASE_POS and word.text != "-":
            break
        if _a_strike(word):
            strike = word  # "drone" of "drone strike": the phrase's last such noun
    return strike


def _a_strike(tok: Token) -> bool:
    return tok.lemma_.lower() in word_set("places", "striking_nouns") or (
        tok.lower_ in word_set("places", "striking_nouns")
    )


def _outside(name: str, country: str) -> bool:
    """The place, or each of the places a list names ("in Syria and Iraq"), lies in another
    country than the striker's."""
    whole = places.resolve(name)
    parts = [whole] if whole is not None else [places.resolve(n) for n in LIST_SPLIT.split(name)]
    homes = [_country_of(p) for p in parts]
    return all(home is not None and home != country for home in homes)


def _country_of(place: Place | None) -> str | None:
    """The place's country, or the one all its members lie in (the Gaza Strip, a region the
    gazetteer files under no country, is made of Palestinian governorates)."""
    if place is None or place.country is not None:
        return None if place is None else place.country
    homes = {member.split("-")[0] for member in place.members}
    return homes.pop() if len(homes) == 1 else None
