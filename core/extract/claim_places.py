"""Where a claim happened: place mentions of a sentence (outside the dateline), the
dateline and the country a report speaks of, for figures whose sentences name no place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.datelines import away_from_bureau, dateline_place
from core.extract.datelines import dateline_end as dateline_end  # noqa: PLC0414
from core.extract.home_country import acts, home_country_times, is_language
from core.extract.nlp import Chunk, sentence_ents
from core.extract.place_roles import (
    a_journey_end,
    a_place_near,
    a_province_where,
    a_tally_area,
    a_wider_area,
    area_named_before,
    jurisdiction,
    locality_nouns,
    named_area,
    near_place,
    police_town,
    remember_areas,
    where_a_speaker_is,
    whole_name,
    with_holder,
    without_day,
    without_open_bracket,
)
from core.extract.place_roles import (
    home_areas as home_areas,  # noqa: PLC0414
)
from core.extract.place_towns import ROUNDUP_DAYS as ROUNDUP_DAYS  # noqa: PLC0414
from core.extract.place_towns import figure_place as figure_place  # noqa: PLC0414
from core.extract.place_towns import in_town as in_town  # noqa: PLC0414
from core.extract.place_towns import scene_token
from core.extract.place_towns import scene_town as scene_town  # noqa: PLC0414
from core.extract.place_towns import town_over_state as town_over_state  # noqa: PLC0414
from core.extract.place_words import LOCATIVE_PREPS as LOCATIVE_PREPS  # noqa: PLC0414
from core.extract.place_words import PlaceWords as PlaceWords  # noqa: PLC0414
from core.extract.place_words import a_scene as a_scene  # noqa: PLC0414
from core.extract.place_words import a_seat, an_indefinite_name, an_origin
from core.extract.place_words import lexicon_places as lexicon_places  # noqa: PLC0414
from core.extract.place_words import locative as locative  # noqa: PLC0414
from core.extract.report_places import (
    BIG_TOWN,
    agency_words,
    lead_province,
    premises_of,
    report_town,
)
from core.extract.tree_distance import nearest
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Labels NER gives a place name it misreads ("the Gwadar port" as a PRODUCT).
NAME_OF_PLACE = frozenset({"", "GPE", "LOC", "FAC", "PRODUCT", "ORG"})

# How a name hangs on the noun it qualifies ("Cook County" on "medical examiner").
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})

# Verbs that give a thing its name ("a club called Havana"): what follows names no place.
_NAMING_VERBS = frozenset({"call", "name", "dub"})




def fallback_place(dateline: places.Dateline | None, country: str | None) -> str | None:
    """The place of a figure whose sentences name none: the dateline city, with the country
    the report speaks of when the city lies in it (or the gazetteer does not know the city);
    the country alone when the reporter filed from abroad."""
    if dateline is None:
        return country
    if country is None:
        return dateline.place
    region = places.lookup(dateline.region) if dateline.region else None
    if region is not None and region.level == "country":
        return dateline.place  # "ISLAMABAD, Pakistan –" names its country already
    home = places.lookup(country)
    where = places.lookup(dateline.city, hints={home.country: 1} if home and home.country else None)
    if home is None or where is None:
        return f"{dateline.place}, {country}"
    if where.key == home.key:
        return dateline.place
    if where.level == "country" or (where.country and where.country != home.country):
        return country
    return f"{dateline.place}, {country}"


def report_home(chunks: Sequence[Chunk], dateline: places.Dateline | None) -> str | None:
    """Where a figure is when its sentences name no town: the dateline (with the country the
    report speaks of), else the town the report names more often than any country (a local
    report), else the province of that country its lead names, else that country (a
    national one)."""
    country, times = home_country_times(chunks)
    if dateline is not None:
        return lead_scene(chunks, dateline) or fallback_place(dateline, country)
    town = report_town(chunks, over=times, keep=_not_a_name)
    return town or lead_province(chunks, country) or country or dateline_place(chunks)


def lead_scene(chunks: Sequence[Chunk], dateline: places.Dateline) -> str | None:
    """ "SALEM, Ore. (AP) — ... a shooting near Woodburn on Monday": the town the dateline's
    own sentence puts the incident in, when the newsroom files from another town of its
    state (a part of the dateline's town, "in Bridgeport" under CHICAGO, stays the town's)."""
    filed = places.resolve(dateline.place)
    if filed is None or filed.level != "city":
        return None
    hints = {k: 1 for k in (filed.country, filed.admin1) if k}
    for chunk in chunks:
        for sent in chunk.doc.sents:
            if not chunk.start_of(sent) <= dateline.end < chunk.end_of(sent) + 1:
                continue
            found = place_mentions(sent, skip_to=dateline.end - chunk.offset)
            for tok, name in found:
                town = places.resolve(name, hints=hints) if _places_incident(tok) else None
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
            return away_from_bureau(found, filed)
    return None


def _places_incident(tok: Token) -> bool:
    """A locative that places the incident: "a shooting near Woodburn", "was shot in Evanston";
    not "arrested in Portland" nor "taken to a hospital in Salem"."""
    return locative(tok) and tok.head.head.lemma_.lower() in lexicon_places().incident_words


def place_mentions(
    sent: Span,
    *,
    skip_to: int = -1,
    areas: dict[str, str] | None = None,
    speakers_sit: bool = False,
    home: str | None = None,
) -> list[tuple[Token, str]]:
    """Place mentions (head token, text) outside the dateline: place entities, proper nouns
    after a locative preposition that NER left unlabelled ("in Eldmere", "outside the Gwadar
    port", "in the Bannu and Khyber districts"). Places joined by "and" give the place that
    holds them all ("in Khyber Pakhtunkhwa and Balochistan" → Pakistan) when the gazetteer
    knows it. With ``speakers_sit`` (no place carried from the sentences before), where
    a police force or officials speak from is the place when the sentence names no other;
    a place near a town is filed under the report's province (``home``) holding it."""
    start = dateline_end(sent)
    # the dateline's line on: a headline above it, parsed into its sentence, keeps its places
    text = sent.doc.text
    line = text.rfind("\n", 0, max(skip_to, 0)) + 1 if skip_to <= len(text) else len(text)
    while start < sent.end and line <= sent.doc[start].idx < skip_to:
        start += 1
    ents = sentence_ents(sent)
    covered: set[int] = set()
    for ent in ents:
        if not _a_town_called_a_person(ent):
            covered.update(range(ent.start, ent.end))
    found: list[tuple[Token, str]] = []
    speakers: list[tuple[Token, str]] = []
    for tok, name in (
        *_entity_places(sent, ents, start),
        *_unlabelled_places(sent, start, covered, {} if areas is None else areas),
    ):
        # "an Islamabad-based group", "men from Swat", "in a separate IBO"
        if not (a_seat(tok) or an_origin(tok) or an_indefinite_name(tok)):
            (speakers if where_a_speaker_is(tok) else found).append((tok, name))
    if areas is not None:
        remember_areas(sent, areas)  # for "in the district" in the sentences after
    if not found:
        found = jurisdiction(sent)  # "the Gwadar district governor said ten were killed"
    police = police_town(sent) if found else []
    if police and all(a_wider_area(tok, name, police[0][1]) for tok, name in found):
        found = police  # "killed in Marion County ..., the Knightstown police chief said"
    if speakers_sit and all(scene_token(tok, name) for tok, name in found):
        # "Separately, police in Bannu said two were shot near a checkpoint": where a police
        # force or officials sit says more than the dateline; a named correspondent ("Jane
        # Roe in Kabul says") files from afar
        found.extend((tok, name) for tok, name in speakers if tok.head.head.pos_ == "NOUN")
    named = [(t, with_holder(t, _venue_town(without_open_bracket(n)))) for t, n in found]
    # "75 km west of Quetta": near the town, filed under its province when the report names it
    named = [(t, near_place(n, sent.doc, home) if a_place_near(t) else n) for t, n in named]
    # "Sorgai, a village in Panjgur district": the district is told with the village
    held = {name.split(", ", 1)[1] for _, name in named if ", " in name}
    return [(tok, name) for tok, name in named if name not in held]


def sentence_place(
    anchor: Token,
    found: list[tuple[Token, str]],
    carried: str | None,
    home: str | None,
    days: int | None,
) -> str | None:
    """The place of the figure at ``anchor``: the nearest of the places its sentence names
    (``found``), read with the place ``carried`` and the report's (``home``); a tally over
    a whole area ("40 killed in attacks across the country") or a figure the sentence sets
    in a province ("killed in Sindh province") or near a town ("40 km from Quetta", filed
    under its province) keeps the area."""
    kept = in_town(found, scene_town(carried, home))
    named = nearest(anchor, kept)
    tally = any(
        (a_tally_area(tok, anchor) or a_province_where(tok, name) or a_place_near(tok))
        and name == named
        for tok, name in kept
    )
    return figure_place(named, carried, home, days, tally=tally)


def _venue_town(name: str) -> str:
    """ "Quetta railway station", "the Peshawar press club": the town that opens a venue's
    name is the place (a street is named after a town as often as not: "Lahore Road")."""
    words = name.split()
    if len(words) < 2 or not words[-1].islower() or not a_scene(name):
        return name
    if words[-1] in lexicon_places().quarter_nouns:
        return name  # "the Gaza City neighbourhood of Zeitun": a part of a town, read elsewhere
    for n in range(len(words) - 1, 0, -1):
        head = " ".join(words[:n])
        if not all(w.islower() for w in words[n:]) or head.isupper():
            break
        # a big town, as before a dwelling ("a Capitol Hill apartment" is a part of one)
        if _a_big_town(head) or any(p.level == "admin1" for p in places.candidates(head)):
            return head
    return name


def _a_town_called_a_person(ent: Span) -> bool:
    """ "in Dera Ismail Khan", "in the Kurram district": a name NER took for a person's,
    standing where a place does, that the gazetteer knows or a word for an area follows; a
    town NER took for an organisation ("in Takengon") where a place stands."""
    if (
        ent.label_ in ("ORG", "PERSON")
        and locative(ent.root)
        and any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and c.lower_ in _area_words()
            for c in ent.root.children
        )
    ):
        return True  # "in Sorgai, a village in Panjgur district"
    if ent.label_ == "ORG":  # "in Takengon"; "around Church and Elm" is a street corner
        found = {p.level for p in places.candidates(ent.text)}
        town = "city" in found and ent.root.head.lower_ == "in"
        return locative(ent.root) and ("admin1" in found or town)
    if ent.label_ != "PERSON":
        return False
    root = ent.root
    if premises_of(root) is not None and any(
        c.lower_ in ("a", "an") for c in root.head.children
    ):
        return _a_big_town(ent.text)  # "inside a Madison apartment"
    if root.dep_ == "compound" and root.head.lower_ in _area_words():
        return locative(root.head)  # "in the Gul Bagh area", "in the Kurram district"
    if root.dep_ == "compound" and root.head.lemma_.lower() in lexicon_places().incident_words:
        # "the DI Khan attack": where the attack was (NER may tag "Khan" alone)
        return _a_big_town(root.doc[_name_start(root) : root.i + 1].text)
    if len(ent) == 1 and root.head.lower_ == "in" and root.lower_ not in _person_words(ent.doc):
        return locative(root)  # "in Kurram", a district the gazetteer does not list
    return locative(root) and bool(places.candidates(root.doc[_name_start(root) : root.i + 1].text))


