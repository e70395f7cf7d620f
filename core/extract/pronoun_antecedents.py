"""Who "he" or "she" may stand for when a later sentence's pronoun speaks ("Addressing a press
conference in Tarvo, he said 12 were killed"): a person the report named before, never a
place, a day or an event that opened a sentence. The speaker reader takes every main-clause
subject it can name as a mention, and names a lone capitalised subject a person when nothing
says otherwise ("Tarvo was tense.", "Eid passed off quietly.", "Hurricane Ida struck the
coast."): such a mention, with no role, is one a person pronoun never resolves to (issue #11,
sources)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.holiday_names import a_holiday_name
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.speakers import Speaker

PERSON = "PERSON"
# what the recogniser calls a name that is no one's: "Kashmir", "Hurricane Ida", "Dec 31"
NO_PEOPLE = frozenset(
    {"GPE", "LOC", "FAC", "EVENT", "DATE", "TIME", "NORP", "ORG", "WORK_OF_ART", "LAW", "PRODUCT"}
)


def no_person_named(subject: Token, speaker: Speaker, *, known: bool) -> bool:
    """A subject read as a person with no role, not ``known`` as one the report gave in full,
    that names no one a pronoun may stand for: the recogniser calls it a place, an event, a
    day or a body, or it is one word the recogniser does not call a person ("Tarvo was
    tense"), or calls one but the gazetteer knows as a place or the calendar as a holiday
    ("Eid passed off quietly")."""
    if speaker.kind != "person" or speaker.role or known:
        return False
    label = subject.ent_type_
    if label in NO_PEOPLE:
        return True
    name = speaker.name
    if " " in name:
        return False  # "Umm Saad said": a name the recogniser may miss
    return label != PERSON or bool(places.candidates(name)) or a_holiday_name(name)
