"""Where a claim happened: place mentions of a sentence (outside the dateline), the
dateline and the country a report speaks of, for figures whose sentences name no place.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.extract.cues import cues
from core.extract.nlp import Chunk, sentence_ents
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Labels NER gives a place name it misreads ("the Gwadar port" as a PRODUCT).
NAME_OF_PLACE = frozenset({"", "GPE", "LOC", "FAC", "PRODUCT", "ORG"})

LOCATIVE_PREPS = frozenset(
    ["in", "inside", "at", "near", "outside", "across", "around", "across", "throughout", "within"]
)


def dateline_end(sent: Span) -> int:
    """Token index after a dateline ("ISLAMABAD, Pakistan –"): where the reporter files
    from, not where anything happened. A dateline is a place name or two before a dash that
    opens a clause; a title ("Valdoria Conflict Monitor – Monthly Brief") is not one."""
    for tok in sent[:7]:
        # a colon ends one too in South Asian copy ("LAHORE:", "QUETTA (APP):")
        if tok.text in ("–", "—", "-", "--", ":", "):") and tok.i > sent.start:
            before = sent.doc[sent.start : tok.i]
            after = sent.doc[tok.i + 1 : sent.end]
            # the station or agency in brackets ("(CBSNewYork)") may be an organisation; a
            # town in capitals the tagger does not know ("DARROW") may be tagged a noun
            bracketed = _bracketed(before)
            if (
                all(t.pos_ == "PROPN" or t.is_punct or t.is_upper for t in before)
                and not any(
                    t.ent_type_ in ("ORG", "PERSON", "NORP")
                    for t in before
                    if t.i not in bracketed and not t.is_upper  # NER misreads capitals
                )
                and any(t.pos_ in ("VERB", "AUX") for t in after)
            ):
                return tok.i + 1
            return sent.start
    return sent.start


def _bracketed(tokens: Span) -> set[int]:
    """Indexes of the tokens inside round brackets."""
    inside, depth = set(), 0
    for t in tokens:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(t.i)
    return inside


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


def town_over_state(place: str | None, home: str | None) -> str | None:
    """ "a shooting at a Connecticut nightclub" in a report filed from New Haven, Conn.: the
    state or country a sentence names holds the dateline's town, which says more."""
    if not place or not home or place == home:
        return place
    where, town = places.resolve(place), places.resolve(home)
    if (
        where is not None
        and town is not None
        and where.level in ("admin1", "country")
        and town.level == "city"
        and places.relation(where, town) == "contains"
    ):
        return home
    return place


def in_town(found: list[tuple[Token, str]]) -> list[tuple[Token, str]]:
    """A street, a block or a venue gives way to the town the same sentence names ("on
    Arlington Avenue in Allentown"): checkers file and group incidents by town."""
    scenes = lexicon_places().scene_nouns
    towns = []
    for tok, name in found:
        last = name.split()[-1].lower().rstrip(".") if name.split() else ""
        if last in scenes or tok.lower_ in scenes:
            continue
        place = places.resolve(name)
        if place is not None and place.level in ("city", "admin1"):
            towns.append((tok, name))
    if not towns or len(towns) == len(found):
        return found
    return towns


@dataclass(frozen=True, slots=True)
class PlaceWords:
    scene_nouns: frozenset[str]
    not_places: frozenset[str]
    street_suffixes: frozenset[str]


@functools.cache
def lexicon_places() -> PlaceWords:
    raw: dict[str, Any] = load_rules("places")
    return PlaceWords(
        scene_nouns=frozenset(raw["scene_nouns"]),
        not_places=frozenset(raw["not_places"]),
        street_suffixes=frozenset(raw["street_suffixes"]),
    )


def place_mentions(sent: Span, *, skip_to: int = -1) -> list[tuple[Token, str]]:
    """Place mentions (head token, text) outside the dateline: place entities, proper nouns
    after a locative preposition that NER left unlabelled ("in Eldmere", "outside the Gwadar
    port", "in the Bannu and Khyber districts"). Places joined by "and" give the place that
    holds them all ("in Khyber Pakhtunkhwa and Balochistan" → Pakistan) when the gazetteer
    knows it."""
    start = dateline_end(sent)
    while start < sent.end and sent.doc[start].idx < skip_to:
        start += 1
    ents = sentence_ents(sent)
    covered: set[int] = set()
    for ent in ents:
        covered.update(range(ent.start, ent.end))
    return [*_entity_places(sent, ents, start), *_unlabelled_places(sent, start, covered)]


