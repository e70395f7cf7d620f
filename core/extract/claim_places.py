"""Where a claim happened: place mentions of a sentence (outside the dateline), the
dateline and the country a report speaks of, for figures whose sentences name no place.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.admin_units import an_admin_unit, with_units
from core.extract.area_holders import with_area_holders
from core.extract.area_roles import a_place_near, a_province_where, a_tally_area, near_place
from core.extract.arrest_places import an_arrest_tally_area, anothers_raid
from core.extract.aside_places import (
    bordering,
    without_agency_counties,
    without_residents,
    without_waters,
)
from core.extract.brought_tolls import brought_toll
from core.extract.business_venues import a_firms_name
from core.extract.chunk_texts import span_text
from core.extract.city_quarters import of_the_city, owned_by_the_town
from core.extract.compass_areas import compass_tallies, remember_compass_parts
from core.extract.compass_regions import compass_region
from core.extract.datelines import away_from_bureau, dateline_place
from core.extract.datelines import dateline_end as dateline_end  # noqa: PLC0414
from core.extract.dweller_places import without_units_of_communities
from core.extract.facility_towns import facility_towns
from core.extract.force_areas import force_province
from core.extract.gapped_counts import (
    a_gapped_counts_own,
    anothers_conjoined_verb,
    anothers_gapped_count,
)
from core.extract.home_country import home_country_times, not_the_doers_country
from core.extract.home_units import holds_home, lead_unit, several_inside
from core.extract.lead_places import lead_province, lead_town
from core.extract.lead_scene_towns import repeated_lead_town
from core.extract.lead_spots import unknown_lead_spot
from core.extract.locus_places import anothers_gap
from core.extract.name_roles import a_town_called_a_person, name_start, not_a_name, venue_town
from core.extract.named_places import a_named_place
from core.extract.nlp import Chunk
from core.extract.paragraph_datelines import paragraph_dateline
from core.extract.part_places import (
    anothers_clause,
    anothers_part,
    own_adverbial,
    own_clause,
    own_locative,
    own_part,
    own_verb_clause,
)
from core.extract.place_descriptions import named_kinds, with_described
from core.extract.place_holders import an_initial, with_holder
from core.extract.place_lists import a_wide_list, name_conjuncts, the_figures_own_list
from core.extract.place_roles import (
    a_wider_area,
    home_areas,
    jurisdiction,
    police_town,
    remember_areas,
    without_open_bracket,
)
from core.extract.place_towns import ROUNDUP_DAYS as ROUNDUP_DAYS  # noqa: PLC0414
from core.extract.place_towns import figure_place as figure_place  # noqa: PLC0414
from core.extract.place_towns import in_town as in_town  # noqa: PLC0414
from core.extract.place_towns import (
    scene_token,
    within_province,
    without_wide_borders,
    years_of_conflict,
)
from core.extract.place_towns import scene_town as scene_town  # noqa: PLC0414
from core.extract.place_towns import town_over_state as town_over_state  # noqa: PLC0414
from core.extract.place_words import LOCATIVE_PREPS as LOCATIVE_PREPS  # noqa: PLC0414
from core.extract.place_words import PlaceWords as PlaceWords  # noqa: PLC0414
from core.extract.place_words import a_scene as a_scene  # noqa: PLC0414
from core.extract.place_words import (
    bureau_province,
    custody_verb,
    places_incident,
    taken_from_elsewhere,
)
from core.extract.place_words import lexicon_places as lexicon_places  # noqa: PLC0414
from core.extract.place_words import locative as locative  # noqa: PLC0414
from core.extract.prefixed_villages import with_prefixed_villages
from core.extract.ranked_subjects import a_followers_place
from core.extract.reference_places import placed_by_another
from core.extract.release_areas import unnamed_country
from core.extract.report_places import (
    LEAD_SENTENCES,
    force_towns,
    premises_of,
    report_town,
)
from core.extract.resident_towns import resident_town
from core.extract.restated_spots import restated_spot_town
from core.extract.sentence_places import sentence_places
from core.extract.speaker_places import (
    a_seat_beside_a_told_place,
    a_title_beside_a_told_place,
    a_titles_province,
    spoken_in,
    where_a_speaker_is,
)
from core.extract.speakers import title_cased
from core.extract.striking_countries import a_striking_country
from core.extract.struck_places import struck_place
from core.extract.tree_distance import nearest
from core.extract.unlabelled_places import placed
from core.extract.whole_names import whole_places
from core.rules import load_rules
from core.text import places
from core.text.datelines import Dateline
from core.text.place_abbreviations import newsroom_spelled
from core.text.place_spellings import initials_spelled_out

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.report_places import Recall


def fallback_place(dateline: Dateline | None, country: str | None) -> str | None:
    """The place of a figure whose sentences name none: the dateline city, with the country
    the report speaks of when the city lies in it (or the gazetteer does not know the city);
    the country alone when the reporter filed from abroad."""
    if dateline is None:
        return country
    if country is None:
        return dateline.place
    region = places.lookup(dateline.region) if dateline.region else None
    if region is not None and region.level in ("country", "region"):
        # "ISLAMABAD, Pakistan –", "TULKARM, West Bank –" name their country or region
        return dateline.place
    home = places.lookup(country)
    where = places.lookup(dateline.city, hints={home.country: 1} if home and home.country else None)
    if home is None or where is None:
        return f"{dateline.place}, {country}"
    if where.key == home.key:
        return dateline.place
    abroad = where.country != home.country and places.relation(home, where) != "contains"
    if where.level == "country" or (where.country and abroad):
        return country  # filed from abroad ("WASHINGTON –" in a report on Pakistan)
    return f"{dateline.place}, {country}"


def _line_start(sent: Span, skip_to: int) -> int:
    """Where the line holding ``skip_to`` starts, read within the sentence (a line that starts
    before it starts before every token of it; ``Doc.text`` would join the whole document);
    past the document's end, that end."""
    if skip_to <= sent.start_char:
        return sent.start_char  # no dateline, or one before the sentence: nothing to read
    doc = sent.doc
    if skip_to > doc[-1].idx + len(doc[-1].text_with_ws):
        return skip_to
    seg = span_text(sent)[: skip_to - sent.start_char]
    return sent.start_char + seg.rfind("\n") + 1 if "\n" in seg else sent.start_char


