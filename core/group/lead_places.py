"""The places a report's lead names: capitalised runs the gazetteer knows as a whole (so
"Lahore General Hospital" or "Marvin Quetta" is never read as a town), the dateline first, a
police force or a body named after its town read as that town, namesakes settled by the
countries the lead names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from functools import cache

from core.group.figure_places import AREA_WORDS, spoken_only
from core.group.vocabulary import rules, tokens
from core.rules import load_rules
from core.text import places
from core.text.datelines import Dateline, a_national_capital, find_dateline
from core.text.places import Place

RUN = re.compile(r"[A-Z][\w’'-]*(?:\.?[ \t]+(?:(?:of|de|al|el|la|du|von)[ \t]+)?[A-Z][\w’'-]*)*")
DATELINE_LINES = 3  # a dateline opens one of the lead's first lines
TITLE_CASE_SHARE = 0.75  # a headline with this share of its longer words capitalised


def surnames_in(text: str) -> frozenset[str]:
    """Last words of capitalised runs the gazetteer does not know ("Christina Walker"): a
    report that names a person so never means a town by the bare surname."""
    out: set[str] = set()
    for m in RUN.finditer(text):
        # "Indonesia's Aceh": an owner and what it owns, each a name of its own.
        for run in m.group(0).replace("’", "'").split("'s "):
            out.update(_surname(run))
    return frozenset(out)


def _surname(run: str) -> tuple[str, ...]:
    """The surname a capitalised run ends in, when it names a person: not "The Tribune of
    Tacoma" (a body named after its town) nor "Central Aceh" (a part of a place)."""
    words = run.split()
    while words and words[0].casefold() in rules().stopwords:  # "In Eastern Hatay"
        words = words[1:]
    if (
        len(words) > 1
        and "of" not in words
        and words[0].casefold() not in AREA_WORDS
        and not places.candidates(" ".join(words))
    ):
        return (words[-1].casefold(),)
    return ()


def lead_places(
    lead: str,
    *,
    lower: frozenset[str],
    names: Mapping[str, float],
    surnames: frozenset[str] = frozenset(),
) -> list[tuple[Place, int]]:
    """Places named in the lead as whole capitalised runs, with their offsets; a run the
    gazetteer does not know as a whole (a person, a hospital, a company) names no place, nor
    does a single word that is not one of the report's ``names`` (``report_names``), or that
    is a person's surname in the report."""
    found: list[tuple[str, int]] = []
    headlines, prose = _title_case_lines(lead)
    dateline = lead_dateline(lead)
    if dateline:
        found.append((dateline.city, dateline.start))
    for m in RUN.finditer(lead):
        run = m.group(0).strip()
        if "'s " in run.replace("’", "'"):  # "Indonesia's Aceh province": two places
            head, _, tail = run.replace("’", "'").partition("'s ")
            found.append((head, m.start()))
            run = tail
        first = run.split()[0].casefold()
        if first in lower or first in rules().stopwords:
            # "The Kabul police": drop a sentence-initial common word and read the rest.
            rest = run.split(None, 1)
            if len(rest) < 2:
                continue
            run = rest[1]
        run = _province_name(_agency_town(run))
        if run.casefold().rstrip(".") in news_agencies():
            continue  # "told Xinhua", "AFP said": a wire service, wherever it is based
        if " " not in run and not _single_word_place(
            run,
            names=names,
            surnames=surnames,
            headline=any(a <= m.start() < b for a, b in headlines)
            and not _after_lowercase_word(lead, m.start()),
            prose=prose,
        ):
            continue
        found.append((run, m.start()))
    return _resolve_runs(found)


def _after_lowercase_word(lead: str, at: int) -> bool:
    """Whether the word before ``at`` on its line is a lower-case word other than a stop word
    ("... broke out at a BANK, downtown Athens"): a line in title case writes only stop words
    in lower case, so here the capital marks a name."""
    before = re.findall(r"[\w’'-]+", lead[lead.rfind("\n", 0, at) + 1 : at])
    return bool(before) and before[-1].islower() and before[-1] not in rules().stopwords


def lead_dateline(lead: str) -> Dateline | None:
    """The dateline opening one of the lead's first lines (a headline or a web page's
    "Please enable Javascript" may stand above it), read as the extraction reads it
    (``core.text.datelines``): "QUETTA, Pakistan (Agency) —", "KABUL, Nov 25 (Wire) -",
    "Quetta, November 24:"."""
    dateline = find_dateline(lead)
    starts = _line_starts(lead)
    if dateline is None or not starts or lead.rfind("\n", 0, dateline.start) + 1 > starts[-1]:
        return None
    return dateline


def _line_starts(lead: str) -> list[int]:
    """Where the lead's first DATELINE_LINES lines with words start."""
    starts = []
    pos = 0
    for line in lead.split("\n"):
        if line.strip():
            starts.append(pos)
            if len(starts) == DATELINE_LINES:
                break
        pos += len(line) + 1
    return starts


