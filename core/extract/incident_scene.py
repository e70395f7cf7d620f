"""One report, one scene: the figures of the report's incident filed under the most specific
place the report gives that incident.

A headline names the district ("Six killed in <district> blast"), the lead the town in it, a
quote line or "Among the injured ..." names nothing and carries the district or the country.
A checker files every figure of the incident under the town. So, after the sentence reader,
the figures dated on the report's incident day whose place is missing or a wider unit holding
the place of the lead's first figure take that place. Figures of another day (a recalled
incident, a yearly tally), of a place beside it, and reports with no incident day keep what
their sentences say; in a report with no day at all, its undated figures are its incident's.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.extract.admin_units import an_admin_unit
from core.extract.camp_spots import a_settlement
from core.extract.measures import lexicon
from core.extract.neighbour_places import told_beside
from core.extract.numbered_quarters import numbered_parts
from core.extract.origin_places import life_verbs
from core.extract.partitives import of_the_counted, words_after
from core.extract.place_roles import locality_nouns
from core.extract.place_words import lexicon_places
from core.extract.province_scenes import inside_told_province, with_told_province
from core.extract.scene_words import spot_words
from core.model import Claim
from core.text import places
from core.text.datelines import find_dateline
from core.text.dates import Period
from core.text.place_parts import joined

# Places of the incident: casualty and custody figures. Attacks and operations are often
# counted over a province.
SCENE_MEASURES = frozenset({"killed", "injured", "arrested", "kidnapped"})
_TOLLS = frozenset({"killed", "injured"})
# the places too wide to say where a running toll's dead were: the scene says more
_WIDE_PLACES = places.WIDE_LEVELS | {"district"}


def with_incident_scene(
    claims: Sequence[Claim], incident: Period | None, text: str, *, told: str | None = None
) -> list[Claim]:
    """The claims, the incident's figures filed under the scene its lead gives them, or the
    place within it a sentence ``told`` the incident happened at."""
    if incident is not None and incident.start != incident.end:
        return list(claims)
    dateline = find_dateline(text)
    bureaus = dateline.towns if dateline is not None else frozenset()
    own = [i for i, c in enumerate(claims) if _of_the_incident(c, incident, bureaus)]
    headline_end = text.find("\n")
    if dateline is not None and dateline.start < headline_end:
        headline_end = -1  # "QUETTA, May 3: ..." opens the report: no headline, its lead
        lead = [claims[i] for i in own]
    else:
        lead = [claims[i] for i in own if claims[i].sentence_start > headline_end >= 0]
    # the lead's place, not the most specific anywhere: a quake's report names the town
    # where one more body was found, yet files the quake under its province
    lead_place = next((c.location for c in lead if c.location), None)
    lead_text = next((c.sentence for c in lead if c.location), "")
    # the headline's town is told as the scene too ("Blast kills nine in Quetta market")
    lead_text = f"{text[: max(headline_end, 0)]}\n{lead_text}"
    # a report with no day whose lead gives no place files its figures of no place under
    # the scene a later sentence tells
    scene = (_within(lead_place, told, bureaus, lead_text) or (
        told if lead_place is None and incident is None else None)) if told else lead_place
    if scene is None:
        return list(claims)
    wider: Callable[[str, str], bool] = _holds
    if not _placed(scene, text):
        if a_family_name(scene, text) or _a_county(scene):
            return list(claims)
        # a village the gazetteer lacks ("a checkpost in Domel") holds no place it can
        # tell: it stands for the dateline's town (the bureau's) and the headline's place,
        # which it is written with ("Bannu checkpost attack": "Domel, Bannu")
        headline = text[: max(headline_end, 0)]
        wider = _filed_from(headline, text)
        scene = _with_headline_town(scene, [claims[i].location for i in own], headline)
    filed = _Filed(
        scene, lead_place, bureaus, headline_end,
        dateline.start if dateline is not None else -1, wider,
        dateline.end if dateline is not None else -1,
    )
    out = list(claims)
    for i in own:
        if filed.moves(out[i]):
            out[i] = dataclasses.replace(out[i], location=scene)
    if lead_place is None or not _holds(lead_place, scene):
        return out
    # "X town" told within the lead's "Y province": written with it
    written = with_told_province(scene, lead_place)
    return [
        dataclasses.replace(c, location=written) if i in own and c.location == scene else c
        for i, c in enumerate(out)
    ]


def _of_the_incident(claim: Claim, incident: Period | None, bureaus: frozenset[str]) -> bool:
    """A figure of the report's incident: of its day, or a toll running from it; in a report
    that gives no day at all (no publication date, no date in its lead), a figure of no day
    that recalls no earlier incident."""
    if incident is None:
        # only a figure left with no place whose sentence names none: with no day to tell
        # the incident's figures from a war's toll or a nationwide tally, a place the
        # sentence gives (or a list of places it spreads over) stays
        return (
            claim.measure in SCENE_MEASURES and claim.date_start is None and not claim.recalls
            and claim.location is None and not _names_a_place(claim.sentence)
        )
    return a_figure_of_the_incident(claim, incident) or _a_running_toll(claim, incident, bureaus)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")


def _names_a_place(sentence: str) -> bool:
    """A capitalised name in the sentence the gazetteer knows as a place (a rough test for
    figures of a report with no day, where only undated figures of no place are filed)."""
    return any(places.lookup(m.group(0)) is not None for m in _CAPITALISED.finditer(sentence))


def _a_running_toll(claim: Claim, incident: Period, bureaus: frozenset[str]) -> bool:
    """A toll running from the incident's day into later ones ("has risen to 12" after a
    death on Thursday) with no place of its own but the bureau's town or a wide unit: the
    incident's, as its day's figures are (a place the sentence gives stays)."""
    where = claim.location
    if not a_figure_of_the_incident(claim, incident, running=_TOLLS) or claim.measure not in _TOLLS:
        return False
    if where is None or first_part(where) in bureaus or an_admin_unit(where):
        return True  # "Behsud district", "Palash upazila, Narsingdi": a unit, wider
    found = places.resolve(where)
    return found is not None and found.level in _WIDE_PLACES


def first_part(where: str) -> str:
    """ "Dosan" of "Dosan, Kebbi": the place a name with its holders writes first."""
    return where.split(",", 1)[0].strip()


def scene_open(told: str | None, lead: str | None = None) -> bool:
    """No sentence has told the scene yet, or only its province or country ("a bomb exploded
    in Pakistan's province of Balochistan"), or only the place the report's first figures
    have (``lead``): a later one may name the town or the village."""
    if told is None or told == lead:
        return True
    wide = places.resolve(told)
    return wide is not None and wide.level in ("admin1", "country")


def narrower_scene(told: str | None, new: str | None) -> str | None:
    """The scene told before, or the one a later sentence tells within it."""
    if told is None or (new is not None and _holds(told, new)):
        return new
    return told


@dataclass(frozen=True, slots=True)
class _Filed:
    """Where the report files its incident: the scene, the lead's place, the dateline's
    towns and where the headline and the dateline start, and which places hold the scene."""

    scene: str
    lead_place: str | None
    bureaus: frozenset[str]
    headline_end: int
    dateline_start: int
    wider: Callable[[str, str], bool]
    dateline_end: int

    def moves(self, claim: Claim) -> bool:
        """The incident's figure is filed under the scene."""
        where = claim.location
        if where is None:
            return True
        if told_beside(claim.sentence, where):
            return False  # "Earlier, two were killed in neighbouring X": the aside's own
        bureau = self._a_bureau(where)
        if claim.measure == "arrested" and where != self.lead_place and not bureau:
            return False  # an arrest made elsewhere ("arrested from Pattan") stays there
        if self.wider(where, self.scene) or self.scene.startswith(f"{where}, "):
            return True  # "X union" of "X union, Y upazila, Z": the scene, written whole
        # a headline's figure the dateline's town was given for want of a place, or a later
        # sentence's that names no town: the dateline is where the report was filed from,
        # the lead's scene is where its incident happened
        headline = bureau and (
            claim.sentence_start < self.headline_end < self.dateline_start
            or (self.scene not in self.bureaus and not self._names(claim, where))
        )
        # a part counted within the scene or a place unknown ("25 of the wounded in his
        # district") stays there; a hospital's town apart from the scene does not
        return (
            where == self.lead_place
            or self._the_leads_by_name(claim, where)
            or headline
            or (_the_incidents_own(claim) and _apart(where, self.scene))
        )

    def _the_leads_by_name(self, claim: Claim, where: str) -> bool:
        """A headline's figure under the lead's place, written without its unit's noun
        ("Katsina" of "Katsina state")."""
        lead = self.lead_place
        return lead is not None and claim.sentence_start < self.headline_end and (
            _same_name(where, lead)
        )

    def _a_bureau(self, where: str) -> bool:
        """A dateline's town, or the town written with its country for want of a place
        ("Lima, Peru" of "LIMA (Reuters) -" in a report on Peru)."""
        if where in self.bureaus:
            return True
        town, _, rest = where.partition(", ")
        country = places.lookup(rest) if rest and town in self.bureaus else None
        return country is not None and country.level == "country"

    def _names(self, claim: Claim, town: str) -> bool:
        """The claim's sentence writes the town itself, past the dateline, other than as where
        the hurt were treated ("taken to hospital in Cotabato City" under "COTABATO CITY -"
        names the bureau's town, not the scene)."""
        cut = max(0, self.dateline_end - claim.sentence_start)
        text = claim.sentence[cut:]
        written = re.finditer(rf"\b{re.escape(town)}\b", text, re.IGNORECASE)
        return any(not _aside_before(text[: m.start()]) for m in written)


@functools.cache
def _care_before() -> re.Pattern[str]:
    """ "... to hospital in", "at a clinic in": a town named as where the hurt are treated."""
    words = "|".join(sorted(lexicon().care_places))
    return re.compile(rf"\b(?:{words})s?\b[\w\s'-]{{0,40}}\b(?:in|at)\s+$", re.IGNORECASE)


def _aside_before(text: str) -> bool:
    """The text before a town writes it as where the hurt are treated or people live."""
    return bool(_care_before().search(text) or _life_before().search(text))


@functools.cache
def _life_before() -> re.Pattern[str]:
    """ "after working in", "who lived at": a town named as where people live or work."""
    stems = sorted(w[:-1] if w.endswith(("e", "y")) else w for w in life_verbs())
    return re.compile(rf"\b(?:{'|'.join(stems)})\w*\s+(?:in|at)\s+$", re.IGNORECASE)


def _with_headline_town(scene: str, wheres: list[str | None], headline: str) -> str:
    """An unknown scene written with the town or district the headline files the incident
    under, when one of the incident's figures has it; a scene written with what holds it
    ("Ramgati upazila, Lakshmipur") is whole."""
    if "," in scene:
        return scene
    title = headline.casefold()
    for where in wheres:
        if where == scene:
            continue  # "Four killed in Takht Bhai firing": the scene's own name, not its town
        known = places.resolve(where) if where and where.casefold() in title else None
        if known is not None and known.level in ("city", "district"):
            return joined(scene, where)
    return scene


def _within(
    scene: str | None, told: str, bureaus: frozenset[str], lead_text: str = ""
) -> str | None:
    """The place a sentence tells the incident happened at, when it lies within the district,
    area or province of the lead's scene ("killed in Bijapur district" ... "the blast
    occurred near Pusnar village": "Pusnar village, Bijapur district"); a town the lead
    names stays, not the dateline's town the lead's figures fell back to ("MINGORA: Two
    were killed" ... "took place in X village of Swat")."""
    if scene is None or told == scene:
        return scene
    wide = places.resolve(scene)
    if scene in bureaus and "," in told:
        held = places.resolve(told.rsplit(",", 1)[1])
        if wide is None or held is None or places.compatible(held, wide):
            return told  # "X village, Swat": the village and its district, told whole
    if _holds(told, scene):
        return scene
    if _holds(scene, told):
        return told
    head, _, rest = told.partition(",")
    if rest and wide is not None and wide.level == "district" and (
        places.resolve(rest) is None or _holds(scene, rest.strip())
    ):
        # "in Doda district" ... "took place near Kahara village in the Thathri area": the
        # village, filed with the district
        return joined(head, _district_of(scene))
    if _a_part_of(told, scene, wide):
        return joined(told, scene)  # a scene holding the told: once
    named = places.resolve(told)
    # "Shinkai Narai": a word of the village's name names a place abroad
    known = named is not None and (wide is None or wide.country in named.countries)
    # "COLOMBO (Reuters) - ... at a prison in southern Sri Lanka": the bureau's town, written
    # with the country the lead names, is still only where the report was filed from
    bureau = scene.split(", ", 1)[0]
    # "KABUL (AFP) - The toll rose to 12" ... "in the Khanabad district"; a small town
    # the gazetteer lacks ("KATHMANDU (Reuters) - ... in eastern Nepal" ... "erupted in
    # Damak") is still where it happened, not the bureau's town; "in Zamfara state" ...
    # "arrived in X, in Y district"
    if (
        bureau in bureaus
        and not _named_in_lead(bureau, lead_text)
        and (known or (named is None and _abroad_of(bureau, scene)))
    ) or (("," in told or known) and inside_told_province(scene, told, lead_text) is not None):
        return told
    if (wide is not None and wide.level == "city") or "," in told or known:
        # "Six killed in Tarn blast" ... "the bomb was planted in Osk": "Osk, Tarn"
        return joined(told, scene) if _a_town_of_the_namesake(named, wide) else scene
    return joined(told, _district_of(scene)) if wide is not None or "," in scene else scene


def _abroad_of(bureau: str, scene: str) -> bool:
    """The scene is the bureau's town written with the country or province the lead names
    ("Kathmandu, Nepal"): the lead put the happening somewhere in it, not in the town."""
    return scene != bureau and scene.startswith(f"{bureau}, ")


def _named_in_lead(scene: str, lead_text: str) -> bool:
    """The lead names the bureau's town as written in a sentence ("in Kabul"), not only in
    its dateline in capitals ("KABUL (AFP) -")."""
    return re.search(rf"\b{re.escape(scene)}\b", lead_text) is not None


def _district_of(scene: str) -> str:
    """The unit of the scene a village is filed with: its district ("Sukma district" of
    "Sukma district, Chhattisgarh"), else what holds the scene's first part."""
    parts = [p.strip() for p in scene.split(",")]
    return next((p for p in parts if p.rsplit(maxsplit=1)[-1].lower() == "district"), parts[-1])


def _a_part_of(told: str, scene: str, wide: places.Place | None) -> bool:
    """ "in Bannu" ... "took place in Dromal village": a part of the town; "in Rangamati's
    Kaptai upazila" ... "near the X Bazar area", "the clash at X union": a part of the unit."""
    if wide is not None and wide.level == "city" and _a_locality(told) and "," not in scene:
        return True
    if wide is not None and wide.level == "city" and _a_numbered_part(told):
        return True  # "Police District 7" of "Herat, Herat province"
    return (_a_locality(told) or _a_sub_district(told)) and _a_sub_district(scene)


def _a_sub_district(scene: str) -> bool:
    """ "Kaptai upazila, Rangamati", "X union": a unit below a district, which a named area
    or village lies in; not a district ("Bijapur district, Chhattisgarh", whose
    villages are filed with the district alone) nor a part of a town ("Domel area, Bannu")."""
    unit = scene.split(",", 1)[0].rsplit(maxsplit=1)[-1].lower()
    return an_admin_unit(scene) and unit not in _DISTRICT_WORDS


_DISTRICT_WORDS = frozenset({"district", "division"})


def _a_locality(told: str) -> bool:
    """ "Dromal village", "the Kili Ismail area": a named village or part of a town, which the
    town (or the district named like it) the lead gives holds."""
    words = told.split()
    return (
        len(words) > 1 and words[-1].lower() in locality_nouns() | {"village"}
    ) or a_settlement(told)


def _a_numbered_part(told: str) -> bool:
    """ "Police District 10", "Sector 7": a town's part known by its number."""
    words = told.split()
    return len(words) > 1 and words[-1].isdigit() and words[-2].lower() in numbered_parts()


def _a_county(scene: str) -> bool:
    """ "Henry County": a US county the gazetteer knows only with its state, no village."""
    name = scene.split(",", 1)[0].split()
    return name[-1].lower() in ("county", "parish", "borough")


def a_family_name(scene: str, text: str) -> bool:
    """A name the gazetteer lacks whose last word the text gives with another first word
    ("Corinne Horn" beside "Thomas Horn"): a family's name NER took for a venue's."""
    words = scene.split(",", 1)[0].split()
    if not words:
        return True
    if len(words) > 1 and words[-1].lower() in lexicon_places().area_nouns:
        return False  # "Rosedale Township" beside "Milton Township": a place's kind
    own = words[-2] if len(words) > 1 else None
    firsts = re.findall(r"(?<=[a-z,] )([A-Z][\w'-]*)\s+" + re.escape(words[-1]) + r"\b", text)
    return any(first != own for first in firsts)


def _filed_from(headline: str, text: str) -> Callable[[str, str], bool]:
    """Whether a figure's place is only where the report is filed from (its dateline's town)
    or the wider name its headline gives the scene."""
    found = find_dateline(text)
    bureau = found.towns if found is not None else frozenset()
    title = headline.casefold()

    def wider(where: str, scene: str) -> bool:
        return where != scene and (where in bureau or where.casefold() in title)

    return wider


# "raising the toll to five", "two of the injured later died in Dhaka": the incident's own
# figures, wherever the hurt died (a hospital's town is no scene)
_TOLL_BEFORE = re.compile(r"\b(?:death )?toll\b[^.;]{0,25}\b(?:to|at|of)\s+$", re.IGNORECASE)


def _the_incidents_own(claim: Claim) -> bool:
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    return bool(_TOLL_BEFORE.search(claim.sentence[:start])) or of_the_counted(
        words_after(claim.sentence[end:])
    )


def a_figure_of_the_incident(
    claim: Claim,
    incident: Period,
    *,
    measures: frozenset[str] = SCENE_MEASURES,
    running: frozenset[str] | None = None,
) -> bool:
    """A figure of ``measures`` on the incident's day, or a count of ``running`` (custody
    counts by default) running from it to the day told ("have detained 14 suspects following
    the bombing")."""
    return (
        claim.measure in measures
        and claim.date_start == incident.start
        and (claim.date_end == incident.end or claim.measure in (running or RUNNING_MEASURES))
    )


RUNNING_MEASURES = frozenset({"arrested", "kidnapped"})  # counts that run on from the incident


def _placed(name: str, text: str) -> bool:
    """The gazetteer knows the place, or what holds it ("Tajori area, Lakki Marwat"); a word
    of a village's name that names a town abroad ("Shahbaz Azmat Khel" in a Bannu report,
    not a whole name abroad) does not place it."""
    holder = name.rsplit(",", 1)[1].strip() if "," in name else None
    found = places.resolve(name) or (places.resolve(holder) if holder is not None else None)
    dateline = find_dateline(text)
    home = places.resolve(dateline.place) if dateline is not None else None
    abroad = home is not None and home.country is not None and found is not None and (
        home.country not in found.countries
    )
    if found is None:
        return False
    # "Khost province" is Khost whole; "Shahbaz" is a word of "Shahbaz Azmat Khel"
    named = [w for w in name.split(",", maxsplit=1)[0].split() if w[:1].isupper()]
    return not (abroad and len(named) > len(found.name.split()))


def _holds(wide: str, scene: str) -> bool:
    """The wider place holds the scene: "Lakki Marwat district" holds "Tajori area, Lakki
    Marwat", a province holds its town."""
    if wide == scene:
        return False
    if "," in scene and _same(scene.rsplit(",", 1)[1].strip(), wide):
        return True
    # "Pattan, Baramulla district" is Pattan, however the gazetteer joins the two
    first = places.resolve(wide.split(",", 1)[0]) if "," in wide else None
    outer, inner = first or places.resolve(wide), places.resolve(scene)
    if inside_told_province(wide, scene) is not None:
        return True  # "Zamfara state" and "X, Y district", a district it does not list
    if outer is None or inner is None:
        return False
    if outer.level in ("admin1", "country") and inner.level == "district":
        # "Chhattisgarh" over "Bijapur district": the province's namesake district, not the
        # bigger one of another province
        named = places.candidates(inner.name)
        inner = next((p for p in named if outer.key in (p.admin1, p.country)), inner)
    return places.relation(outer, inner) == "contains"


def _same(one: str, other: str) -> bool:
    """One place, as the gazetteer reads it or as the report names it: "Katsina" of the
    scene "X village, Katsina state", which the gazetteer reads as the state's capital."""
    a, b = places.resolve(one), places.resolve(other)
    if a is not None and b is not None and a.key == b.key:
        return True
    return _same_name(one, other)


def _same_name(one: str, other: str) -> bool:
    """The report names one place, with or without its unit's noun ("Katsina state")."""
    return _unit_named(one) == _unit_named(other)


def _unit_named(name: str) -> str:
    """The name of a unit without the noun it is written with ("Katsina" of "Katsina state")."""
    head, _, last = name.strip().rpartition(" ")
    return head if head and last.lower() in _holder_nouns() else name.strip()


def _holder_nouns() -> frozenset[str]:
    """A province's nouns: a district named after its town is wider than the town."""
    return spot_words().wide_units


def _apart(one: str, other: str) -> bool:
    a, b = places.resolve(one), places.resolve(other)
    return a is not None and b is not None and places.relation(a, b) == "disjoint"


def _a_town_of_the_namesake(told: places.Place | None, scene: places.Place | None) -> bool:
    """ "Six killed in Tarn blast" ... "the bomb was planted in Osk": a headline's town that
    also names its district, and another town of that district the body puts the act in;
    the headline named the district."""
    if told is None or scene is None or told.key == scene.key:
        return False
    if told.level != "city" or scene.level != "city":
        return False
    district = next(
        (
            p for p in places.candidates(scene.name)
            if p.level == "district" and p.admin1 == scene.admin1
        ),
        None,
    )
    return district is not None and told.district == district.key