def report_areas(
    chunks: Sequence[Chunk], home: str | None, dateline: Dateline | None = None
) -> dict[str, str]:
    """What "the country" or "the province" names before the report names one (the areas of
    the report's town, else of the bureau's), and the names the report gives the kinds of
    place it describes ("a Pacific island" named later "the Pacific island of Tanna")."""
    bureau = dateline.city if dateline is not None else None
    areas = home_areas(home) or home_areas(bureau)
    country = unnamed_country(chunks) if home is None and "country" not in areas else None
    if country is not None:
        areas["country"] = country  # "across the country" of a release that never names it
    text = "\n".join(chunk.text for chunk in chunks)  # ``Doc.text`` joins every token
    return {kind: _as_written(name, text) for kind, name in areas.items()} | named_kinds(chunks)


def _as_written(name: str, text: str) -> str:
    """The gazetteer's name as the report spells it, hyphen or space ("Khyber-Pakhtunkhwa")."""
    words = name.replace("-", " ").split()
    if len(words) < 2:
        return name
    found = re.search(r"\b" + r"[-\s]".join(map(re.escape, words)) + r"\b", text, re.IGNORECASE)
    return found.group(0) if found and found.group(0)[:1].isupper() else name


def report_home(chunks: Sequence[Chunk], dateline: Dateline | None, recalled: Recall) -> str | None:
    """Where a figure is when its sentences name no town: the dateline (with the country the
    report speaks of), else the town the report names more often than any country (a local
    report; a town ``recalled`` tells an earlier incident at counts little), else the
    province or the one town of that country its lead names, else that country (a national
    one); a unit within it that the lead names says more."""
    home = _report_place(chunks, dateline, recalled)
    sents = (sent for chunk in sorted(chunks, key=lambda c: c.offset) for sent in chunk.doc.sents)
    named = home
    seen: dict[str, str] = {}  # the areas named so far: "Y LGA of the state"
    for sent in itertools.islice(sents, LEAD_SENTENCES + 1):  # the headline, the lead
        remember_areas(sent, seen)
        found = with_area_holders(sent, place_mentions(sent, home=home), seen)
        named = named or next((name for _, name in found), None)  # the headline's, with no home
        if named and several_inside(found, named):
            continue  # a tally by district names no one unit of the incident
        unit = lead_unit(found, named)
        if unit is not None:
            return unit  # "2 killed in Narsingdi" over "at X union in Narsingdi's Y upazila"
        # "Chhattisgarh:" over "on the Bijapur-Sukma border in Chhattisgarh"; a town the
        # scene is near is not it, a dateline's county ("HENRY COUNTY, Ind.") holds its own
        inside = [(tok, name) for tok, name in found if tok.head.lower_ != "near"]
        town = within_province(home, inside) if home and "," not in home else None
        if town is not None and town != home:
            return town
    return home


