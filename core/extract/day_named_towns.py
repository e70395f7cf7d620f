"""A town NER took for a day or an event ("killed in Turbat on Tuesday night"): a name the
gazetteer knows as a town, after a scene preposition, that no month or weekday word spells."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.speaker_places import where_a_speaker_is
from core.lexicon.calendar_words import month_alternation, weekday_alternation
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span

SCENE_PREPOSITIONS = frozenset({"in", "near", "outside"})  # a town after these: the scene


# a town, or a country or province ("in southwestern Niger", NER's DATE)
PLACE_LEVELS = frozenset({"city", "admin1", "country"})


def a_town_read_as_day(ent: Span) -> bool:
    """ "killed in Turbat on Tuesday night", "in southwestern Niger", "a blast in Gilgit": a
    town, province or country the gazetteer knows that NER took for a day or an event, a
    scene when it follows a scene preposition; never where a speaker sits ("a Levies
    official in Turbat gave a lower toll", "said in Turbat"), which is read first."""
    if any(t.pos_ != "PROPN" or not t.is_title or _calendar_word(t.lower_) for t in ent):
        return False
    place = places.lookup(ent.text)
    root = ent.root
    if place is None or place.level not in PLACE_LEVELS or root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ not in SCENE_PREPOSITIONS or where_a_speaker_is(root):
        return False
    return prep.head.lemma_.lower() not in cues().person_nouns  # "an official in Turbat"


@functools.cache
def _calendar_word_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{month_alternation()}|{weekday_alternation()})\.?")


def _calendar_word(word: str) -> bool:
    """A month or weekday word ("march", "tues.")."""
    return _calendar_word_pattern().fullmatch(word) is not None
