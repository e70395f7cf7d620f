"""A place written as a checker files it: its parts from the most specific to the widest, each
once ("X village, Y tehsil, Z district").

Places are composed in many steps: a sentence's town with the district carried from the one
before, a lead's scene with the unit a later sentence tells, a headline's district after the
lead's town. Each step adds what it thinks holds the place, and the place may hold it already:
"X town, Y district" with "Y" carried adds nothing, and a scene joined to itself writes every
part twice. ``joined`` composes a place with its holder; ``one_of_each`` is the last word on
any place a claim is filed under.
"""

from __future__ import annotations

import functools

from core.rules import load_rules


def joined(place: str, holder: str | None) -> str:
    """The place written with what holds it, unless the place says it already ("X town, Y
    district" holds "Y" and "Y district")."""
    return one_of_each(f"{place}, {holder}") if holder else one_of_each(place)


def one_of_each(location: str) -> str:
    """The place with each part once: a part written before ("A, B, A, B") goes, and so does
    a name a part before holds as its unit ("Y" after "Y district"), or a town or village
    written again by its kind ("X town" after "X")."""
    kept: list[str] = []
    for part in (p.strip() for p in location.split(",")):
        if part and not any(_says_again(part, before) for before in kept):
            # "Y countryside" after "Y": the land around it, said once
            kept = [b for b in kept if not _its_surroundings(part, b)]
            kept.append(part)
    return ", ".join(kept) if kept else location


def _its_surroundings(part: str, before: str) -> bool:
    """ "Y countryside" of a bare "Y" written before it."""
    name, noun = _name_and_noun(part)
    return noun in _surrounding_words() and name == before.casefold()


def _says_again(part: str, before: str) -> bool:
    """The part names no more than a part written before it does."""
    if part.casefold() == before.casefold():
        return True
    name, noun = _name_and_noun(before)
    if noun in _holding_units() and name == part.casefold():
        return True  # "Y" after "Y district": the district, written again without its noun
    if noun in _surrounding_words() and name == part.casefold():
        return True  # "Y" after "Y countryside"
    name, noun = _name_and_noun(part)
    return noun in _settlement_units() and name == before.casefold()  # "X town" after "X"


def _name_and_noun(part: str) -> tuple[str, str]:
    """ "y" and "district" of "Y district"; a bare name has no noun."""
    name, _, noun = part.casefold().rpartition(" ")
    return (name, noun) if name else (part.casefold(), "")


@functools.cache
def _holding_units() -> frozenset[str]:
    """Nouns of the units that hold a namesake's district ("district", "province"): "Y" after
    "Y district" is the district; after "Y tehsil" it may be the district holding the tehsil."""
    return frozenset(str(w) for w in load_rules("admin_units")["holder_units"])


@functools.cache
def _settlement_units() -> frozenset[str]:
    """Nouns a town or village is written with: "town", "village", "city"."""
    return frozenset(str(w) for w in load_rules("admin_units")["first_units"])


@functools.cache
def _surrounding_words() -> frozenset[str]:
    """Nouns for the land around a place written after its name: "countryside"."""
    return frozenset(str(w) for w in load_rules("admin_units")["surrounding_words"])