def _report_place(chunks: Sequence[Chunk], dateline: Dateline | None, past: Recall) -> str | None:
    """The report's place before the units its lead names (``report_home``)."""
    country, times = home_country_times(chunks)
    if dateline is not None:
        return (
            lead_scene(chunks, dateline)
            or restated_spot_town(chunks, dateline, place_mentions)
            or fallback_place(dateline, country)
        )
    town = report_town(
        chunks, over=times, keep=_a_town_name, recalled=past, person_town=a_town_called_a_person
    )
    return (
        # "in Loma Verde, in Sucre" of the lead over a town named later
        unknown_lead_spot(chunks, repeated_lead_town(chunks, town, place_mentions), place_mentions)
        or struck_place(chunks, country)  # "the quake struck Lomesa island"
        or lead_province(chunks, country)
        or lead_town(chunks, country, times)
        or country
        or dateline_place(chunks)
        or resident_town(chunks)  # "an Allentown man", NER's body, in a report naming no town
    )


def _a_town_name(ent: Span) -> bool:
    """A name that may be the report's town: no person nor speaker (``not_a_name``), nor a
    part of a town ("the city's East End", whatever namesake town the gazetteer holds)."""
    return not_a_name(ent) and not owned_by_the_town(ent.root)


def lead_scene(chunks: Sequence[Chunk], dateline: Dateline) -> str | None:
    """ "SALEM, Ore. (AP) — ... a shooting near Woodburn on Monday": the town the dateline's
    own sentence puts the incident in, when the newsroom files from another town of its
    state (a part of the dateline's town, "in Bridgeport" under CHICAGO, stays the town's)."""
    filed = places.resolve(dateline.place)
    if filed is None or filed.level != "city":
        return None
    hints = {k: 1 for k in (filed.country, filed.admin1) if k}
    province = None
    for chunk in chunks:
        for sent in chunk.doc.sents:
            if not chunk.start_of(sent) <= dateline.end < chunk.end_of(sent) + 1:
                continue
            if chunk.end_of(sent) <= dateline.end + 1:
                continue  # "SRINAGAR, Jan 5 (PTI)" split off its story: the next sentence
            found = place_mentions(sent, skip_to=dateline.end - chunk.offset)
            for tok, place in found:
                name = _premises_town(tok) or place  # "at a Kettering home"
                town = places.resolve(name, hints=hints) if places_incident(tok) else None
                if (
                    town is not None
                    and town.level == "city"
                    and town.key != filed.key
                    and filed.admin1 is not None
                    and town.admin1 == filed.admin1
                    and not places.part_of(town, filed)
                    and not scene_token(tok, name)
                ):
                    return f"{name}, {dateline.region}" if dateline.region else name
                if dateline.region is None and locative(tok) and bureau_province(name, filed):
                    province = name  # "Raipur: ... on the border in Chhattisgarh"
            # "QUETTA: ... in Kech district": a place the lead names away from the bureau
            return province or away_from_bureau(found, filed) or _lead_force(chunks, filed)
    return None


def _premises_town(tok: Token) -> str | None:
    """ "a shooting at a Kettering home": the town a dwelling or venue stands in, by the name
    before it."""
    names = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    held = premises_of(names[-1]) if names else None
    if held is None or held.i != tok.i:
        return None
    return tok.doc[name_start(names[-1]) : names[-1].i + 1].text


def _lead_force(chunks: Sequence[Chunk], filed: places.Place) -> str | None:
    """ "DAYTON, Ohio — Two were shot at a home. Kettering police said ...": the town of the
    police or fire brigade the lead names, another town of the dateline's state, works
    the case where the newsroom of the big town files from."""
    sents = (sent for chunk in sorted(chunks, key=lambda c: c.offset) for sent in chunk.doc.sents)
    for sent in itertools.islice(sents, LEAD_SENTENCES):
        for name, force in force_towns(sent, set()):
            town = places.resolve(name, hints={k: 1 for k in (filed.country, filed.admin1) if k})
            if (
                force
                and town is not None
                and town.level == "city"
                # "the Bihar Police" is a province's
                and not any(p.level in ("admin1", "country") for p in places.candidates(name))
                and town.key != filed.key
                and town.admin1 == filed.admin1
                and not places.part_of(town, filed)
            ):
                return name
    return None


