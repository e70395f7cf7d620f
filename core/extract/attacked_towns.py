"""A town an attack was made on, named after its "on" ("killed 12 villagers in an attack on
Kaiama"): NER may take a small town's name for a person's; the gazetteer's town is the scene,
unless the text gave a person of that surname ("the attack on Rushdie"); and a group named
before an attack's noun, which is who struck."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.incident_words import incident_noun
from core.extract.name_roles import OWN_PRONOUNS, a_big_town, name_start
from core.extract.place_words import body_words, written_as_a_place
from core.text import places

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

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
        and _the_setting_of_a_count(prep.head, ent)
        and all(t.pos_ == "PROPN" and t.is_title for t in ent)
        and not any(t.lower_ in body_words() for t in ent)
        and not a_named_persons_surname(ent)
    )


def _the_setting_of_a_count(noun: Token, ent: Span) -> bool:
    """The attack a sentence's count is of: its setting ("killed 12 in an attack on X") or
    the subject of a verb with a count ("An airstrike on X killed 12 people"), not a deed a
    count is over ("arrested over a knife attack on Jackson": a person) nor one that harms no
    number ("the attack on X wounded him"). As the subject, only a big town's name in a
    sentence that gives no one his or her own people ("An attack on Hassan killed 2 of his
    bodyguards": a man; a small town's name is as often a person's)."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ in _SETTING_PREPS
    return (
        noun.dep_ == "nsubj"
        and any(
            c.dep_ == "dobj" and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
            for c in noun.head.children
        )
        and a_big_town(ent.text)
        and not any(t.lower_ in OWN_PRONOUNS for t in noun.sent)
    )


def a_named_persons_surname(ent: Span) -> bool:
    """ "the attack on Rushdie": the last word of a person's full name the text gave."""
    return any(
        other.label_ == "PERSON" and len(other) > 1 and other[-1].text == ent.text
        for other in ent.doc.ents
    )


def a_striking_group(names: Sequence[Token], *, bodies: bool = True) -> bool:
    """ "in a Taliban ambush", "an Al-Shabab attack": the names before an attack's noun are a
    people's or a group's (NORP) the gazetteer knows no place written so ("a Shopian
    encounter" is in the town; a village "Shabab" is no "Al-Shabab"), or (``bodies``) a
    body's it knows no place by at all ("a Karachi blast" is in Karachi): who struck, not
    where."""
    if not names or not incident_noun(names[-1].head):
        return False
    text = names[0].doc[name_start(names[0]) : names[-1].i + 1].text
    if all(n.ent_type_ == "NORP" for n in names):
        return not written_as_a_place(text)
    return bodies and all(n.ent_type_ in ("ORG", "NORP") for n in names) and (
        not places.candidates(text)
    )
