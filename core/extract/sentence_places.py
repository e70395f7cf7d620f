"""The place mentions a sentence holds whatever is asked of it (``claim_places.place_mentions``):
its place entities, the places NER left unlabelled and the police stations' areas, read once
a sentence and remembered on the parsed chunk. The report's lead, the dateline's sentence
and the claims ask of the same sentences, with other homes and areas that only later steps
read (an area noun's name given before: ``unlabelled_places.placed``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.capital_cities import named_capitals
from core.extract.kind_first_places import kind_first_places
from core.extract.name_roles import a_town_called_a_person
from core.extract.nlp import sentence_ents
from core.extract.numbered_quarters import numbered_quarters
from core.extract.numeral_places import numeral_places
from core.extract.opening_provinces import opening_province, without_pieces
from core.extract.owned_quarters import owned_quarters
from core.extract.place_entities import entity_places
from core.extract.province_towns import as_province
from core.extract.spanned_places import SpannedPlace
from core.extract.station_areas import station_areas
from core.extract.unlabelled_places import UnlabelledReadings, unlabelled_readings

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_MEMO = "claimdesk_sentence_places"


@dataclass(frozen=True, slots=True)
class SentencePlaces:
    entities: tuple[tuple[Token, str], ...]
    unlabelled: UnlabelledReadings
    stations: tuple[tuple[Token, str], ...]  # "within the limits of X police station"


def sentence_places(sent: Span, start: int) -> SentencePlaces:
    """The sentence's place mentions from token ``start`` on (after its dateline)."""
    memo: dict[tuple[int, int, int], SentencePlaces] = sent.doc.user_data.setdefault(_MEMO, {})
    key = (sent.start, sent.end, start)
    if key not in memo:
        ents = sentence_ents(sent)
        covered = {
            i
            for ent in ents
            if not (a_town_called_a_person(ent) or _a_name_read_as_a_number(ent))
            for i in range(ent.start, ent.end)
        }
        # "X del Norte had the most raids": a province the parser broke, read whole
        opening = opening_province(sent, start, ents)
        entities = [
            as_province(t, n) for t, n in without_pieces(entity_places(sent, ents, start), opening)
        ]
        unlabelled = unlabelled_readings(sent, start, covered)
        entities.extend(named_capitals(sent, start))  # "in the Afghan capital"
        # "in Karachi's Lyari area", "on Chicago's South Side": NER's labels are no guide
        quarters = owned_quarters(sent, start, {t.i for t, _ in entities})
        entities = [
            (t, n) for t, n in entities if not any(t.head.i == q.i for q, _ in quarters)
        ] + [(q, n) for q, n in quarters if all(q.i != t.i for t, _ in entities)]
        spanned = [
            *numbered_quarters(sent, start),
            *kind_first_places(sent, start),
            *numeral_places(sent, start),  # "in South 24 Parganas"
        ]
        entities, unlabelled = _with_spanned(spanned, entities, unlabelled)
        if opening is not None:
            entities.append(opening.place)
            unlabelled = UnlabelledReadings(
                tuple(w for w in unlabelled.words if not opening.first <= w[0].i < opening.end),
                tuple(without_pieces(unlabelled.counting, opening)),
            )
        memo[key] = SentencePlaces(
            entities=tuple(entities),
            unlabelled=unlabelled,
            stations=tuple(station_areas(sent, start)),
        )
    return memo[key]


# the labels of a count, which a capitalised name is never one of
_COUNT_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY"})


def _a_name_read_as_a_number(ent: Span) -> bool:
    """ "a crash near Murree" with "Murree" labelled a cardinal: capitalised proper nouns
    with no numeral among them are a name the recogniser took for a count, left to the
    reading of names it left unlabelled."""
    return ent.label_ in _COUNT_LABELS and all(
        t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.like_num
        for t in ent
    )


def _with_spanned(
    spanned: list[SpannedPlace],
    entities: list[tuple[Token, str]],
    unlabelled: UnlabelledReadings,
) -> tuple[list[tuple[Token, str]], UnlabelledReadings]:
    """ "in Sector 11-B of North Karachi", "in village Bhalwal Kalan": the place its words
    name, not "Sector" (a hamlet the gazetteer knows), "Kalan" nor the holder on its own."""
    if not spanned:
        return entities, unlabelled

    def free(tok: Token) -> bool:
        return not any(q.first <= tok.i < q.end for q in spanned)

    return [p for p in entities if free(p[0])] + [(q.token, q.name) for q in spanned if q.name], (
        UnlabelledReadings(
            tuple(w for w in unlabelled.words if free(w[0])),
            tuple(p for p in unlabelled.counting if free(p[0])),
        )
    )