def place_mentions(
    sent: Span,
    *,
    skip_to: int = -1,
    areas: dict[str, str] | None = None,
    speakers_sit: bool = False,
    home: str | None = None,
    settled: bool = False,
) -> list[tuple[Token, str]]:
    """Place mentions (head token, text) outside the dateline: place entities, proper nouns
    after a locative preposition that NER left unlabelled ("in Eldmere", "outside the Gwadar
    port", "in the Bannu and Khyber districts"). Places joined by "and" give the place that
    holds them all ("in Khyber Pakhtunkhwa and Balochistan" → Pakistan) when the gazetteer
    knows it. With ``speakers_sit`` (no place carried from the sentences before), where
    a police force or officials speak from is the place when the sentence names no other;
    a place near a town is filed under the report's province (``home``) holding it; not
    when the report has ``settled`` its incident's place and the sentence names none ("a
    counter-terrorism official in Peshawar said" of raids in the report's district)."""
    start = dateline_end(sent)
    # the dateline's line on: a headline above it, parsed into its sentence, keeps its places
    line = _line_start(sent, skip_to)
    while start < sent.end and line <= sent.doc[start].idx < skip_to:
        start += 1
    read = sentence_places(sent, start)  # once a sentence, whatever the home and areas
    found: list[tuple[Token, str]] = []
    speakers: list[tuple[Token, str]] = []
    titled = title_cased(sent)
    # "in Barangay Malinao, Datu Piang": the village with its town, not the names NER cut
    for tok, name in with_prefixed_villages(sent, start, [
        *read.entities,
        *placed(read.unlabelled, {} if areas is None else areas),
        *read.stations,  # "within the limits of X police station"
    ]):
        if a_named_place(tok, name, titled=titled) and not a_firms_name(tok):
            (speakers if where_a_speaker_is(tok) else found).append((tok, name))
    found = without_residents(with_described(sent, found, areas), home)
    found = [
        (t, n)
        for t, n in found
        if not (placed_by_another(t, found, home is not None) or bordering(t, found)
                or a_striking_country(t, n, found))
    ]
    found = without_units_of_communities(found)
    found = whole_places(found)  # "Kashmir" of "Jammu and Kashmir", "X tops list as 900 held"
    found = without_waters(sent, found)
    found = without_agency_counties(found, home)
    found.extend(_areas_read(sent, start, areas, home))
    if not found:
        # "the Gwadar district governor said ten were killed"; "at a Perry packaging plant";
        # "Mastung: Two were hurt ...", a roundup's paragraph under its own town
        found = jurisdiction(sent) or facility_towns(sent) or paragraph_dateline(sent, skip_to)
    police = police_town(sent) if found else []
    if police and all(a_wider_area(tok, name, police[0][1]) for tok, name in found):
        found = police  # "killed in Marion County ..., the Knightstown police chief said"
    if speakers_sit and all(scene_token(tok, name) for tok, name in found) and (
        found or not settled
    ):
        found.extend(_where_sources_sit(speakers))
    # "Y LGA of the state": the state the report named holds the chain
    return with_area_holders(sent, _written(sent, found, home), areas)


def _areas_read(
    sent: Span, start: int, areas: dict[str, str] | None, home: str | None
) -> list[tuple[Token, str]]:
    """The areas the sentence names remembered for the sentences after ("in the district",
    "in the northwest"); the parts of the report's country it counts tallies in ("the
    northeast recorded 40 attacks")."""
    if areas is not None:
        remember_areas(sent, areas)
        remember_compass_parts(sent, areas)
    return compass_tallies(sent, start, areas or {}, home)


