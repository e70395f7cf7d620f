"""The units below a province that South Asian and Afghan reports file an incident under:
"in the Barmal district of Paktika province", "at Char Sindur union in Narsingdi's Palash
upazila", "in Tansen Rural Municipality of Palpa district". The most specific unit the text
names is where it happened; the units the text says hold it are written after it, as a
checker files it ("Barmal district, Paktika province"). Read off the words, not the parse,
which ties these chains together in many ways.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.care_names import a_care_place_name
from core.extract.holiday_names import a_festival_name
from core.extract.nlp import capitalised
from core.extract.numbered_quarters import numbered_at
from core.extract.place_initials import initials
from core.extract.place_words import LOCATIVE_PREPS, a_scene, lexicon_places, stormed, taken_from
from core.extract.unit_misreads import (
    misread_before_unit,
    misread_body,
    misread_name,
    misread_unit,
    split_name,
)
from core.extract.unit_phrases import filed, name_kind, phrase_in
from core.rules import load_rules, word_set
from core.text import places
from core.text.nationalities import nationality
from core.text.place_spellings import initials_spelled_out

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_HOLDING_PREPS = frozenset({"of", "in"})
_NAME_WORDS = 4  # words a unit's name runs to ("Dera Ismail Khan")
_DEPTH = 3  # units in one chain below the first
_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL"})
_PART_NOUNS = frozenset({"area", "village"})  # a unit's part, named before its noun
_COMMUNITY = "community"  # a settlement's word in West African reports, a people's elsewhere
# a settlement too is a people's camp when a people names it ("a Fulani settlement in Benue")
_PEOPLES_UNITS = frozenset({_COMMUNITY, "settlement"})
_ARTICLES = frozenset({"the", "a", "an"})


@dataclass(frozen=True, slots=True)
class _Units:
    units: frozenset[str]
    holders: frozenset[str]
    lower_only: frozenset[str]
    first: frozenset[str]
    two_word: Mapping[str, frozenset[str]]
    station: frozenset[str]
    qualified: frozenset[str]
    district_named: frozenset[str]
    kind_prefixes: frozenset[str]


@functools.cache
def _units() -> _Units:
    raw = load_rules("admin_units")
    return _Units(
        units=frozenset(raw["units"]),
        holders=frozenset(raw["holder_units"]),
        lower_only=frozenset(raw["lower_case_only"]),
        first=frozenset(raw["first_units"]),
        two_word={k: frozenset(v) for k, v in raw["two_word_units"].items()},
        station=frozenset(raw["station_words"]),
        qualified=frozenset(raw["qualified_only"]),
        district_named=frozenset(raw["district_named_units"]),
        kind_prefixes=frozenset(raw["kind_prefixes"]),
    )


def unit_nouns() -> frozenset[str]:
    """The nouns of units that may head a place a checker files ("district", "tehsil")."""
    return _units().units


def unit_and_holder_nouns() -> frozenset[str]:
    """Every noun of a unit, of what holds one, or of a settlement first in a chain."""
    return _units().units | _units().holders | _units().first


def an_admin_unit(name: str) -> bool:
    """ "Behsud district", "Palash upazila, Narsingdi": a named unit below a province, a
    place a checker files an incident under (the gazetteer may not know it)."""
    head = name.split(",", 1)[0]
    words = head.split()
    kinds = _units().units | (_units().first if "," in name else frozenset())
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    kind = name_kind(head)
    if kind in _units().district_named:  # "Kurram Agency", not "the Federal Investigation Agency"
        return a_district_by_its_unit(head)
    return kind in kinds


def a_district_by_its_unit(name: str) -> bool:
    """ "Kurram Agency": a district's name the gazetteer knows, with a unit noun that names a
    district only after one (``district_named_units``; else a body's, "the Federal
    Investigation Agency")."""
    *words, unit = name.split() or [""]
    return bool(words) and unit.lower() in _units().district_named and _a_districts_name(
        " ".join(words)
    )


def _a_districts_name(name: str) -> bool:
    """A name the gazetteer knows as a district's ("Kurram", "North Waziristan")."""
    return any(p.level == "district" for p in places.candidates(name))


def _after_a_districts_name(tok: Token) -> bool:
    """ "Bajaur Agency": the capitalised name written just before ``tok`` is a district's."""
    doc, start = tok.doc, tok.i
    while start > 0 and tok.i - start < _NAME_WORDS and _a_name_word(doc[start - 1]):
        start -= 1
    return any(_a_districts_name(doc[k : tok.i].text) for k in range(start, tok.i))


def _a_name_word(tok: Token) -> bool:
    return (
        tok.text[:1].isupper()
        and tok.text.replace("-", "").replace(" ", "").isalpha()  # "Sar-e Pul", one word
        and tok.ent_type_ not in _NOT_NAMES
        and not _a_peoples_word(tok)
        and not initials(tok)  # "in IBO in Kech district": an operation's
        and not _a_codes_tail(tok)  # "the 5-A block of X": a numbered quarter's code
    )


def _a_codes_tail(tok: Token) -> bool:
    """The letter closing a quarter's code glued to its number ("5-A", "11-B")."""
    doc = tok.doc
    return (
        tok.i >= 2
        and doc[tok.i - 1].text == "-"
        and not doc[tok.i - 1].whitespace_
        and not doc[tok.i - 2].whitespace_
        and doc[tok.i - 2].text.isdigit()
    )


def _a_peoples_community(name: Span, noun: Token) -> bool:
    """ "the Igbo community", "the Christian community", "a Fulani settlement": a community
    or a settlement named by a people or a faith, or a community written with its article,
    is its people or their camp; a settlement's own name is written bare, as a village's
    ("raided Gidan Baushi community in Tsafe LGA")."""
    if noun.lower_ not in _PEOPLES_UNITS:
        return False
    before = name.doc[name.start - 1] if name.start > 0 else None
    return any(t.ent_type_ == "NORP" for t in name) or (
        noun.lower_ == _COMMUNITY and before is not None and before.lower_ in _ARTICLES
    )  # "the West Bank settlement of Eli": a region's settlement, read as a town's


def _a_peoples_word(tok: Token) -> bool:
    """ "the Pakistani city of Quetta": a people's adjective names no unit; a town the
    tagger took for one ("Shopian district") does; NER may label the adjective a state's
    ("the central Ukrainian city of Dnipro")."""
    return (
        tok.pos_ == "ADJ"
        and (tok.ent_type_ == "NORP" or nationality(tok.lower_))
        and not places.candidates(tok.text)
    )


def _unit_word(tok: Token, kinds: frozenset[str]) -> bool:
    """A unit noun of ``kinds``; "the European Union" is a body, "a union" a unit."""
    low, units = tok.lower_, _units()
    if low in units.district_named:  # "Kurram Agency"; "the Federal Investigation Agency" a body
        return "district" in kinds and _after_a_districts_name(tok)
    if low in units.qualified:  # "Kandy Divisional Secretariat", not "the Provincial Secretariat"
        before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
        return low in kinds and before in units.two_word.get(low, ())
    return low in kinds and (low not in units.lower_only or tok.text == low)


def _name_end(doc: Doc, start: int, end: int) -> int:
    """The end of the capitalised name from ``start`` ("Jammu and Kashmir", "Surigao del
    Sur" whole)."""
    k = start
    while k < end and k - start < _NAME_WORDS:
        word = doc[k]  # built once a word: the tests below ask it several times
        low = word.lower_
        within = k > start and k + 1 < end
        joins = within and (low in ("and", "&") or low in places.name_particles())
        if within and word.text == "-" and _hyphened_initials(doc[k - 1], word, doc[k + 1]):
            k += 2  # "K-P.": a province's initials, which the tokenizer splits
            continue
        if within and word.text.isdigit() and _a_numbered_name(doc, start, k):
            k += 2  # "South 24 Parganas": a number inside a name the gazetteer knows
            continue
        if not (_a_name_word(word) or (joins and _a_name_word(doc[k + 1]))):
            break
        k += 1
    return k


def _a_numbered_name(doc: Doc, start: int, k: int) -> bool:
    """The digit at ``k`` (its caller's test) and the word after it are part of a name the
    gazetteer knows from ``start``."""
    return _a_name_word(doc[k + 1]) and bool(places.candidates(doc[start : k + 2].text))


_INITIAL = re.compile(r"[A-Z]\.?")


def _hyphened_initials(first: Token, hyphen: Token, second: Token) -> bool:
    """ "K-P.": two initials a hyphen joins, written as one with no space."""
    return (  # the hyphen is its caller's test
        _INITIAL.fullmatch(first.text) is not None
        and _INITIAL.fullmatch(second.text) is not None
        and not first.whitespace_
        and not hyphen.whitespace_
    )


def _name_from(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Where the name written from ``start`` starts and ends, past its article and a name that
    only qualifies it ("of Indian-administered Kashmir": Kashmir)."""
    if start < end and doc[start].lower_ == "the":
        start += 1
    if _a_side_of_owner(doc, start, end):
        start += 1  # "of northern Sindh's Ghotki district": the owner is Sindh
    stop = _name_end(doc, start, end)
    if stop + 2 < end and doc[stop].text == "-" and doc[stop + 1].is_lower:
        start = stop + 2
        stop = _name_end(doc, start, end)
    return start, stop


def _a_side_of_owner(doc: Doc, start: int, end: int) -> bool:
    """ "south Kashmir's", "northern Sindh's": a side of a region (a compass word in lower
    case) before the owner's possessive, which says no more than the owner."""
    if start + 1 >= end or not doc[start].is_lower:
        return False
    if doc[start].lower_ not in places.compass_words():
        return False
    stop = _name_end(doc, start + 1, end)
    return start + 1 < stop < end - 1 and doc[stop].tag_ == "POS"


def _chain(doc: Doc, start: int, end: int, depth: int) -> tuple[int, list[str], bool] | None:
    """The unit (or bare name) written from ``start``, with the units that hold it: where
    it ends, its parts from the most specific, and whether the first part is a unit."""
    numbered = numbered_at(doc[start]) if start < end else None
    if numbered is not None:  # "in Sector 11-B of North Karachi", not the hamlet "Sector"
        return min(numbered.end, end), [numbered.name], False
    start, stop = _name_from(doc, start, end)
    if stop == start:
        return None
    if stop + 1 < end and doc[stop].tag_ == "POS":  # "Narsingdi's Palash upazila"
        stop, owns = _owner_end(doc, start, stop, end)
        if owns:
            return _owned(doc, doc[start:stop].text, stop + 1, end, depth)
    kinds = _units().units | (_units().holders if depth else _units().first)
    phrase = phrase_in(doc, start, stop, end)
    if phrase is not None and phrase[1] in kinds:
        stop = phrase[0]  # "Zuru Local Government Area"
    elif stop < end and _unit_word(doc[stop], kinds):
        if _a_peoples_community(doc[start:stop], doc[stop]):
            return None  # "the Igbo community in Kano": a people, no settlement
        stop += 1  # "Palash upazila"
    elif not _unit_word(doc[stop - 1], kinds) or stop - start < 2 or (
        doc[stop - 2].lower_ in _units().two_word.get(doc[stop - 1].lower_, ()) and stop - start < 3
    ):
        # a bare name; "Kurram District" is a unit
        bare = (stop, [doc[start:stop].text], False)
        return _village_of(doc, bare, start, end) if depth == 0 else bare
    return _unit_owning(doc, [doc[start:stop].text], stop, end, depth) or _held(
        doc, [doc[start:stop].text], stop, end, depth
    )


def _unit_owning(
    doc: Doc, parts: list[str], stop: int, end: int, depth: int
) -> tuple[int, list[str], bool] | None:
    """ "Nalanda district's Hilsa block", "X district's Y area": a unit before a possessive
    owns what follows."""
    if depth or stop + 1 >= end or doc[stop].tag_ != "POS":
        return None
    return _owned(doc, parts[0], stop + 1, end, depth, parts_too=True)


def _held(
    doc: Doc, parts: list[str], stop: int, end: int, depth: int
) -> tuple[int, list[str], bool]:
    """The unit ``parts`` written up to ``stop``, with the units after it that hold it."""
    stop = _past_station(doc, stop, end)
    if _a_comma_and_in(doc, stop, end, depth):
        stop += 1  # "X village, in Y district": the unit set off by a comma holds it too
    if depth < _DEPTH and stop + 1 < end and doc[stop].text == ",":
        outer = _comma_holder(doc, parts[0], _chain(doc, stop + 1, end, depth + 1), end)
        # a province after a unit's holder ends the chain ("..., Y tehsil, North Waziristan");
        # after the first unit it is only its province ("Kalat district, Balochistan")
        if outer is not None and (outer[2] or depth):
            return outer[0], parts + outer[1], True
    if depth < _DEPTH and stop + 1 < end and doc[stop].lower_ in _HOLDING_PREPS:
        outer = _chain(doc, stop + 1, end, depth + 1)
        if outer is not None and doc[stop].lower_ == "of" and _a_quarter(parts[0], outer):
            # "the central Athens district of Exarchia": Exarchia is the district, of Athens
            return outer[0], [outer[1][0], parts[0].rsplit(maxsplit=1)[0]], True
        wide = _a_wide_places_unit(parts[0], outer) if doc[stop].lower_ == "of" else None
        if outer is not None and wide is not None:
            # "the south Lebanon village of Yater": Yater is the village, in Lebanon (a
            # country goes unsaid, as a reader files a village: "the Punjab town of X" is
            # "X, Punjab")
            held = [parts[0].rsplit(maxsplit=1)[0]] if _holds_town(wide, outer[1][0]) else []
            return outer[0], [outer[1][0], *held], True
        if outer is not None:
            return outer[0], parts + outer[1], True
    return stop, parts, True


def _a_comma_and_in(doc: Doc, at: int, end: int, depth: int) -> bool:
    """ ", in Y district" after a unit: a unit holding it, set off by a comma."""
    return (
        depth < _DEPTH
        and at + 2 < end
        and doc[at].text == ","
        and doc[at + 1].lower_ == "in"
        and _chain(doc, at + 2, end, depth + 1) is not None
    )


def _holds_town(wide: places.Place, name: str) -> bool:
    """Whether the province before "town of X" is told with X: not a country, and not a
    province the gazetteer puts elsewhere than the town it knows ("the Somali town of X": a
    people's word, which Ethiopia's Somali region also bears, for a town of Somalia)."""
    town = places.lookup(name)  # the whole name: "Kotli Dhera" is no Kotli
    if wide.level == "country":
        return False
    return town is None or places.relation(wide, town) in ("contains", "unknown")


def _owner_end(doc: Doc, start: int, stop: int, end: int) -> tuple[int, bool]:
    """Where a name before a possessive ends, and whether a possessive after it owns what
    follows: "Narsingdi's Palash upazila" (an owner); "Cox's Bazar", a name with its own
    possessive, read whole, which may own in turn ("Cox's Bazar's Ukhia upazila")."""
    whole = _name_end(doc, stop + 1, end)
    if whole == stop + 1 or not places.candidates(doc[start:whole].text):
        return stop, True
    return whole, whole + 1 < end and doc[whole].tag_ == "POS"


def _village_of(
    doc: Doc, bare: tuple[int, list[str], bool], start: int, end: int
) -> tuple[int, list[str], bool]:
    """ "near Loi Sam in Bajaur district", "at Chaukune of Surkhet district": a place the
    gazetteer may not list, put in the unit after it, is that unit's village, filed with it;
    a name a province or a country bears ("in Sindh of Pakistan") stays bare."""
    stop = bare[0]
    opened = start - 1
    if opened >= 0 and doc[opened].lower_ in {"the", *_units().kind_prefixes}:
        opened -= 1  # "in the X", "in tambon X": the preposition before the word
    # "arrested two men from X in Y district" too: where the arrest was; "gunmen stormed X
    # in Y district": the village stormed
    taken = opened >= 0 and any(taken_from(t) or stormed(t) for t in doc[start:stop])
    if opened < 0 or not (doc[opened].lower_ in LOCATIVE_PREPS or taken):
        return bare
    if stop + 1 < end and doc[stop].text == "," and not places.candidates(bare[1][0]):
        # "in Kadisau, Faskari LGA of Katsina State": a name the gazetteer lacks, a unit
        # after the comma that holds it
        outer = _comma_holder(doc, bare[1][0], _chain(doc, stop + 1, end, 1), end)
        return (outer[0], bare[1] + outer[1], True) if outer and outer[2] else bare
    if stop + 2 < end and doc[stop].lower_ in _PART_NOUNS and doc[stop + 1].lower_ == "of":
        # "in the Keller area of Shopian district": the area is the unit's, named with its noun
        bare, stop = (stop + 1, [f"{bare[1][0]} {doc[stop].text}"], False), stop + 1
    if stop + 1 >= end or doc[stop].lower_ not in _HOLDING_PREPS:
        return bare
    if any(p.level in ("admin1", "country", "region") for p in places.candidates(bare[1][0])):
        return bare
    outer = _chain(doc, stop + 1, end, 1)
    if outer is None or not (
        (outer[2] and name_kind(outer[1][0]) in _units().units)
        or (not outer[2] and _a_listed_district(bare[1][0], outer[1][0]))
    ):
        return bare
    return outer[0], bare[1] + outer[1], True


def _comma_holder(
    doc: Doc, inner: str, outer: tuple[int, list[str], bool] | None, end: int
) -> tuple[int, list[str], bool] | None:
    """ "Sheikh Baba village, Ghulam Khan tehsil, North Waziristan": after a comma, a unit
    of another kind than the one before it holds it, as does a district or a province the
    gazetteer knows; not an item of a list ("X tehsil, Y tehsil and Z tehsil")."""
    if outer is None or (outer[0] < end and doc[outer[0]].lower_ in ("and", "or", "&")):
        return None
    first = outer[1][0]
    if outer[2]:
        other_kind = name_kind(first) != name_kind(inner)
        return outer if other_kind else None
    held = places.resolve(first)
    return outer if held is not None and held.level in ("district", "admin1") else None


def _a_listed_district(village: str, holder: str) -> bool:
    """ "at Chatroo in Kishtwar": a name the gazetteer lacks, put in a town or district of a
    country whose districts it lists (South Asian copy files villages so)."""
    last = village.rsplit(maxsplit=1)[-1].lower()
    if (
        places.candidates(village)
        or a_scene(village)
        or last in lexicon_places().not_places
        or a_care_place_name(village)  # "at the Burns Centre in X": where they were taken
    ):
        return False  # "at the Regional Trauma Hospital in Peshawar" is no village
    return any(
        p.level in ("district", "city") and p.country in district_countries()
        for p in places.candidates(holder)
    )


@functools.cache
def district_countries() -> frozenset[str]:
    return frozenset(str(c) for c in load_rules("places")["district_countries"])


def _past_station(doc: Doc, at: int, end: int) -> int:
    """Past "under Jagargunda police station limits" after a village: the police station it
    comes under is no unit a checker files the village under, the units after it are."""
    if at + 1 >= end or doc[at].lower_ != "under":
        return at
    named = _name_end(doc, at + 1, end)
    past = named
    while past < end and doc[past].lower_ in _units().station:
        past += 1
    words = {t.lower_ for t in doc[named:past]}
    return past if named > at + 1 and words & {"station", "ps", "thana"} else at


def _owned(
    doc: Doc, owner: str, start: int, end: int, depth: int, *, parts_too: bool = False
) -> tuple[int, list[str], bool] | None:
    """The unit after an owner's possessive ("Narsingdi's Palash upazila"): a province owning
    it is left out, as with any district ("Khyber Pakhtunkhwa's Kurram district"); a
    district owning an upazila tells which upazila; one written as a unit owns a part too
    (``parts_too``: "X district's Y area")."""
    inner = _chain(doc, start, end, depth + 1)
    if inner is not None and not inner[2] and parts_too and inner[0] < end and (
        doc[inner[0]].lower_ in _PART_NOUNS
    ):
        inner = inner[0] + 1, [f"{inner[1][0]} {doc[inner[0]].text}"], True
    if inner is None or not inner[2]:
        return None
    wide = places.resolve(owner)
    if wide is not None and wide.level in ("admin1", "region", "country"):
        return inner
    return inner[0], [*inner[1], owner], True


def _a_quarter(unit: str, outer: tuple[int, list[str], bool]) -> bool:
    """ "the Athens district of Exarchia": the unit is named by the town that holds it, the
    bare name after "of" (no province, state or country, nor a town bigger than the unit's:
    "Teknaf upazila of Cox's Bazar" is in Cox's Bazar) is the district's own."""
    if outer[2] or len(outer[1]) != 1:
        return False
    town = places.resolve(unit.rsplit(maxsplit=1)[0])
    named = places.resolve(outer[1][0])
    return (
        town is not None
        and town.level == "city"
        and (
            named is None
            or (named.level == "city" and named.population < town.population)
            or named.level not in ("admin1", "region", "country", "city")
        )
    )


def _a_wide_places_unit(
    unit: str, outer: tuple[int, list[str], bool] | None
) -> places.Place | None:
    """ "the Punjab town of X", "the south Lebanon village of X": the unit is named by the
    province or country that holds it, the bare name after "of" (no wide place itself) is the
    unit's own; the wide place."""
    if outer is None or outer[2] or len(outer[1]) != 1 or " " not in unit:
        return None
    wide = places.resolve(unit.rsplit(maxsplit=1)[0])
    if wide is None or wide.level not in places.WIDE_LEVELS:
        return None
    named = places.resolve(outer[1][0])
    if named is None or named.level not in places.WIDE_LEVELS:
        return wide
    # "the West Bank city of Jenin": a town of the name of the governorate it is the seat of
    kind = unit.rsplit(maxsplit=1)[1].lower()
    town = kind in word_set("places", "town_kind_nouns") and named.level == "admin1"
    return wide if town and places.relation(wide, named) == "contains" else None


def unit_chains(sent: Span) -> list[tuple[int, int, str]]:
    """The chains of units the sentence writes (token start, end, the name as filed):
    "the Barmal district of Paktika province" as "Barmal district, Paktika province"; read once
    a sentence (every reading of its places asks)."""
    memo: dict[tuple[int, int], list[tuple[int, int, str]]] = sent.doc.user_data.setdefault(
        "claimdesk_unit_chains", {}
    )
    if (sent.start, sent.end) not in memo:
        memo[sent.start, sent.end] = _unit_chains(sent)
    return list(memo[sent.start, sent.end])


def _unit_chains(sent: Span) -> list[tuple[int, int, str]]:
    doc, out, first = sent.doc, [], sent.start
    caps = capitalised(doc, first, sent.end)  # a name's word opens with a capital
    # each word asked once (a Token built only for a capitalised one), not again as the
    # word before the next
    names = [cap and _a_name_word(doc[first + k]) for k, cap in enumerate(caps)]
    i = first
    while i < sent.end:
        if not names[i - first] or (i > first and names[i - first - 1]):
            i += 1
            continue
        found = _chain(doc, i, sent.end, 0)
        if found is not None and found[2] and a_festival_name(found[1][0]):
            # "at Chhath in Patna" (NER's one name): the festival is when, the rest the place
            if len(found[1]) > 1:
                out.append((i, found[0], _filed_name(found[1][1:])))
            i = found[0] if len(found[1]) > 1 else i + 1
            continue
        if found is not None and found[2] and (
            len(found[1]) > 1
            or misread_unit(doc, found[0])
            or misread_name(doc, i, found[0])
            or misread_body(doc, i, found[0], _units().units | _units().district_named)
            or misread_before_unit(doc, i, found[0])
            or split_name(doc, i, found[0])
            or _renamed(doc, i, found)
        ):
            out.append((i, found[0], _filed_name(found[1])))
            i = found[0]
        else:
            i += 1
    return out


def _filed_name(parts: list[str]) -> str:
    return ", ".join(initials_spelled_out(p) for p in filed(parts))


def _renamed(doc: Doc, start: int, found: tuple[int, list[str], bool]) -> bool:
    """A chain filed under a name other than its first words ("the Sindh town of X": X); not
    a unit after its owner's possessive ("Bihar's Gaya district"), read with its owner."""
    span = doc[start + (doc[start].lower_ == "the") : found[0]]  # "the X district": X's
    return not span.text.startswith(found[1][0]) and all(t.tag_ != "POS" for t in span)


def with_units(sent: Span, found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """The sentence's places with each chain of units given once, as filed: the places
    found within a chain ("Paktika province", "Barmal district") are its one place."""
    chains = unit_chains(sent)
    if not chains:
        return found
    out: list[tuple[Token, str]] = []
    used: set[int] = set()
    for tok, name in found:
        chain = next((c for c in chains if c[0] <= tok.i < c[1]), None)
        if chain is None:
            out.append((tok, name))
        elif chain[0] not in used:
            used.add(chain[0])
            # the chain's first word found stands for it (the district, not its province)
            first = min((t for t, _ in found if chain[0] <= t.i < chain[1]), key=lambda t: t.i)
            out.append((first, chain[2]))
    return out + [placed for c in chains if c[0] not in used and (placed := _placed(sent, c))]


def _placed(sent: Span, chain: tuple[int, int, str]) -> tuple[Token, str] | None:
    """A chain NER and the parse left unnamed ("in Kabal tehsil of Swat district", the name
    an adjective, the district a body's): a place when a locative preposition opens it."""
    doc, start, end = sent.doc, chain[0], chain[1]
    before = start - 1 if start > sent.start and doc[start - 1].lower_ != "the" else start - 2
    if before < sent.start or doc[before].lower_ not in LOCATIVE_PREPS:
        return None
    head = next((t for t in doc[start:end] if t.dep_ == "pobj" and t.head.i == before), None)
    return (head, chain[2]) if head is not None else None