def _area_words() -> frozenset[str]:
    """Nouns that make the name before them a place: "district", "village", "area"."""
    return lexicon_places().area_nouns | locality_nouns()


def _entity_places(sent: Span, ents: list[Span], start: int) -> list[tuple[Token, str]]:
    """Place entities after ``start``, a town with what holds it ("Little Rock, Arkansas")."""
    out: list[tuple[Token, str]] = []
    joined: set[int] = set()
    not_places = lexicon_places().not_places
    for n, whole in enumerate(ents):
        ent = without_day(whole)  # "at 85 Elm St. Saturday"
        if not _a_place_entity(ent) or ent.start < start or is_language(ent.text):
            continue
        ent = whole_name(ent)  # "Jammu" of "Jammu and Kashmir's Kupwara district"
        if (
            ent.start in joined
            or a_journey_end(ent.root)  # "taken to Lahore", "tsunamis into Japan"
            or _a_party(ent)  # "Israel has agreed", "Pakistan's army said"
            or ent[-1].lower_.rstrip(".") in not_places
            or _a_body(ent.root)
            or _a_person(ent)
            or _a_source(ent.root)
            or _a_given_name(ent.root)
            or _a_hospital_town(ent.root)
        ):
            continue  # the state of "Little Rock, Arkansas"; "Ben Taub Hospital"; "said Ames"
        if _possessor_of_place(ent[-1]) and ent[-1] is not ent.root:
            held = ent[-1].head  # "Jammu and Kashmir's Pahalgam", NER missing the town
            if held.pos_ == "PROPN" and not held.ent_type_:
                out.append((held, held.doc[_name_start(held) : held.i + 1].text))
            continue
        if _possessor_of_place(ent.root) or _possessor_of_incident(ent.root):
            continue  # "Khyber Pakhtunkhwa's Kurram district": the district says more
        # "Little Rock, Arkansas", "Peshawar, Pakistan": the town, with what holds it.
        nxt = ents[n + 1] if n + 1 < len(ents) else None
        if nxt is not None and _holds(sent, ent, nxt):
            joined.add(nxt.start)
            out.append((ent.root, f"{ent.text}, {nxt.text}"))
            continue
        # "Jammu and Kashmir's Pahalgam": the appositive names the more specific place.
        specific = [
            c
            for c in ent.root.children
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ in ("", "GPE")
        ]
        if specific:
            out.extend((c, c.text) for c in specific)
            continue
        # "the port city of Bandar Abbas": the city stands where the place does
        # a name made whole past NER's cut holds its own "and" ("Jammu and Kashmir")
        name = ent.text if ent.end > whole.end else _joined_places(ent.root, ent.text)
        out.append((named_area(ent.root) or ent.root, name))
    return out


