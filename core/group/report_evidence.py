"""The evidence that two reports cover one incident (``core.group.incidents``), each part a
score and a reason a checker can read: names both mention, weighted by how rare they are in
the batch; the wording of the headline and lead; the places, the kinds and the publication
dates, for or against."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from core.group.arrest_leads import unnamed_deed
from core.group.figure_places import neighbours
from core.group.harm_days import HarmDays
from core.group.lead_words import lead_words, shared_sites, site_named_apart, sites_placed_apart
from core.group.periods import DATE_SLACK_DAYS
from core.group.place_readings import known_apart, name_reading
from core.group.report_incident import ReportIncident
from core.group.report_names import HEAD_NAME_WEIGHT
from core.group.town_sides import lies_on
from core.group.vocabulary import kinds_meet, rules, same_deed
from core.rules import word_set
from core.text import places
from core.text.place_spellings import press_name
from core.text.places import Place

NAMES_COSINE = 0.5  # a cosine of the names' weights this high is full evidence
RARE_NAMES = 6  # or this many names found in no other report of the batch
# One report dated, the other not, or two neighbouring towns (``_own_towns``): no name beyond
# place, people and kind shared, this at most.
UNDATED_TOPIC_CAP = 0.35
CLOSE_DAYS = 3  # publication dates this close are evidence for
FAR_DAYS = 45  # this far apart is evidence against, unless the later report is a follow-up
METROPOLIS = 1_000_000  # a city this large has boroughs the gazetteer lists as towns
VETO_DAYS = 400  # this far apart, never one incident

# Evidence weights (a score in [0, 1]; no single kind of evidence reaches the threshold alone
# except many rare names shared).
W_NAMES = 0.6
W_LEAD = 0.45
W_KIND = 0.1
W_KIND_AGAINST = 0.25
W_PLACE = 0.15
W_PLACE_AGAINST = 0.3
W_CLOSE = 0.1
W_FAR = 0.25

# The kinds any incident of their family may be told as: any attack an "attack"; any fight
# of troops an "operation" ("troops", "security forces", "an encounter"), which one outlet
# tells as the gunbattle or the raid of it.
GENERIC_KINDS = frozenset({"attack", "operation"})
# the generic kind a lead that bridges no two kinds tells: an operation's troops and its
# outlets give their own tolls of one fight ("a gunfight in Shopian", "a gunbattle"), so an
# operation beside a clash with another toll is no other incident
BRIDGING_KINDS = frozenset({"attack"})
KILLED = "killed"  # the measure of a death toll (``one_site_attack``)
# the share of one outlet's toll another's may give of one incident ("six" / "seven", "eight"
# / "eleven", not "two" / "three"): a generic lead's toll that close ties it (``generic_bridge``)
CLOSE_TOLL = 0.7
# under this share of another outlet's toll, a strike on a site of the same kind is another
# site's (``site_tolls_apart``): seven dead / 23, not 16 / 24 (a toll since risen)
SITE_TOLL_SHARE = 0.5
BLAST_KIND = "bombing"  # the kind a thrown grenade's blast is told as
UNSEEN = " unseen"  # not a word: the key of the rarest weight in an idf table


@dataclass(frozen=True, slots=True)
class KindLinks:
    """What ties two leads' kinds, read once per pair: one follows the other up, or the two
    tell one deed under two words."""

    follow_up: bool
    one_deed: bool


def kind_links(a: ReportIncident, b: ReportIncident) -> KindLinks:
    return KindLinks(follows_up(a, b) or follows_up(b, a), one_deed(a, b))


def tells_aside(a: ReportIncident, b: ReportIncident) -> bool:
    """Whether ``b`` is about an incident ``a`` tells beside its own ("In another attack the
    same night ..."): it names more of what only that aside names than of ``a``'s own."""
    told = len(a.aside_names.intersection(b.names))
    return told > 0 and told > len(a.names.keys() & b.names.keys())


def _family(kind: str) -> str:
    return rules().kinds[kind].family


def _veto(a: ReportIncident, b: ReportIncident) -> str | None:
    """Why two reports can never cover one incident, or None. A lead's place is read without
    a parse, so places that differ count against (``compare``) but veto nothing. Groups of
    reports are checked from their first and last days (``_Group.published_apart``)."""
    gap = abs(a.published - b.published) if a.published and b.published else 0  # ordinals
    return "published more than a year apart" if gap > VETO_DAYS else None


def told_apart(a: ReportIncident, b: ReportIncident, links: KindLinks) -> bool:
    """Whether two leads tell incidents of different kinds on days apart: a Saturday shooting
    and a Monday bombing in one city are two incidents, however many names they share. A
    follow-up tells the first report's day ("the toll from Saturday's blast rose on Monday")
    or its kind; a generic kind ("attack", "operation") may name any incident of its family,
    so it tells no kind apart, nor do gunfire and a blast beside a grenade. Whatever the
    kinds, two reports whose killed and injured figures fall on days apart, sharing no name
    beyond where and what, tell two incidents (a Saturday shooting and a Monday shooting): a
    follow-up's own day is its arrest's, funeral's or risen toll's, none of which dates such a
    figure (``harm_days``)."""
    if figures_apart(a, b):
        return True
    if not (a.told_days and b.told_days and kinds_apart(a, b, links)):
        return False
    return all(abs(x - y) > DATE_SLACK_DAYS for x in a.told_days for y in b.told_days)


def kinds_apart(a: ReportIncident, b: ReportIncident, links: KindLinks) -> bool:
    """Whether the two leads tell deeds of different kinds, none shared, none generic, none one
    deed under two words (``same_deed``), neither a follow-up of the other: a market bombing
    and a shooting of two policemen. The town both name then ties nothing (``compare``): one
    city sees both on one day."""
    if not (a.kinds and b.kinds) or links.follow_up:
        return False
    kinds_a, kinds_b = _told_kinds(a), _told_kinds(b)
    return not (
        kinds_a & kinds_b or GENERIC_KINDS & (kinds_a | kinds_b) or links.one_deed
        or one_site_attack(a, b)
    )


def one_site_attack(a: ReportIncident, b: ReportIncident) -> bool:
    """Whether the two leads tell the two halves of one complex attack: a bomb at a hotel's
    gate and the gunmen who then fired on its guests, one outlet telling the blast and another
    the shooting. Both name the site struck (``struck_sites``: a hotel, a mosque, a ministry),
    date their dead to one day and count as many: a market bombing and a shooting at a
    checkpoint, or two policemen shot at the market the day nine died in its blast, are two."""
    sites = shared_sites(a, b)
    if not sites or site_named_apart(a, b, sites):
        return False
    days = a.harm_days, b.harm_days
    if days[0] is None or days[1] is None or not (days[0].harm and days[1].harm):
        return False
    one_day = any(abs(x - y) <= DATE_SLACK_DAYS for x in days[0].harm for y in days[1].harm)
    dead = {c for c in days[0].counts if c[0] == KILLED} & days[1].counts
    return one_day and bool(dead)


def one_deed(a: ReportIncident, b: ReportIncident) -> bool:
    """Whether the two leads tell one deed under two words (``same_deed``: an airstrike
    another outlet calls the bombing of the market), neither naming a bomb planted or thrown
    by hand ("planted_bombs": a car bomb in the town is no airstrike), and a lead telling a
    bombing without an airstrike telling bombs dropped ("dropped_bombs": the bombing of the
    market, a compound bombed), not a blast or an explosion alone, which a bomb on the ground
    makes as often."""
    if not same_deed(a.kinds, b.kinds):
        return False
    return not any(
        (words := lead_words(r.lead)).planted
        or (BLAST_KIND in r.kinds - (a.kinds & b.kinds) and not words.dropped)
        for r in (a, b)
    )


def figures_apart(a: ReportIncident, b: ReportIncident) -> bool:
    """Whether the two reports' killed and injured figures fall on days apart and the two
    share no name beyond where and what (``region_names``): never one incident, nor may a
    follow-up that dates none of its own join them in one group. Reports that share a victim,
    a street, a bowling alley tell one incident whose day one of them got wrong (a date
    conflict for the checker)."""
    days = a.harm_days, b.harm_days
    if days[0] is None or days[1] is None or not days[0].apart(days[1]):
        return False
    return (a.names.keys() & b.names.keys()) <= (a.region | b.region)


def follows_up(first: ReportIncident, later: ReportIncident) -> bool:
    """Whether ``later`` tells only what follows an incident (``following_kinds``: arrests,
    and protests held on a later day: ``later_kinds``) on no day before ``first``'s, naming
    ``first``'s incident: its dead and hurt dated to its day, or dead and hurt on no other
    day, as many as ``first`` counts ("over the killing of three guests" of a shooting that
    killed three; ``counts_as_many``). Such a report is no incident of another kind."""
    following = word_set("event_types", "following_kinds")
    only_later = word_set("event_types", "later_kinds")
    # an arrest follows no arrest, a protest no protest; arrests may follow a protest
    if not later.kinds or not later.kinds <= following or (
        first.kinds <= later.kinds or first.kinds <= following - only_later
    ):
        return False
    if later.told_days and first.told_days and (
        max(later.told_days) < min(first.told_days) - DATE_SLACK_DAYS
    ):
        return False  # arrests told before the incident
    if not _scene_shared(first, later):
        return False
    days = first.told_days | (first.harm_days.harm if first.harm_days else frozenset())
    harm = later.harm_days
    own = harm.harm if harm is not None else frozenset()
    if later.kinds & only_later and not (
        later.told_days and days and max(later.told_days) > max(days | own)
        and harm is not None and harm.counts_alike(first.harm_days)
        and later.lead_towns <= first.lead_towns
    ):
        # a protest on the day of its harm, naming no dead, or naming a town the incident's
        # lead does not (lawyers in one city protesting a killing in another) is its own scene
        return False
    if harm is not None and harm.harm:  # its dead dated: to the incident's day
        return any(abs(x - y) <= DATE_SLACK_DAYS for x in harm.harm for y in days)
    # a day alike names nothing: drug smugglers held on the day of a shooting in the town
    return harm is not None and harm.counts_as_many(first.harm_days)


def _scene_shared(first: ReportIncident, later: ReportIncident) -> bool:
    """Whether a follow-up may be of ``first``'s scene: it names one of the names ``first``
    names (a quarter, a victim, a group), or the site both leads say was struck
    (``struck_sites``), or it names none of its own. A protest in one of a city's quarters over
    a house fire there names another scene than a shooting in another quarter of the city the
    same weekend with as many dead."""
    if not (first.names and later.names) or first.names.keys() & later.names.keys():
        return True
    return bool(shared_sites(first, later))


def _generic(r: ReportIncident) -> bool:
    """Whether the lead tells its incident by no kind of its own: only "the attack", or no
    kind but a word like "the incident" or "the violence", or no word of it at all beside
    the dead and hurt its report counts ("Two people were killed in the city on Monday"; not
    "when a van overturned": ``deed_clauses``)."""
    if r.kinds:
        return r.kinds <= BRIDGING_KINDS
    return lead_words(r.lead).generic or _bare(r)


def _bare(r: ReportIncident) -> bool:
    """Whether the lead counts its dead or hurt with no word of an incident at all: no kind, no
    word like "the incident", no clause telling the deed, no doers ("suspected insurgents
    killed four villagers" tells an attack by words no kind's trigger is)."""
    words = lead_words(r.lead)
    if r.kinds or words.generic or words.clause or words.doers:
        return False
    return bool(r.harm_days and r.harm_days.counts)


def generic_lead(r: ReportIncident | None) -> bool | None:
    """Whether a report's lead tells its incident by no kind of its own (``_generic``), or
    by a specific kind (False); None for no report, or a lead of no kind and no harm."""
    if r is None:
        return None
    generic = _generic(r)
    return generic if r.kinds or generic else None


def generic_bridge(a: ReportIncident, b: ReportIncident) -> bool:
    """Whether one lead tells a generic incident ("the attack in the city on Monday") and the
    other a specific kind, the two sharing nothing beyond the city: no name but where and what
    (``region``), no site struck (``struck_sites``), no toll. A city's market bombing and its
    shooting of two policemen the same day are two incidents, and a report of "the attack"
    there joins whichever one it shares more with, or none."""
    if a.harm_days is None and b.harm_days is None:
        return False  # the grouping is given no figures: no toll to tell them apart by
    # a bare count beside "the attack" is bridged too, as beside a kind (``_bare``)
    if (_generic(a), _bare(a)) == (_generic(b), _bare(b)) or not (a.kinds or b.kinds) or (
        (a.names.keys() & b.names.keys()) - (a.region | b.region)
    ):
        return False
    if _counted_later(a, b) or _counted_later(b, a):
        return False
    tolls = _close_tolls((a.harm_days or HarmDays()).counts, (b.harm_days or HarmDays()).counts)
    return not (tolls or shared_sites(a, b))


def _counted_later(a: ReportIncident, b: ReportIncident) -> bool:
    """Whether ``a``, a bare count (``_bare``) published on a later day than ``b``, counts more
    dead than ``b`` does: the toll of ``b``'s incident told the next day ("at least 16 people
    were killed in the city on Monday" after "a bomb killed seven"), risen without the word."""
    if not _bare(a) or a.published is None or b.published is None or a.published <= b.published:
        return False
    mine, theirs = lead_dead(a.harm_days), lead_dead(b.harm_days)
    return bool(mine and theirs) and min(v for _, v in mine) > max(v for _, v in theirs)


def site_tolls_apart(a: ReportIncident, b: ReportIncident) -> bool:
    """Whether the two leads tell a strike on one kind of site (a market, a mosque) whose death
    tolls lie far apart (``tolls_apart``: seven dead / 23 dead), neither told as risen, the
    two sharing no name beyond where and what: a city's markets are many, and two of them
    struck on one day are two incidents when each lead places its site by a name the other
    lacks (``sites_placed_apart``). One toll, a close one, or a site placed by one lead or
    neither keeps the old reading: one outlet's early toll and another's later one of one
    strike lie as far apart ("at least seven" / 23 killed at a market)."""
    days, sites = (a.harm_days, b.harm_days), shared_sites(a, b)
    if not sites or days[0] is None or days[1] is None:
        return False
    if not tolls_apart(lead_dead(days[0]), lead_dead(days[1])):
        return False
    if (a.names.keys() & b.names.keys()) - (a.region | b.region):
        return False
    return sites_placed_apart(a, b, sites)


def tolls_apart(a: frozenset[tuple[str, float]], b: frozenset[tuple[str, float]]) -> bool:
    """Whether two reports' death tolls are all far apart: each under half the other
    (``SITE_TOLL_SHARE``: seven / 23, not 16 / 24, a toll since risen)."""
    return bool(a and b) and all(
        min(v, w) < SITE_TOLL_SHARE * max(v, w) for _, v in a for _, w in b
    )


def lead_dead(days: HarmDays | None) -> frozenset[tuple[str, float]]:
    """The death tolls a report counts (``HarmDays.counts``), none when it tells one risen
    ("the toll rose to 23"): a risen toll is no other incident's."""
    if days is None or days.tolls:
        return frozenset()
    return frozenset(c for c in days.counts if c[0] == KILLED)


def _close_tolls(
    a: frozenset[tuple[str, float]], b: frozenset[tuple[str, float]]
) -> bool:
    """Whether the two reports count one measure alike: as many, or one outlet's toll at
    least seven tenths of the other's ("six shot dead" / "seven killed in the attack", a toll
    since risen). Two people shot and nine, or three, killed are two tolls."""
    return any(
        m == n and min(v, w) >= CLOSE_TOLL * max(v, w) for m, v in a for n, w in b
    )


def _told_kinds(r: ReportIncident) -> frozenset[str]:
    """The kinds a lead tells, a bombing too when it names a grenade ("hurled grenades and
    opened fire"): another outlet tells the same attack as "the grenade blast"."""
    if not lead_words(r.lead).thrown:
        return r.kinds
    return r.kinds | {BLAST_KIND}


def names_norm(names: Mapping[str, float], idf: Mapping[str, float]) -> float:
    """The length of a report's name vector (weights ``sqrt(count) * idf``)."""
    return math.sqrt(sum(count * idf.get(n, 0.0) ** 2 for n, count in names.items()))


Evidence = tuple[float, str | None]  # a score to add (negative: against) and its reason


def _names_evidence(
    a: ReportIncident,
    b: ReportIncident,
    idf: Mapping[str, float],
    norms: Mapping[str, float] | None,
) -> Evidence:
    """Names both reports mention, weighted by how rare they are in the batch."""
    shared = a.names.keys() & b.names.keys()
    if not shared:
        return 0.0, None
    num = sum(math.sqrt(a.names[n] * b.names[n]) * idf.get(n, 0.0) ** 2 for n in shared)
    norm_a = norms[a.document_id] if norms else names_norm(a.names, idf)
    norm_b = norms[b.document_id] if norms else names_norm(b.names, idf)
    den = norm_a * norm_b
    # Many rare names in common are evidence however long the reports (a cosine alone
    # dilutes them in a long report).
    rare = sum(idf.get(n, 0.0) for n in shared) / (RARE_NAMES * idf.get(UNSEEN, 1.0))
    similarity = max(num / den / NAMES_COSINE if den else 0.0, rare)
    if similarity <= 0.1:
        return 0.0, None
    top = sorted(shared, key=lambda n: (-idf.get(n, 0.0), n))[:4]
    return W_NAMES * min(1.0, similarity), "both name " + ", ".join(n.title() for n in top)


def _lead_evidence(a: ReportIncident, b: ReportIncident) -> Evidence:
    """The wording of the headlines and leads, numbers masked."""
    if not (a.lead and b.lead):
        return 0.0, None
    wording = fuzz.token_set_ratio(a.lead, b.lead) / 100
    if wording <= 0.4:
        return 0.0, None
    why = f"similar headline and lead {wording:.2f}" if wording >= 0.55 else None
    return W_LEAD * (wording - 0.4) / 0.6, why


def _borough(a: Place, b: Place) -> bool:
    """Two towns of one province, one of them a metropolis: the gazetteer lists a big city's
    boroughs and neighbourhoods ("The Bronx") as towns of their own, beside the city."""
    return (
        a.level == b.level == "city"
        and a.admin1 is not None
        and a.admin1 == b.admin1
        and max(a.population, b.population) >= METROPOLIS
    )


def _named_places(a: ReportIncident, b: ReportIncident) -> Evidence | None:
    """The evidence of the names before the gazetteer's relation: a name both write alike is
    the same place whichever namesake the gazetteer chose for each; under one desk's dateline
    the towns the leads place their stories in (``desk_scenes``: "Shopian" / "Pulwama" under
    "Srinagar") decide: the desk is no evidence of one place, towns known apart are against."""
    if a.place is None or b.place is None:
        return None
    if a.place.key != b.place.key:
        if a.place_name == b.place_name:
            return W_PLACE, f"same place name ({press_name(a.place.name)})"
        return None
    if not (a.scenes and b.scenes) or any(
        places.relation(p, q) != "disjoint" for p in a.scenes for q in b.scenes
    ):
        return None
    both = f"{press_name(a.scenes[0].name)} / {press_name(b.scenes[0].name)}"
    desk = press_name(a.place.name)
    if any(
        neighbours(p, q) or not known_apart(name_reading(p), name_reading(q))
        for p in a.scenes for q in b.scenes
    ):
        return 0.0, f"{both}, one desk ({desk}), towns not known apart"
    return -W_PLACE_AGAINST, f"different places ({both}), one desk ({desk})"


def _suburb(a: ReportIncident, b: ReportIncident) -> str | None:
    """How one report's town lies where the other places its story beside its own ("Compton
    lies south of Los Angeles"): a wire's story from the metropolis about a suburb."""
    for town, metro in ((a, b), (b, a)):
        if town.place and metro.place and metro.side and lies_on(
            metro.side, town.place, metro.place
        ):
            return (f"{press_name(town.place.name)} lies {metro.side} "
                    f"{press_name(metro.place.name)}")
    return None


def _place_evidence(a: ReportIncident, b: ReportIncident) -> Evidence:
    """The incidents' places: the same or containing place for, towns apart against. A name
    both write alike is the same place whichever namesake the gazetteer chose for each."""
    if a.place is None or b.place is None:
        return 0.0, None
    if (named := _named_places(a, b)) is not None:
        return named
    rel = places.relation(a.place, b.place)
    if rel == "disjoint":
        return _disjoint_places(a, a.place, b, b.place)
    if rel == "unknown":
        return 0.0, None
    return (W_PLACE if rel == "same" else W_PLACE / 2), places.describe(a.place, b.place)


def _disjoint_places(a: ReportIncident, p: Place, b: ReportIncident, q: Place) -> Evidence:
    """Two places neither holding the other (``p`` is ``a``'s, ``q`` is ``b``'s): against
    when known apart, nothing when they may be one place told two ways."""
    both = f"{press_name(p.name)} / {press_name(q.name)}"
    if (suburb := _suburb(a, b)) is not None:
        return W_PLACE / 2, suburb
    if "country" in (p.level, q.level) or _borough(p, q):
        return 0.0, None
    if a.place_name in b.named_places or b.place_name in a.named_places:
        return 0.0, f"{both}, both named in one lead"
    if neighbours(p, q):
        return 0.0, f"{both}, neighbouring towns"
    # "a Rohri man shot in Sukkur": the other report's town is named in this one too
    if a.place_name in b.names or b.place_name in a.names:
        return 0.0, f"{both}, both reports name both"
    # "Kandahar" may be the province holding the other report's town, "Hyderabad" the
    # namesake in the other report's province: the two are not known to differ
    if not known_apart(name_reading(p), name_reading(q)):
        return 0.0, f"{both}, one name may hold the other"
    return -W_PLACE_AGAINST, f"different places ({both})"


def _kind_evidence(a: ReportIncident, b: ReportIncident, links: KindLinks) -> Evidence:
    """The kinds of incident the leads speak of: one shared for, different families against."""
    if not (a.kinds and b.kinds):
        return 0.0, None
    shared_kinds = a.kinds & b.kinds
    if shared_kinds:
        return W_KIND, "both about " + " / ".join(sorted(shared_kinds))
    families = {_family(k) for k in a.kinds}, {_family(k) for k in b.kinds}
    if links.follow_up:
        return 0.0, f"a follow-up ({a.kind} / {b.kind})"
    if links.one_deed:
        return 0.0, f"one deed told two ways ({a.kind} / {b.kind})"
    if families[0].isdisjoint(families[1]) and not kinds_meet(a.kinds, b.kinds):
        return -W_KIND_AGAINST, f"different kinds ({a.kind} / {b.kind})"
    return 0.0, None


def _date_evidence(a: ReportIncident, b: ReportIncident) -> Evidence:
    """Publication dates: within days for, far apart against unless the later report follows
    the incident up in court (a charge, a trial, a sentence come months after); for, however
    far apart, when the later report's lead names the day the earlier one came out (or the
    day before: the incident)."""
    if a.published is None or b.published is None:
        return 0.0, None
    gap = abs(a.published - b.published)
    if gap <= CLOSE_DAYS:
        return W_CLOSE, "published within days" if gap else "published the same day"
    later = a if a.published > b.published else b
    # "the March 1 death of ...": the later report names the day the earlier one reported
    first = min(a.published, b.published)
    named = [d for d in later.named_days if 0 <= first - d <= CLOSE_DAYS]
    if named:
        day = dt.date.fromordinal(min(named)).isoformat()
        return W_CLOSE, f"published {gap} days apart, the later one names the day ({day})"
    if gap <= FAR_DAYS:
        return 0.0, None
    if later.follow_up:  # weaker, not none: one place sees many incidents in a year
        return -W_FAR / 2, f"published {gap} days apart, the later one a court follow-up"
    return -W_FAR, f"published {gap} days apart"


def _told_towns(a: ReportIncident, b: ReportIncident) -> tuple[Place, Place] | None:
    """The towns two reports tell of: their places, or under one desk's dateline the first
    towns their leads place their stories in (``desk_scenes``)."""
    if a.place is None or b.place is None:
        return None
    if a.place.key == b.place.key and a.scenes and b.scenes:
        return a.scenes[0], b.scenes[0]
    return a.place, b.place


def _own_towns(a: ReportIncident, b: ReportIncident) -> bool:
    """Two neighbouring towns, each report naming its own and never the other's: the leads of
    two raids a few kilometres apart the same day read alike, and only a name beyond place,
    people and kind (a victim, an officer, a group) ties them. A report that names both ("in
    Tammun, near Tubas") tells of one incident placed two ways."""
    towns = _told_towns(a, b)
    if towns is None or not neighbours(*towns) or _suburb(a, b) is not None:
        return False
    # the lead's words too: a town named like its province ("Nablus") is left out of names
    return not any(
        (name := places.normalise(town.name)) in other.names or f" {name} " in f" {other.lead} "
        for town, other in ((towns[0], b), (towns[1], a))
    )


def _opened(a: ReportIncident, b: ReportIncident) -> ReportIncident:
    """``a`` with the words opening its lead after a dash that ``b`` writes inside a sentence
    among its names: "GUSAU - Dangulbi residents" and "in Dangulbi village" name one village,
    while "JOS - Gunmen" shares nothing with another report's "JOS - Gunmen"."""
    kept = a.openers & b.names.keys()
    if not kept:
        return a
    return replace(a, names={**a.names, **dict.fromkeys(kept, HEAD_NAME_WEIGHT)})


def compare(
    a: ReportIncident,
    b: ReportIncident,
    idf: Mapping[str, float],
    norms: Mapping[str, float] | None = None,
) -> tuple[float, tuple[str, ...]] | None:
    """Evidence that two reports cover one incident: a score and its reasons, or None (veto).
    ``norms`` (document id → ``names_norm``) saves recomputing them for every pair."""
    if _veto(a, b) is not None or tells_aside(a, b) or tells_aside(b, a):
        return None
    links = kind_links(a, b)
    if told_apart(a, b, links):
        return None
    # One report dated (its days cannot tell two incidents apart), towns or kinds told apart
    # ("HOUSTON —" over a shooting and a crash; "FRESNO, Calif." / "SACRAMENTO, Calif."): the
    # names that say only where and what are no evidence (one dated: nor can the pair make an
    # incident without another name in common).
    one_dated = (a.published is None) != (b.published is None)
    opened_a, opened_b = _opened(a, b), _opened(b, a)
    if opened_a is not a or opened_b is not b:  # a follow-up reads the names opened
        links = kind_links(opened_a, opened_b)
    a, b = opened_a, opened_b
    opened = bool(a.openers & b.names.keys() or b.openers & a.names.keys())
    place, kind = _place_evidence(a, b), _kind_evidence(a, b, links)
    # kinds one incident may hold both (a bus's driver shot, its passengers abducted) are
    # two outlets' tellings of it as often as two incidents: the town still ties them
    # an arrest that names no incident beside one that names its incident is another deed
    topical = _own_towns(a, b) or generic_bridge(a, b) or (
        kinds_apart(a, b, links) and not kinds_meet(_told_kinds(a), _told_kinds(b))
    ) or (not links.follow_up and unnamed_deed(a, b)) or site_tolls_apart(a, b)
    apart = one_dated or topical or place[0] < 0 or kind[0] < 0
    if apart:
        region = a.region | b.region
        a = replace(a, names={n: w for n, w in a.names.items() if n not in region})
        b = replace(b, names={n: w for n, w in b.names.items() if n not in region})
    names = _names_evidence(a, b, idf, None if apart or opened else norms)
    evidence = (
        names,
        _lead_evidence(a, b),
        place,
        kind,
        _date_evidence(a, b),
    )
    score = sum(weight for weight, _ in evidence)
    if (one_dated or topical) and names[0] <= 0:
        score = min(score, UNDATED_TOPIC_CAP)
    reasons = tuple(why for _, why in evidence if why)
    return max(0.0, min(1.0, score)), reasons