def _entity_places(sent: Span, ents: list[Span], start: int) -> list[tuple[Token, str]]:
    """Place entities after ``start``, a town with what holds it ("Little Rock, Arkansas")."""
    out: list[tuple[Token, str]] = []
    joined: set[int] = set()
    not_places = lexicon_places().not_places
    for n, ent in enumerate(ents):
        if ent.label_ not in PLACE_LABELS or ent.start < start or _is_language(ent.text):
            continue
        if (
            ent.start in joined
            or ent[-1].lower_ in not_places
            or _a_person(ent)
            or _a_source(ent.root)
        ):
            continue  # the state of "Little Rock, Arkansas"; "Ben Taub Hospital"; "said Ames"
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
        out.append((ent.root, _joined_places(ent.root, ent.text)))
    return out


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


def _unlabelled_places(sent: Span, start: int, covered: set[int]) -> list[tuple[Token, str]]:
    """Proper nouns after a locative preposition that NER left unlabelled."""
    out: list[tuple[Token, str]] = []
    for tok in sent:
        if tok.i < start or tok.i in covered or not locative(tok):
            continue
        names = [
            t
            for t in tok.lefts
            if t.dep_ in ("compound", "conj")
            and t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.ent_type_ in NAME_OF_PLACE
        ]
        # The whole name, not its clipped tail: "a Marion County berry farm".
        first = _name_start(names[0]) if names else tok.i
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            out.append((tok, tok.doc[first : tok.i + 1].text))
        elif tok.pos_ == "NOUN" and names:
            # "the Gwadar port", "the Bannu and Khyber districts"
            out.append((tok, _joined_places(tok, tok.doc[first : tok.i + 1].text)))
    return out


def _name_start(name: Token) -> int:
    """The first word of a proper name whose words the parser chained as compounds."""
    first = name.i
    for t in name.subtree:
        if t.i < first and t.dep_ == "compound" and t.pos_ == "PROPN" and t.text[:1].isupper():
            first = t.i
    return first


def _a_person(ent: Span) -> bool:
    """A place-like name that is part of a person's name: after a first name NER tagged as
    a person ("Anthony Mendoza"), or set off with an age ("Mendoza, 17,")."""
    doc = ent.doc
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


def _a_source(root: Token) -> bool:
    """A name that speaks ("according to Ames", "Ames said"): a source, not where it happened
    (NER takes many surnames for towns)."""
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


def dateline_place(chunks: Sequence[Chunk]) -> str | None:
    """Where the report was filed from ("ELDMERE –"): the place of a figure that names none."""
    for chunk in sorted(chunks, key=lambda c: c.offset):
        for sent in chunk.doc.sents:
            end = dateline_end(sent)
            # a label in capitals ("UPDATE —") opens a sentence like a dateline, but names
            # no place: the tagger knows a town's name as a proper noun
            if end > sent.start and all(
                t.pos_ == "PROPN" or t.is_punct for t in sent.doc[sent.start : end - 1]
            ):
                name = sent.doc[sent.start : end - 1].text.split(",")[0].strip()
                return name.title() if name.isupper() else name
    return None


def locative(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE_PREPS


@functools.cache
def _is_language(name: str) -> bool:
    import pycountry

    try:
        return pycountry.languages.get(name=name) is not None and (
            pycountry.countries.get(name=name) is None
        )
    except LookupError:
        return False


def home_country(chunks: Sequence[Chunk]) -> str | None:
    """The country the document speaks of most: where a figure with no place of its own is."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for chunk in chunks:
        for ent in chunk.doc.ents:
            if ent.label_ != "GPE":
                continue
            place = places.lookup(ent.text)
            if place is not None and place.level == "country":
                counts[place.key] = counts.get(place.key, 0) + 1
                names.setdefault(place.key, ent.text)
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return names[best]
