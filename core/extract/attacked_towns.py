"""A town an attack was made on, named after its "on" ("killed 12 villagers in an attack on
Kaiama"): NER may take a small town's name for a person's; the gazetteer's town is the scene,
unless the text gave a person of that surname ("the attack on Rushdie"); and a group named
before an attack's noun, which is who struck."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.incident_words import incident_noun
from core.extract.place_roles import body_words
from core.extract.place_words import written_as_a_place

if TYPE_CHECKING:
    from spacy.tokens import Span

_SETTING_PREPS = frozenset({"in", "during"})


def an_attacks_target(ent: Span) -> bool:
    """ "killed 8 in a raid on Kaiama": a name after an attack's "on", which NER took for a
    person's; the town attacked is the scene (not "an attack on Police Chief X": a title)."""
    root = ent.root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "on"
        and ent.start == prep.i + 1  # not "an attack on Mayor X", "on opposition leader X"
        and incident_noun(prep.head)
        # the setting of the sentence's harm ("killed 12 in an attack on X"), not a deed a
        # count is over ("arrested over a knife attack on Jackson": a person)
        and prep.head.dep_ == "pobj"
        and prep.head.head.lower_ in _SETTING_PREPS
        and all(t.pos_ == "PROPN" and t.is_title for t in ent)
        and not any(t.lower_ in body_words() for t in ent)
        and not _a_named_persons_surname(ent)
    )


def _a_named_persons_surname(ent: Span) -> bool:
    """ "the attack on Rushdie": the last word of a person's full name the text gave."""
    return any(
        other.label_ == "PERSON" and len(other) > 1 and other[-1].text == ent.text
        for other in ent.doc.ents
    )


def a_striking_group(ent: Span) -> bool:
    """ "in an Al-Shabab attack": a people's or a group's name (NORP) before an attack's noun
    is who struck, not where; unless a place is written so ("a Shopian encounter")."""
    return (
        ent.label_ == "NORP"
        and ent.root.dep_ == "compound"
        and incident_noun(ent.root.head)
        and not written_as_a_place(ent.text)
    )