def _single_word_place(
    run: str,
    *,
    names: Mapping[str, float],
    surnames: frozenset[str],
    headline: bool,
    prose: str,
) -> bool:
    """Whether a capitalised word alone may name a place: one of the report's ``names``, or a
    name only countries and provinces bear ("Aceh"; left out of the names, every report from
    there shares them; "Oklahoma" is a city too, and the lead names the town); never a
    person's surname. A word of a headline in title case ("Quake Kills 10, 80 Hurt") must also
    be written capitalised in the lead's ``prose`` lines: there every word is capitalised."""
    low = run.casefold()
    if low in surnames or low in rules().agencies:  # "OVERLAND, MO - Police say"
        return False
    written = rf"\b(?:{re.escape(run)}|{re.escape(run.upper())})\b"  # "QUETTA:" too
    if headline and not re.search(written, prose):
        return False
    if low in names:
        return True
    options = places.candidates(run)
    return bool(options) and all(p.level in _COARSE_LEVELS for p in options)


_COARSE_LEVELS = frozenset({"country", "admin1", "region"})
# "Aceh province", "the state of Kerala" is written "Kerala state" too: the province's name.
_PROVINCE_WORDS = frozenset({"province", "state", "region", "governorate"})


def _province_name(run: str) -> str:
    """A run ending in a word for a province ("Aceh province") is the province's name, when
    the gazetteer knows a province by it and not the whole run."""
    head, _, last = run.rpartition(" ")
    if (
        head
        and last.casefold() in _PROVINCE_WORDS
        and not places.candidates(run)
        and any(p.level in ("admin1", "region") for p in places.candidates(head))
    ):
        return head  # "Unity State" stays whole: no province is called "Unity"
    return run


@cache
def news_agencies() -> frozenset[str]:
    """Wire services (``rules/outlets.json``): "told Xinhua" names no place of the incident."""
    agencies: dict[str, str] = load_rules("outlets")["news_agencies"]
    return frozenset(a.casefold() for a in (*agencies, *agencies.values()))


def _title_case(line: str) -> bool:
    """A headline in title case (most of its longer words capitalised): its capitals say
    nothing of names."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if len(w) > 3]
    capitals = sum(w[0].isupper() for w in words)
    return len(words) >= 3 and capitals >= TITLE_CASE_SHARE * len(words)


def _title_case_lines(lead: str) -> tuple[list[tuple[int, int]], str]:
    """The spans of the lead's title-case lines, and the text of its other lines."""
    spans, prose = [], []
    start = 0
    for line in lead.split("\n"):
        if _title_case(line):
            spans.append((start, start + len(line)))
        else:
            prose.append(line)
        start += len(line) + 1
    return spans, "\n".join(prose)
def _resolve_runs(found: Sequence[tuple[str, int]]) -> list[tuple[Place, int]]:
    """The places of capitalised runs, namesakes settled by the countries that the runs
    naming one place only (or only countries) point to."""
    hints: Counter[str] = Counter()
    resolved: list[tuple[str, int, tuple[Place, ...]]] = []
    for run, pos in found:
        options = places.candidates(run)
        if options:
            resolved.append((run, pos, options))
            if len(options) == 1 or all(o.level == "country" for o in options):
                hints.update(options[0].countries)
    out = []
    for run, pos, _ in resolved:
        place = places.lookup(run, hints=dict(hints))
        if place is not None:
            out.append((place, pos))
    return out


def _agency_town(run: str) -> str:
    """The town of a police force, sheriff or court named after it ("Tacoma Police
    Department" → "Tacoma"): local agencies bear their town's name; a run the gazetteer knows
    as a whole is kept."""
    words = run.split()
    agencies = rules().agencies
    cut = len(words)
    while cut > 1 and words[cut - 1].casefold().rstrip(".").replace("’", "'") in agencies:
        cut -= 1
    if cut < len(words) and not places.candidates(run):
        return " ".join(words[:cut])
    # "the Tribune of Tacoma", "the mayor of Perris": a body named after its town.
    head, sep, tail = run.rpartition(" of ")
    if sep and head and not places.candidates(run) and places.candidates(tail):
        return tail
    return run


def incident_place(
    found: Sequence[tuple[Place, int]], *, dateline: Dateline | None = None, lead: str = ""
) -> Place | None:
    """The dateline or the first town, made as precise as the lead's other places allow. A
    ``dateline`` names where the desk files from: it gives way to the place the
    story is about (``_past_the_desk``, ``_scene_of_the_deed`` in the ``lead``)."""
    if dateline is not None and found and found[0][1] == dateline.start:
        found = _past_the_desk(found, dateline)
    if dateline is not None and found and found[0][1] == dateline.start:
        found = _scene_of_the_deed(found, dateline, lead)
    if not found:
        return None
    first = found[0][0]
    # "the South Side Bridgeport neighborhood" ... "Chicago police": a part of a big town the
    # gazetteer lists as a town (whose namesake elsewhere is bigger) is that town.
    if first.level == "city":
        whole = [
            p
            for p, _ in found[1:]
            if any(places.part_of(c, p) for c in places.candidates(first.name))
        ]
        first = whole[0] if whole else first
    deeper = [p for p, _ in found if places.relation(first, p) == "contains"]
    if not deeper:
        return first
    best = places.most_specific([first, *deeper])
    if best is not None and best.key == first.key and first.level != "city":
        # "an island off a country ... a town on that island": a country or province
        # named first, then towns the gazetteer cannot nest: the town the lead names most.
        counts = Counter(p.key for p in deeper)
        return max(deeper, key=lambda p: counts[p.key])
    return best


