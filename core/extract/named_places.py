"""Whether a name a sentence holds is a place's: not a body's ("the X Clan"), an operation's,
an origin's, a seat's or a town's nickname ("the Gem City"), nor, in a title-cased headline,
a name the gazetteer does not know.
Moved out of ``claim_places.py``."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.admin_units import an_admin_unit
from core.extract.home_country import fled_from
from core.extract.listed_names import a_persons_name
from core.extract.origin_persons import a_persons_origin
from core.extract.origin_places import an_origin
from core.extract.parties_and_peoples import organisation_nouns
from core.extract.place_descriptions import place_kinds
from core.extract.place_roles import where_felt
from core.extract.place_words import BIG_TOWN, LOCATIVE_PREPS, a_seat, an_indefinite_name
from core.extract.speaker_labels import a_speakers_label
from core.extract.storm_names import a_storms_name
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token


def a_named_place(tok: Token, name: str, *, titled: bool) -> bool:
    """Not "an Islamabad-based group", "men from Swat", "in a separate IBO", "claimed by
    Daesh"; in a title-cased headline, where NER and the tagger see names in common nouns
    ("Shooting In Parking Lot"), only a name the gazetteer knows."""
    if titled and not _known_name(name):
        return False
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent" and not _known_name(name):
        return False  # "an attack claimed by Daesh": who did it ("followed by Sindh" is one)
    if _a_bodys_name(name) or an_operations_name(name) or a_members_body(tok, name):
        return False  # "members of the X Clan", "the Y Movement", "Operation Z"
    if _a_phenomenon(name):
        return False  # "in the Left Wing Extremism affected areas"
    if a_storms_name(tok, name):
        return False  # "killed in Typhoon Lomi", "in Vena's aftermath"
    if a_speakers_label(tok):
        return False  # "HAMILTON: We heard three shots": who speaks, not where
    if _a_towns_nickname(tok, name):
        return False  # "the Gem City's homicide count": the report's town by a nickname
    return not (
        a_seat(tok)
        or an_origin(tok)
        or fled_from(tok)  # "refugees who fled the fighting in Tarn"
        or a_persons_origin(tok)  # "Jane Roe, 31, from Tarn"
        or an_indefinite_name(tok)
        or where_felt(tok)
        or (a_persons_name(tok) and not _a_tallys_place(tok, name))
    )  # "Nijia Ward, 24,", "the victims were Jo Roe, Nijia Ward"


def _a_tallys_place(tok: Token, name: str) -> bool:
    """ "12 in Tarn Valley, 5 in Wend and 3 in Osk": the number after the name is the next
    place's count, not an age, when it takes a place of its own ("5 in Wend"); the name is
    one the gazetteer knows, as no person's is."""
    return places.lookup(name) is not None and any(
        c.dep_ == "appos"
        and c.like_num
        and c.i > tok.i
        and any(p.dep_ == "prep" and p.lower_ in LOCATIVE_PREPS for p in c.children)
        for c in tok.children
    )


def _a_towns_nickname(tok: Token, name: str) -> bool:
    """ "the Elm City's homicide count", "crime in the Gem City": a town's nickname, written
    with "the" as no town's own name is, and no big town's other name the gazetteer knows
    ("the Windy City" is Chicago); the town is the report's, which says it better."""
    name = name.removesuffix("'s").removesuffix("’s")  # "the Gem City's count"
    words = name.split()
    if len(words) < 2 or words[-1] != "City" or tok.text != "City":
        return False
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    return not any(p.population >= BIG_TOWN for p in places.candidates(name))


def _a_bodys_name(name: str) -> bool:
    """A name ending in what a body is called by ("the X Clan", "Y Network"), not a unit
    ("Char Z union") and not one the gazetteer knows."""
    last = name.split(",", 1)[0].rsplit(maxsplit=1)[-1]
    return (
        " " in name.split(",", 1)[0]
        and last[:1].isupper()
        and last.lower() in organisation_nouns()
        and not an_admin_unit(name)
        and places.lookup(name) is None
    )


def _a_phenomenon(name: str) -> bool:
    """A name the gazetteer does not know whose last capitalised word is a kind of violence
    ("Wing Extremism", "the Tarn Insurgency belt"): ``phenomenon_nouns`` of
    rules/places.json."""
    names = [w for w in name.split(",", 1)[0].split() if w[:1].isupper()]
    return bool(names) and names[-1].lower() in _phenomena() and places.lookup(name) is None


@functools.cache
def _phenomena() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["phenomenon_nouns"])


def _known_name(name: str) -> bool:
    """A name the gazetteer knows, alone or before its kind ("Kandahar Province")."""
    if places.lookup(name) is not None:
        return True
    head, _, kind = name.rpartition(" ")
    return bool(head) and kind.lower() in place_kinds() and places.lookup(head) is not None


def an_operations_name(name: str) -> bool:
    """ "soldiers of Operation Safe Haven": the name of an operation, never a place."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first.lower() in _operation_openers()


@functools.cache
def _operation_openers() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["operation_openers"])


def a_members_body(tok: Token, name: str) -> bool:
    """ "six members of Daesh", "fighters of the Front": a name the gazetteer does not know,
    told of the people who belong to it, is their body, not a place."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in _member_nouns()
        and not places.candidates(name)
    )


@functools.cache
def _member_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["member_nouns"])