def _a_place_entity(ent: Span) -> bool:
    """A place entity, or a province or country NER took for a body or a person
    ("Balochistan has seen", "Khyber Pakhtunkhwa was the worst-hit province")."""
    if ent.label_ in PLACE_LABELS:
        return True
    if ent.root.dep_ == "conj":
        return False  # "in Khyber Pakhtunkhwa and Balochistan": read with the place before
    place = places.lookup(ent.text) if ent.label_ in ("ORG", "PERSON", "NORP") else None
    return place is not None and place.level in ("admin1", "country")


def _a_party(ent: Span) -> bool:
    """A country that acts or speaks ("Israel accused Hamas", "India's army said"): a party
    to the story, not where its figures are."""
    if not acts(ent.root):
        return False
    place = places.lookup(ent.text)
    return place is not None and place.level == "country"


def _a_hospital_town(root: Token) -> bool:
    """ "taken to Harborview Medical Center in Seattle": where the hospital stands, not where
    it happened, unless the hospital is the scene ("a shooting at a hospital in Seattle")."""
    if not locative(root):
        return False
    held = root.head.head
    words = lexicon_places()
    # the hospital itself ("Mercy Hospital", "a medical center"), not its staff ("hospital
    # officials in Eldmere" speak where the patients are)
    named = held.ent_type_ in ("ORG", "FAC") and held.ent_iob_ != "O"
    if not (
        held.lower_ in words.not_places
        or (named and any(t.lower_ in words.not_places for t in held.lefts))
    ):
        return False
    return not (held.dep_ == "pobj" and held.head.head.lemma_.lower() in words.incident_words)