SCENE_LEVELS = frozenset({"city", "district"})  # a scene a lead names beside its desk


def desk_scenes(lead: str, found: Sequence[tuple[Place, int]]) -> tuple[Place, ...]:
    """The towns and districts a datelined lead places its story in when none of them is the
    dateline's own ("Srinagar, June 3: ... in Shopian district of south Kashmir"): a bureau
    files the stories of its region under one dateline. None when the lead names the desk's
    town again, or a place within it, or no town at all."""
    dateline = lead_dateline(lead)
    if dateline is None or not found or found[0][1] != dateline.start:
        return ()
    desk = found[0][0]
    scenes = tuple(
        p for p, at in found
        if not dateline.start <= at < dateline.end and p.level in SCENE_LEVELS
    )
    if any(places.relation(desk, p) != "disjoint" for p in scenes):
        return ()
    return scenes


def dateline_places(lead: str, found: Sequence[tuple[Place, int]]) -> frozenset[str]:
    """The places a datelined lead names (normalised), or none when its place is not the
    dateline's."""
    dateline = lead_dateline(lead)
    if dateline is None or not found or found[0][1] != dateline.start:
        return frozenset()
    return frozenset(places.normalise(p.name) for p, _ in found)


def _scene_of_the_deed(
    found: Sequence[tuple[Place, int]], dateline: Dateline, lead: str
) -> Sequence[tuple[Place, int]]:
    """The lead's places from the town of the desk's own province its lead sentence places
    the deed in ("PESHAWAR: Militants attacked a police station in Dera Ismail Khan"), when
    the lead names the desk's town only in its dateline: a provincial desk files its
    province's stories. A town named otherwise ("a Charsadda man", "a resident of Mardan",
    where words were said or the dead and hurt taken: ``_no_deed_there``, or in a later
    sentence) leaves the dateline."""
    desk = found[0][0]
    rest = [(p, at) for p, at in found if not dateline.start <= at < dateline.end]
    sentence_end = lead.find(". ", dateline.end)
    words = frozenset(load_rules("places")["desk_scene_words"])
    for i, (place, at) in enumerate(rest):
        if places.relation(desk, place) != "disjoint":
            return found  # the desk's own town or a part of it is named again
        before = lead[:at].split()[-1:]
        if (
            place.level in SCENE_LEVELS
            and place.admin1 is not None
            and place.admin1 == desk.admin1
            and (sentence_end < 0 or at < sentence_end)
            and before
            and before[0].casefold() in words
            and not _no_deed_there(lead, at)
        ):
            later = rest[i + 1 :]
            if any(places.relation(desk, p) != "disjoint" for p, _ in later):
                return found
            return rest[i:]
    return found


_TOWN_RUN = re.compile(r"[\w.'-]+(?:\s+[A-Z][\w.'-]*)*")
CARE_REACH = 3  # "were shifted to a hospital in Mardan": words before the care noun


def _no_deed_there(lead: str, at: int) -> bool:
    """Whether the lead names the town at ``at`` only as where words were said ("Speaking at a
    rally in Turbat", ``figure_places.spoken_only``; "officials in Turbat said" speak for the
    scene) or where the dead or hurt were taken ("the body was taken to a hospital in
    Mardan": rules/places.json desk_care_lead_ins before one of report_scene care_nouns right
    before the preposition)."""
    run = _TOWN_RUN.match(lead, at)
    if run and spoken_only(run.group(0), lead):
        return True
    table = load_rules("places")
    before = [t for t, _, _ in tokens(lead[:at])]
    return (
        len(before) >= 2
        and before[-2] in table["report_scene"]["care_nouns"]
        and any(t in table["desk_care_lead_ins"] for t in before[-2 - CARE_REACH : -2])
    )


def _past_the_desk(
    found: Sequence[tuple[Place, int]], dateline: Dateline
) -> Sequence[tuple[Place, int]]:
    """The lead's places without its dateline's when the lead tells the story of another
    place: a country's capital gives way to any place but itself (a desk files from there),
    any other town to a province apart from its own (a bureau files the stories of its
    region). A town apart is as often the victim's home town, the court's, a namesake or a
    neighbourhood the gazetteer misreads, and the dateline stays."""
    desk = found[0][0]
    rest = [(p, at) for p, at in found if not dateline.start <= at < dateline.end]
    relations = [places.relation(desk, p) for p, _ in rest]
    if a_national_capital(desk.name):
        return rest if rest and "same" not in relations else found
    namesakes = places.candidates(desk.name)
    apart = any(
        r == "disjoint"
        and p.level == "admin1"
        # "STERLING - ... Illinois": a namesake of the desk's town lies there
        and not any(places.relation(p, n) == "contains" for n in namesakes)
        for (p, _), r in zip(rest, relations, strict=True)
    )
    return rest if apart else found