def _written(
    sent: Span, found: list[tuple[Token, str]], home: str | None
) -> list[tuple[Token, str]]:
    """The places found, written as a reader files them: whole names, with what holds them,
    less a unit another place is told with."""
    found = [(t, compass_region(t, _with_initials(t, n))) for t, n in found]  # "D I Khan"
    found = [(t, newsroom_spelled(n)) for t, n in found]  # "NE Phila."
    named = [(t, with_holder(t, venue_town(without_open_bracket(n)))) for t, n in found]
    named = [(t, _nickname(n, home)) for t, n in named]  # "in the Valley" of a Kashmir report
    named = [(t, of_the_city(t, n, home)) for t, n in named]  # "in the city's East End"
    # "75 km west of Quetta": near the town, filed under its province when the report names it
    named = [(t, near_place(n, sent.doc, home) if a_place_near(t) else n) for t, n in named]
    named = with_units(sent, named)  # "the Barmal district of Paktika province"
    # a chain of units is no place where words were said ("at the Secretariat in Dhaka")
    named = [(t, n) for t, n in named if not spoken_in(t)]
    named = without_wide_borders(named)  # "near a village along the Odisha border"
    # "Sorgai, a village in Panjgur district": the district is told with the village, even
    # when written with its own holder ("Zangon Kataf LGA, Kaduna State")
    held = {name.split(", ", 1)[1] for _, name in named if ", " in name}
    # "Warrap" of "Tonj, Warrap state" too; "Manika" of "Manika area, Latehar district"
    return [
        (t, n)
        for t, n in named
        if not any(h in (n, n.split(", ", 1)[0]) or h.startswith(n + " ") for h in held)
        and not any(o.i == t.head.i and _owned_by_unit(w, n) for o, w in named)
    ]


def _owned_by_unit(written: str, name: str) -> bool:
    """ "Manika area, Latehar district" of "Manika": the name told whole, with its unit."""
    head, _, holder = written.partition(", ")
    return head.startswith(name + " ") and an_admin_unit(holder)


