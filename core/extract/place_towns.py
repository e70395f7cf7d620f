"""The town a figure is filed under: the place its sentence names, carried or the report's,
with the report's town over a state that holds it and over a street, block or venue in it
(``core.extract.claim_places`` finds the names)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from core.extract.admin_units import an_admin_unit, district_countries
from core.extract.home_units import holds_home
from core.extract.lead_spots import a_spots_province
from core.extract.named_quarters import a_named_quarter
from core.extract.numbered_quarters import a_numbered_quarter, with_town
from core.extract.place_lists import towns_listed
from core.extract.place_roles import locality_nouns
from core.extract.place_words import (
    a_post_name,
    a_scene,
    across_a_border,
    border_nouns,
    lexicon_places,
    locative,
)
from core.extract.report_places import town_of
from core.extract.venue_towns import a_town_written
from core.rules import load_rules
from core.text import places
from core.text.place_parts import joined
from core.text.place_spellings import press_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# A figure over a period longer than this is a round-up of many incidents, not the report's.
ROUNDUP_DAYS = 14
# A figure over more than this counts years of a conflict, over an area, not in one town.
YEARS_DAYS = 366


def figure_place(
    named: str | None,
    carried: str | None,
    home: str | None,
    days: int | None,
    *,
    tally: bool = False,
    conflict: bool = False,
) -> str | None:
    """A figure's place: the one its sentence names, else the one carried from the sentence
    before, else the report's, with the report's town over a state holding it (a locality
    is written with the place carried, else with the report's town); a round-up
    over ``days`` ("violence in Balochistan has killed 40 this year") or a ``tally`` over a
    whole area ("12 killed in cities throughout the country") keeps the region its sentence
    names; years of a ``conflict`` its sentence tells of are counted over the province."""
    if named and (tally or (days is not None and days > ROUNDUP_DAYS)):
        return named
    if named is None and conflict:
        # "Tens of thousands have been killed in the uprising since 1989": years of a
        # conflict counted over the province of the incident's town, not in the town
        wide = province_of(carried or home)
        if wide is not None:
            return wide
    if named and carried and carried != home and _a_locality(named) and not a_scene(carried):
        # "Three killed in Kech" over "QUETTA: ... in the Buleda area": the place the
        # report gave before holds the locality, not the newsroom's town; a part of a town
        # ("in Garden Town" the sentence before) is no holder of another: its town is;
        # "X town of Y district" holds the "Y" carried already
        return joined(named, _town_of_quarter(carried, home, held=", " in named))
    return town_over_state(named or carried or home, home)


def years_of_conflict(sent: Span, days: int | None) -> bool:
    """The sentence counts a conflict over years: it names one (``conflict_nouns``) and a
    time of more than a year ("since 1990"), or decades ("for two decades", "decades-long")."""
    if not any(tok.lemma_.lower() in _conflict_nouns() for tok in sent):
        return False
    # "for two decades", "a decades-long insurgency", "a years-long conflict"
    return (days is not None and days > YEARS_DAYS) or any(
        "decade" in tok.lower_ or tok.lower_.endswith("years-long") for tok in sent
    )


@functools.cache
def _conflict_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("tallies")["conflict_nouns"])


def province_of(name: str | None) -> str | None:
    """The province (else the country) holding a town or district the gazetteer knows; a
    province or country itself; the province written after a village the gazetteer lacks
    ("Tudun Wada village, Zamfara state": Zamfara)."""
    if name is None:
        return None
    # "Tudun Wada village, Zamfara state": the province written after the village
    held = next((p for p in map(places.resolve, _parts(name)[1:]) if _a_province(p)), None)
    if held is not None:
        return press_name(held.name)
    place = places.resolve(name)
    if place is None:
        return None
    if place.level in ("admin1", "country"):
        return name
    wide = places.get(place.admin1) if place.admin1 else None
    wide = wide or (places.get(place.country) if place.country else None)
    return press_name(wide.name) if wide is not None else None


def _parts(name: str) -> list[str]:
    return [part.strip() for part in name.split(",")]


def _a_province(found: places.Place | None) -> bool:
    return found is not None and found.level == "admin1"


def town_over_state(place: str | None, home: str | None) -> str | None:
    """ "a shooting at a Connecticut nightclub" in a report filed from New Haven, Conn.: the
    state or country a sentence names holds the report's town, which says more; a street, a
    block, a venue or a neighbourhood of that town says less to a checker who files
    incidents by town."""
    if not place or not home or place == home or towns_listed(place) or _lists_home(place, home):
        # "Kharkiv and Odesa", "Kirkuk and Diyala provinces": two scenes, no state holding
        # the report's town (one of them)
        return place
    if (
        a_scene(place)
        or _a_country_holding(place, home)
        or holds_home(place, home)
        or a_spots_province(place, home)  # "Sucre" of "Loma Verde, Sucre"
    ):
        return home  # "Indonesia" in a report on its province of Papua says less too
    town = places.resolve(home)  # a town, or a county the report is filed from
    if town is None or town.level not in ("city", "district"):
        # a report's town named like a province abroad ("Santa Cruz") is the town
        town = town_of(home, {})
    if town is None:
        return place
    part = place.split(",")[0]
    city = _with_the_city(place, home, town)
    if city is not None:
        return city
    if ("," in place and part.split()[-1].lower() in locality_nouns()) or an_admin_unit(place):
        return place  # "the Mir Ali area of North Waziristan" names what holds it
    # "Bridgeport" in a Chicago report: the neighbourhood, not the town in Connecticut, and
    # written with its town so that a checker filing by either finds it
    local = places.resolve(place, hints={k: 1 for k in (town.country, town.admin1) if k})
    if local is not None and places.part_of(local, town):
        return f"{place}, {home.split(', ', maxsplit=1)[0]}"
    # "North Toledo" in a Toledo report: a part of the town named by its side
    quarter = town_of(place, {k: 1 for k in (town.country, town.admin1) if k})
    if quarter is not None and quarter.key == town.key and not places.candidates(place):
        return home
    # "Oklahoma" is the state holding Tulsa, though the big city's other name too
    holders = [places.resolve(place), *places.candidates(place)]
    if any(
        where is not None
        and where.level in ("admin1", "country")
        and places.relation(where, town) == "contains"
        for where in holders
    ):
        return home
    return place


def _lists_home(place: str, home: str) -> bool:
    """The place is a list ("Kirkuk and Diyala provinces") one of whose names is the home's."""
    named = home.split(", ", maxsplit=1)[0]
    parts = re.split(r", | and ", place)
    return len(parts) > 1 and any(p == named or p.startswith(named + " ") for p in parts)


def _a_country_holding(name: str, home: str) -> bool:
    """The country that holds the report's province (or region)."""
    province = places.resolve(home)
    if province is None or province.level not in ("admin1", "region"):
        return False
    where = places.resolve(name)
    return (
        where is not None
        and where.level == "country"
        and places.relation(where, province) == "contains"
    )


def _a_locality(name: str) -> bool:
    """ "Ichhra area", "Orangi Town": a part of a town the gazetteer does not list."""
    # "Shah Alam Union Council": its own kind says so, whatever town abroad "Shah Alam" is
    return (
        a_named_quarter(name)
        or (_a_quarter_named(name) and places.resolve(name) is None)
        or a_numbered_quarter(name)  # "Sector G-9" of an Islamabad report
    )


def _with_the_city(place: str, home: str, town: places.Place) -> str | None:
    """ "the Karrada district" of a report on "Karrada district, Baghdad", or of one from
    Baghdad, "the Ichhra area" of a Lahore report: a part of the report's town written with
    it."""
    if "," not in place and _a_locality(place) and not a_numbered_quarter(place):
        # "Kili Shabo area, Quetta" says its town
        return f"{place}, {home}"  # "the Ichhra area" of a Lahore report
    numbered = with_town(place, home.split(", ", maxsplit=1)[0])
    if numbered is not None:
        return numbered  # "Block 7, Gulshan-e-Iqbal" of a Karachi report
    if not _a_city_district(place, town):
        return None
    if home.startswith(place + ", "):
        return home  # the district named again alone
    return f"{place}, {home.split(', ', maxsplit=1)[0]}"


def _a_city_district(name: str, town: places.Place) -> bool:
    """ "the Karrada district" in a report from Baghdad: where districts are no unit the
    gazetteer holds above towns (``district_countries``), a named district is a part of the
    report's city, written with it."""
    words = name.split()
    where = places.resolve(name)  # "Fatih" of Istanbul, a town in the gazetteer
    return (
        "," not in name
        and len(words) > 1
        and words[-1].lower() == "district"
        and all(w[:1].isupper() for w in words[:-1])
        and town.level == "city"
        and town.country not in district_countries()
        and (where is None or (where.level == "city" and places.part_of(where, town)))
    )


def a_village(name: str) -> bool:
    """ "Molsi village": a village the gazetteer does not list, named alone."""
    words = name.split()
    return (
        "," not in name
        and len(words) > 1
        and words[0][:1].isupper()
        and words[-1] == "village"
        and places.resolve(name) is None
    )


# Nouns that name a settlement the gazetteer may not know: "in the village of Arvan".
_SETTLEMENTS = frozenset({"village", "hamlet", "town"})


def _a_quarter_named(name: str) -> bool:
    """ "Peoples Colony", "Civil Lines": a proper name of a part of a town by its last word,
    as much a place as the town ("a day later, two more were killed in Peoples Colony" after
    "two were killed in Model Town"), whatever town elsewhere bears the name."""
    words = name.split(",", 1)[0].split()
    named = len(words) > 1 and words[0][:1].isupper() and words[-1].lower() in locality_nouns()
    return named or a_named_quarter(name)


def _a_quarters_proper_name(name: str) -> bool:
    """ "Peoples Colony", "Civil Lines": a quarter whose kind is a word of its proper name,
    a place of its own, not "the Hoshab area" (what lies around the town)."""
    last = name.split(",", 1)[0].split()[-1:]
    return _a_quarter_named(name) and last[0][:1].isupper()


def _town_of_quarter(carried: str, home: str | None, *, held: bool = False) -> str:
    """The place a locality is written with: the one carried, unless that is a part of a
    town itself ("Garden Town" or "Garden Town, Gujranwala"): then the town holding it; a
    name neither the gazetteer nor its unit word knows ("in Korangi" the sentence before,
    a quarter of the report's town) is the neighbour of a locality told with no holder of
    its own (not ``held``), not its holder."""
    head, _, holder = carried.partition(",")
    if not _a_quarter_named(head) and (
        held or home is None or places.resolve(head) is not None or an_admin_unit(head)
    ):
        return carried
    return holder.strip() or home or carried


def in_town(found: list[tuple[Token, str]], home: str | None = None) -> list[tuple[Token, str]]:
    """A street, a block or a venue gives way to the town the same sentence names ("on
    Arlington Avenue in Allentown"): checkers file and group incidents by town. With no town
    in the sentence, it gives way to the report's town (``home``) when there is one."""
    towns = []
    for tok, name in found:
        if scene_token(tok, name):
            continue
        place = places.resolve(name)
        if (
            (place is not None and place.level in ("city", "district", "admin1"))
            or _a_border(name)
            or an_admin_unit(name)  # "Behsud district", unknown to the gazetteer
            or (locative(tok) and tok.lower_ in _SETTLEMENTS)  # "in the village of Arvan"
            or _a_quarters_proper_name(name)  # "in Peoples Colony", a part of the town
            or a_numbered_quarter(name)  # "in Block 9 of X"
        ):
            towns.append((tok, name))
    if towns and len(towns) < len(found):
        return towns
    if not towns and home:
        return [(tok, name) for tok, name in found if not scene_token(tok, name)]
    return found


def within_province(named: str | None, found: list[tuple[Token, str]]) -> str | None:
    """A province the sentence names gives way to a town or a border of towns in it that the
    sentence names too ("a mine on the Dantewada-Bastar border in Chhattisgarh")."""
    province = places.resolve(named) if named else None
    if province is None or province.level != "admin1":
        return named
    hints = {k: 1 for k in (province.key, province.country) if k}
    for _, name in found:
        words = [name] if not _a_border(name) else name.replace("-", " ").split()[:-1]
        for word in words:
            place = places.resolve(word, hints=hints)
            if place is not None and place.level == "city" and place.admin1 == province.key:
                return name
    return _unit_in(province, found) or named


def _unit_in(province: places.Place, found: list[tuple[Token, str]]) -> str | None:
    """ "struck in the Tarn district in the heart of Aceh": a district the gazetteer does not
    know, set as the scene in a sentence that names its province, written with it."""
    written = next((n for _, n in found if _names_province(n, province)), None)
    if written is None:
        return None
    return next(
        (
            f"{name}, {written}"
            for tok, name in found
            if locative(tok) and "," not in name and an_admin_unit(name)
            and places.resolve(name) is None
        ),
        None,
    )


def _names_province(name: str, province: places.Place) -> bool:
    """ "Bengkulu" of "Bengkulu province", though a town bears its name too."""
    place = places.resolve(name)
    return name.casefold() == province.name.casefold() or (
        place is not None and place.key == province.key
    )


def _a_border(name: str) -> bool:
    """ "the Bijapur-Sukma border": a border between places the gazetteer knows says more than
    the province holding them."""
    words = name.replace("-", " ").split()
    return (
        len(words) > 1
        and words[-1].lower() in border_nouns()
        and any(places.resolve(w) is not None for w in words[:-1])
    )


def a_wide_border(tok: Token, name: str) -> bool:
    """ "along the Telangana border", "near the Afghan border": the border of a province or a
    country (or the province named as its side) says only which side the scene lies near;
    a border between towns ("the Bijapur-Sukma border") is a place."""
    if tok.dep_ == "compound" and tok.head.lower_ in border_nouns() and name == tok.text:
        return True
    words = name.replace("-", " ").split()
    if len(words) < 2 or words[-1].lower() not in border_nouns():
        return False
    return not any(
        p.level in ("city", "district") for w in words[:-1] for p in places.candidates(w)
    )


def without_wide_borders(found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """The places less a province's or country's border, when the sentence names another; a
    country across a border ("near the border with Somalia") even when it names none."""
    found = [(tok, name) for tok, name in found if not across_a_border(tok, name)]
    kept = [(tok, name) for tok, name in found if not a_wide_border(tok, name)]
    return kept or found


def scene_town(carried: str | None, home: str | None) -> str | None:
    """The town a sentence naming only a street, a block or a venue stands in: the report's,
    else the town the sentences before it named ("inside a Madison apartment. ... in the 300
    block of Elm Drive")."""
    return home or (carried if carried and not a_scene(carried) else None)


def scene_token(tok: Token, name: str) -> bool:
    """A scene by its name ("Elm Street") or its head word ("the apartment"), a street after
    "the block of", or a part of a town named before its noun ("the Bridgeport
    neighborhood"): never the town itself."""
    words = lexicon_places()
    if a_named_quarter(name) or a_numbered_quarter(name):
        return False  # "Qissa Khwani Bazaar", "Block 7": a part of the town, written with it
    # "the apartment" is a scene; "Quetta" read off "Quetta railway station" is the town
    if a_scene(name) or (tok.lower_ in words.scene_nouns and tok.text in name.split()):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        # "the 1300 block of North Erie"; "the Elmwood neighborhood of Buffalo" is the town,
        # and so is the town of a venue ("the main market of Ridgeford")
        held = tok.head.head.lower_
        return (
            held in words.scene_nouns
            and held not in words.quarter_nouns
            and (held in words.street_part_nouns or not a_town_written(tok, name))
        )
    if tok.dep_ not in ("compound", "nmod") or a_post_name(tok):  # "the Batote-Kishtwar highway"
        return False  # "the Hulugho police station" stands in Hulugho
    head = tok.head
    while head.dep_ == "compound" and head.pos_ == "PROPN" and head.head.i != head.i:
        head = head.head  # "Chakpi" of "the Chakpi-Saivom road"
    # "a Harris County home": a name no town bears, before a scene noun, is part of the scene
    return tok.head.lower_ in words.quarter_nouns or (
        head.lower_ in words.scene_nouns and places.resolve(name) is None
    )