def _a_given_name(root: Token) -> bool:
    """ "a lounge called The Underground", "a bar named Paris": the name of a venue, not a
    place (the venue's town is told elsewhere)."""
    return root.dep_ in ("oprd", "attr", "dobj") and root.head.lemma_.lower() in _NAMING_VERBS


def _possessor_of_place(root: Token) -> bool:
    """The province of "in Khyber Pakhtunkhwa's Kurram district" or "in Punjab's Okara": the
    place it holds is named after it, where a place stands."""
    head = root.head
    # "in Jammu and Kashmir's Kupwara district", the district parsed as a conjunct
    placed = locative(head) or (head.dep_ == "conj" and locative(head.head))
    return (
        root.dep_ == "poss"
        and placed
        and (
            (head.pos_ == "PROPN" and head.text[:1].isupper())
            or any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts)
        )
    )


def _possessor_of_incident(root: Token) -> bool:
    """ "Israel's assault on Gaza", "the army's raid": whose attack it is, not where."""
    return root.dep_ == "poss" and root.head.lemma_.lower() in lexicon_places().incident_words


def _holds(sent: Span, ent: Span, nxt: Span) -> bool:
    """ "Peshawar, Pakistan": the next entity, after a comma, is a region or country that
    holds this place (which is no country itself)."""
    if not (
        nxt.label_ == "GPE" and nxt.start == ent.end + 1 and sent.doc[ent.end].text == ","
    ):
        return False
    outer = places.lookup(nxt.text)
    inner = places.lookup(ent.text)
    return (
        outer is not None
        and outer.level in ("admin1", "country")
        and (inner is None or inner.level != "country")
    )