def _where_sources_sit(speakers: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """ "Separately, police in Bannu said two were shot near a checkpoint": where a police
    force or officials sit says more than the dateline; a named correspondent ("Jane Roe in
    Kabul says") files from afar, and an audience ("media persons in Mardan") hears words
    where they were said; the province a speaker's title names ("the Punjab police chief
    said") is what the speaker speaks for, the figure's place when nothing else is."""
    return [
        (t, n)
        for t, n in speakers
        if (t.head.head.pos_ == "NOUN" and not spoken_in(t)) or a_titles_province(t)
    ]


def _with_initials(tok: Token, name: str) -> str:
    """ "in D I Khan": a town's initials written apart, which the parser splits ("I" read as
    a pronoun), run on to the name they begin when the gazetteer knows the whole, and
    spelled out as a checker files it ("Dera Ismail Khan")."""
    if name != tok.text:
        return name
    doc, start, end = tok.doc, tok.i, tok.i + 1
    while start > 0 and an_initial(doc[start - 1]):
        start -= 1  # "Khan" of "D I Khan"
    while end < len(doc) and an_initial(doc[end]) and an_initial(doc[end - 1]):
        end += 1  # "D" of "D I Khan"
    if end < len(doc) and end > tok.i + 1 and doc[end].text[:1].isupper():
        end += 1
    whole = doc[start:end].text
    return initials_spelled_out(whole) if end - start > 1 and places.candidates(whole) else name


def sentence_place(
    anchor: Token,
    found: list[tuple[Token, str]],
    carried: str | None,
    home: str | None,
    days: int | None,
    *,
    arrests: bool = False,
) -> str | None:
    """The place of the figure at ``anchor``: the nearest of the places its sentence names
    (``found``), read with the place ``carried`` and the report's (``home``); a tally over
    a whole area ("40 killed in attacks across the country") or a figure the sentence sets
    in a province ("killed in Sindh province") or near a town ("40 km from Quetta", filed
    under its province) keeps the area; a round-up's figure naming none, the province of
    the force that counted it ("the Sindh police arrested 2,870 in February")."""
    # "protests spread to X, Y, Z and W; dozens were held across the continent": the
    # figure lies anywhere in the list, no one place, nor the scene carried to it
    listed = [(t, n) for t, n in found if not a_wide_list(t) or the_figures_own_list(t, anchor)]
    if found and not listed:
        return None
    found = listed
    carried = not_the_doers_country(anchor, carried)  # "killed by the Israelis"
    if not found and days is not None and days > ROUNDUP_DAYS:
        found = force_province(anchor)
    kept = in_town(found, scene_town(carried, home))
    # "killed 90 across Tarnland, with Wend worst hit": the area the figure tallies over
    kept = [(t, n) for t, n in found if a_tally_area(t, anchor)] or kept
    named = nearest(anchor, kept)
    across = any(
        (a_tally_area(tok, anchor) or (arrests and an_arrest_tally_area(tok))) and name == named
        for tok, name in kept
    )
    tally = any(
        (a_province_where(tok, name) or a_place_near(tok)) and name == named
        for tok, name in kept
    )
    # "killed in Nangarhar province" of a report on its Achin district: the same incident;
    # "23 arrested across the district" tallies the district, whatever village it holds;
    # "killed in Kirkuk, Diyala and Salahuddin": the list's holder, no dateline's town in it
    joined = any(name == named and bool(name_conjuncts(tok)) for tok, name in kept)
    tally = across or joined or (tally and not holds_home(named, home))
    specific = named if tally else within_province(named, kept)
    conflict = years_of_conflict(anchor.sent, days)
    return figure_place(specific, carried, home, days, tally=tally, conflict=conflict)


def own_conjunct(
    num: Token, found: list[tuple[Token, str]], *, arrests: bool = False
) -> list[tuple[Token, str]]:
    """ "killed 90 in Arequipa and dozens more in neighbouring Chile": a figure counted in a
    later conjunct takes the places written after it, not the first's (the parser hangs
    both on the shared verb); "two were killed in Shopian, while another was arrested from
    Pulwama": where an arrest was is the arrest's alone; so is a part's town ("including
    five from Surab"), the other side of a semicolon's, and (``arrests``) the increment's
    town of an arrest total brought up ("detained two in X, bringing the total to six")."""
    noun = num.head if num.dep_ in ("nummod", "quantmod") else num
    found = [
        (t, n)
        for t, n in found
        if not (
            _anothers_arrest(t, num)
            or anothers_raid(t, num)
            or anothers_part(t, num)
            or anothers_clause(t, num)
            or anothers_gap(t, num)  # "X recorded 52 and Y 41": Y is 41's
            or anothers_gapped_count(t, num)  # "6 were killed in X and 2 in Y": Y is 2's
            or anothers_conjoined_verb(t, num)  # "killed 6 in X, and wounded 2 in Y"
            or taken_from_elsewhere(t)  # "abducted 4 from X in Y": they came from X
            or a_followers_place(t, num)  # "X, with 52, followed by Y (41)"
        )
        and not a_title_beside_a_told_place(t, num, found)
        and not a_seat_beside_a_told_place(t, num, found)  # "In X, officials said ..."
    ]
    found = a_gapped_counts_own(num, found)  # "8 in X on Monday, 2 in Y on Tuesday": Y
    found = own_locative(num, found)  # "nine were in X, seven in Y": seven's own "in Y"
    found = own_verb_clause(num, own_clause(num, found))  # "..., and a collapse in Y killed"
    found = own_part(num, own_adverbial(num, found), arrests=arrests)
    toll = brought_toll(num)
    if toll is not None and not arrests:
        # "killed 9 in Rafah, bringing the number killed in Gaza to 52,400": the toll's own
        # place, when its phrase names one, is the total's
        phrase = range(toll.left_edge.i, toll.right_edge.i + 1)
        found = [(t, n) for t, n in found if t.i in phrase] or found
    if arrests and toll is not None:
        # "two more were detained in X, bringing the total number of detainees to six": the
        # total counts the scene's arrests too; X is the increment's
        verb = toll.head
        found = [(t, n) for t, n in found if verb.left_edge.i <= t.i <= verb.right_edge.i]
    if noun.dep_ != "conj":
        return found
    own = [(t, n) for t, n in found if t.i > noun.i]
    return own or found


def _anothers_arrest(tok: Token, num: Token) -> bool:
    """The place is where a custody verb took people "from", and the figure is not counted
    in that verb's clause."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head  # "Khyber" of "from Khyber district"
    verb = custody_verb(tok)
    return verb is not None and not any(t.i == num.i for t in verb.subtree)


@functools.cache
def _nicknames() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_rules("places")["nicknames"].items()}


def _nickname(name: str, home: str | None) -> str:
    """The region a region's own press calls by a nickname ("the Valley": Kashmir), in a
    report whose place lies in it."""
    key = _nicknames().get(name.lower().removeprefix("the "))
    region = places.get(key) if key else None
    where = places.resolve(home) if home and region is not None else None
    if region is None or where is None or not places.compatible(region, where):
        return name
    return region.name
