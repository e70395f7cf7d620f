"""The places a report's lead names: capitalised runs the gazetteer knows as a whole (so
"Lahore General Hospital" or "Marvin Quetta" is never read as a town), the dateline first, a
police force or a body named after its town read as that town, namesakes settled by the
countries the lead names."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from core.group.vocabulary import rules
from core.text import places
from core.text.places import Place

RUN = re.compile(r"[A-Z][\w’'-]*(?:\.?[ \t]+(?:(?:of|de|al|el|la|du|von)[ \t]+)?[A-Z][\w’'-]*)*")
# "QUETTA, Pakistan (Agency) —", "STERLING –": an upper-case place opening the lead.
DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'’-]{2,40}?)(?:,\s*[A-Za-z .]+)?\s*(?:\([^)]*\)\s*)?[-–—:]"
)


def surnames_in(text: str) -> frozenset[str]:
    """Last words of capitalised runs the gazetteer does not know ("Christina Walker"): a
    report that names a person so never means a town by the bare surname."""
    out = set()
    for m in RUN.finditer(text):
        words = m.group(0).split()
        # "The Tribune of Tacoma" is a body named after its town, not a person.
        if len(words) > 1 and "of" not in words and not places.candidates(m.group(0)):
            out.add(words[-1].casefold())
    return frozenset(out)


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
    dateline = DATELINE.match(lead)
    if dateline:
        found.append((dateline.group(1).strip().title(), dateline.start(1)))
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
        run = _agency_town(run)
        if " " not in run:
            low = run.casefold()
            if low not in names or low in surnames:
                continue  # a common word, a month, a title-case headline word, a surname
        found.append((run, m.start()))
    return _resolve_runs(found)


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


def incident_place(found: Sequence[tuple[Place, int]]) -> Place | None:
    """The dateline or the first town, made as precise as the lead's other places allow."""
    if not found:
        return None
    first = found[0][0]
    deeper = [p for p, _ in found if places.relation(first, p) == "contains"]
    return places.most_specific([first, *deeper]) if deeper else first


def dateline_places(lead: str, found: Sequence[tuple[Place, int]]) -> frozenset[str]:
    """The places a datelined lead names (normalised), or none when its place is not the
    dateline's."""
    dateline = DATELINE.match(lead)
    if dateline is None or not found or found[0][1] != dateline.start(1):
        return frozenset()
    return frozenset(places.normalise(p.name) for p, _ in found)