def _unlabelled_places(
    sent: Span, start: int, covered: set[int], areas: dict[str, str]
) -> list[tuple[Token, str]]:
    """Proper nouns after a locative preposition that NER left unlabelled."""
    out: list[tuple[Token, str]] = []
    for tok in sent:
        area = named_area(tok) if tok.pos_ == "PROPN" and tok.i >= start else None
        # NER often takes the name for a person's: its area noun says it is a place
        a_name = tok.ent_type_ in NAME_OF_PLACE or tok.ent_type_ == "PERSON"
        if area is not None and a_name and not a_journey_end(tok):
            out.append((area, tok.doc[_name_start(tok) : tok.i + 1].text))  # "the town of Bam"
            continue
        if tok.i < start or not locative(tok) or _a_hospital_town(tok):
            continue
        before = area_named_before(tok, areas)  # NER may read "the district later" as a date
        if before is not None:
            out.append((tok, before))  # "died in hospitals in the district"
            continue
        if tok.i in covered:
            continue
        found = _named_noun(tok, covered)
        if found is not None:
            out.append(found)
    return out


def _named_noun(tok: Token, covered: set[int]) -> tuple[Token, str] | None:
    """The place a locative noun and the proper nouns before it name: "in Eldmere", "a
    Madison apartment", "the Gwadar port", "in the DI Khan attack"."""
    names = [
        t
        for t in tok.lefts
        if t.dep_ in ("compound", "conj")
        and t.pos_ == "PROPN"
        and t.text[:1].isupper()
        # NER takes a town before a noun for a people's name ("a Lahore gas explosion")
        and (t.ent_type_ in NAME_OF_PLACE or t.i not in covered or _a_big_town(t.text))
    ]
    # The whole name, not its clipped tail: "a Marion County berry farm".
    first = _name_start(names[0]) if names else tok.i
    words = tok.doc[first : tok.i + 1]
    if any(t.lower_.rstrip(".") in lexicon_places().not_places for t in words):
        return None  # "at Mercy Children's Hospital"
    premises = premises_of(names[-1]) if names else None
    town = names[-1] if premises is not None and premises.i == tok.i else None
    if town is not None and (
        _a_big_town(tok.doc[first : town.i + 1].text)
        or town.lower_ in lexicon_places().area_nouns  # "a Fresno County home"
    ):
        return (town, tok.doc[first : town.i + 1].text)  # "a Madison apartment"
    if tok.pos_ == "PROPN" and tok.text[:1].isupper():
        return (tok, tok.doc[first : tok.i + 1].text)
    if names and tok.lemma_.lower() in lexicon_places().incident_words:
        # "in the DI Khan attack"; "in a Karachi cylinder blast" is in Karachi, not in a
        # place called "Karachi cylinder": the name ends where the common nouns start
        last = max(t.i for t in tok.doc[first : tok.i] if t.pos_ == "PROPN")
        return (tok, tok.doc[first : last + 1].text)
    if names and (tok.pos_ == "NOUN" or not tok.text[:1].isupper()):
        # "the Gwadar port", "the Bannu and Khyber districts"
        return (tok, _joined_places(tok, tok.doc[first : tok.i + 1].text))
    return None


def _a_big_town(name: str) -> bool:
    """A name a big town bears ("a Madison apartment"): the town; a small one's namesake is
    as likely a part of the report's town ("a Maple Hill apartment")."""
    return any(p.level == "city" and p.population >= BIG_TOWN for p in places.candidates(name))


def _name_start(name: Token) -> int:
    """The first word of a proper name whose words the parser chained as compounds."""
    first = name.i
    for t in name.subtree:
        if t.i < first and t.dep_ == "compound" and t.pos_ == "PROPN" and t.text[:1].isupper():
            first = t.i
    return first


