"""The words of a report's scene (``rules/places.json`` "report_scene"), read once for every
layer that files a figure's place: the contexts in which a place named is not where the
incident was, the wide units a scene is written with, a town's parts and nouns."""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True, slots=True)
class SceneWords:
    """The words of the contexts in which a place named is not where the incident was."""

    not_scene_preps: frozenset[str]
    reference_heads: frozenset[str]
    care_verbs: frozenset[str]
    care_nouns: frozenset[str]
    place_nouns: frozenset[str]
    recalling: frozenset[str]
    recalling_phrases: frozenset[str]
    facility_nouns: frozenset[str]
    wide_units: frozenset[str]
    wide_unit_adjectives: frozenset[str]
    wide_events: frozenset[str]
    town_parts: frozenset[str]
    town_nouns: frozenset[str]
    town_appositives: frozenset[str]
    remains_nouns: frozenset[str]


@functools.cache
def spot_words() -> SceneWords:
    raw = load_rules("places")["report_scene"]
    return SceneWords(
        *(frozenset(str(w) for w in raw[field.name]) for field in fields(SceneWords))
    )


def tells_a_wide_event(sent: Span) -> bool:
    """ "A strong earthquake struck ...", "floods swept ...": an event over an area, named by
    a noun (not "protesters tried to storm parliament")."""
    return any(t.lower_ in spot_words().wide_events and t.pos_ != "VERB" for t in sent)