def _not_a_name(ent: Span) -> bool:
    """Not a person's name nor a speaker ("Ames said"), which NER often takes for a town; a
    police force that speaks ("Tulsa police said") still bears its town's name."""
    return not (
        _a_person(ent)
        or a_seat(ent.root)  # "an Islamabad-based group"
        or _a_given_name(ent.root)  # "a lounge called Havana"
        or _a_hospital_town(ent.root)  # "taken to a hospital in Salem"
        or a_journey_end(ent.root)  # "the wounded were flown to Karachi"
        or (ent.label_ in ("GPE", "LOC") and _a_source(ent.root))
    )


def _a_body(root: Token) -> bool:
    """A name that only qualifies a body ("the Cook County medical examiner", "Ramsey County
    prosecutors", "the Floyd County police"): whose office it is, not where it happened."""
    if root.dep_ == "poss":
        return _an_office_holder(root.head)
    if root.dep_ not in _MODIFIER_DEPS:
        return False
    head = root.head
    while head.dep_ in _MODIFIER_DEPS and head.head.i != head.i:
        head = head.head  # "the Marion County Sheriff's Office": up to the body's head noun
    held = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else head
    if head.lower_ in lexicon_places().area_nouns and locative(held):
        return False  # "in the Hoshab area of Kech district": the district, no office
    return head.lower_ in lexicon_places().not_places or head.lower_ in agency_words()


def _an_office_holder(owned: Token) -> bool:
    """What a possessor owns is a person or an office ("Marion County's Attorney Jane Roe",
    "the county's sheriff's office"): the name is whose office it is, not a scene."""
    words = lexicon_places().not_places | agency_words()
    return (
        owned.ent_type_ == "PERSON"
        or owned.lower_ in words
        or any(c.dep_ == "compound" and c.lower_ in words for c in owned.children)
    )


def _a_person(ent: Span) -> bool:
    """A place-like name that is part of a person's name: after a first name NER tagged as
    a person ("Anthony Mendoza"), set off with an age ("Mendoza, 17,"), or a lone word of a
    person's full name the text gives elsewhere ("Mendoza fled" after "Anthony Mendoza"),
    unless it stands where a place does ("in Mendoza")."""
    doc = ent.doc
    if len(ent) == 1 and ent[0].lower_ in _person_words(doc) and not locative(ent.root):
        return True  # "in Warren" is the town even in a story on a James Warren
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.ent_type_ == "PERSON" and before.pos_ == "PROPN":
        return True
    after = doc[ent.end : ent.end + 3]
    return (
        len(after) == 3
        and after[0].text == ","
        and after[1].like_num
        and after[2].text in (",", ")")
    )


def _person_words(doc: Doc) -> frozenset[str]:
    """The words of the full names of people in a parsed text (computed once per text)."""
    words: frozenset[str] | None = doc.user_data.get("claimdesk_person_words")
    if words is None:
        words = frozenset(
            t.lower_ for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1 for t in ent
        )
        doc.user_data["claimdesk_person_words"] = words
    return words


def _a_source(root: Token) -> bool:
    """A name that speaks ("according to Ames", "Ames said"): a source, not where it happened
    (NER takes many surnames for towns)."""
    if root.dep_ == "appos":
        root = root.head  # "said disaster agency official Fauzi"
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    return root.dep_ == "nsubj" and head.lemma_.lower() in cues().attributing


def _joined_places(head: Token, text: str) -> str:
    """ "Khyber Pakhtunkhwa and Balochistan": the place that holds every conjunct, if known."""
    conjuncts = [c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    # An entity may swallow the "and" that joins it to the next name.
    text = re.sub(r"\s+(?:and|&)$", "", text)
    scenes = lexicon_places().scene_nouns
    if any(w.lower().rstrip(".") in scenes for w in text.split()):
        # "Flamingo Road and Durango Drive": streets, not towns to merge
        doc = head.doc
        return " and ".join([text, *(doc[_name_start(c) : c.i + 1].text for c in conjuncts)])
    # "Jammu and Kashmir's Pahalgam": the possessed place is the most specific one.
    for c in conjuncts:
        if any(k.dep_ == "poss" and k.pos_ == "PROPN" for k in c.children):
            return c.text
    if not conjuncts and " and " not in text:
        return text
    names = [text, *(head.doc[c.left_edge.i : c.i + 1].text for c in conjuncts)]
    found = [p for p in (places.resolve(n) for n in names) if p is not None]
    holder = (
        places.common_ancestor(found) if len(found) > 1 else places.resolve(" and ".join(names))
    )
    return holder.name if holder is not None else " and ".join(names)
