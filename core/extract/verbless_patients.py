"""A figure with no verb of its own whose own "in" phrase says it is in care or in a patient's
condition, set after a toll: "The blast killed 14 people, with 9 in hospital", "Fourteen dead,
9 in hospital", "killed 14, with nine others still in hospital", "with two in critical
condition". Those are patients, hurt; the figure borrowed the toll before it (an ellipsis)
only when nothing said what befell it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.care import in_condition, life_support
from core.extract.condition_counts import COUNT_RULE
from core.extract.measures import Reading, lexicon
from core.extract.told_patients import grave_unit
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

RULE = "in_care"
WITH = "with"
_IN = "in"
_ON = "on"  # "with three on ventilators"
# the roles of a figure set beside a toll without a verb: "with 9 in hospital" (pobj),
# "14 dead, 9 in hospital" (appos), the parser's stray attachments
_VERBLESS = frozenset({"pobj", "appos", "npadvmod", "conj", "ROOT"})
_OWN_CLAUSES = frozenset({"acl", "relcl"})


def verbless_patient(node: Token) -> Reading | None:
    """Hurt: a bare figure ("9") or a counted noun ("nine others") after "with" or beside a
    figure, whose own "in" phrase names a place of care or a patient's condition."""
    if not _counted(node):
        return None
    if node.dep_ == "nsubj" and _in_care(node.head):
        # "with nine others still in hospital": the parser's small clause, the "in" its head
        return Reading(measure="injured", anchor=node, rule=RULE)
    if node.dep_ == "nsubj" and _a_condition(node.head):
        # "two of them critical", "with two critical": the condition the small clause's head
        return Reading(measure="injured", anchor=node, rule=COUNT_RULE)
    if node.dep_ not in _VERBLESS:
        return None
    if node.dep_ == "pobj" and node.head.lower_ != WITH:
        return None  # "killed in 9 hospitals", "among 9 in hospital": no state of its own
    if any(c.dep_ in _OWN_CLAUSES for c in node.children):
        return None  # "with 9 taken to hospital": its own verb reads it
    if in_condition(node):  # "one dead, one in critical condition": read so by its state
        return Reading(measure="injured", anchor=node, rule=COUNT_RULE)
    if not any(_in_care(c) for c in node.children) or _part_of_toll(node):
        return None
    return Reading(measure="injured", anchor=node, rule=RULE)


# "seven of them in hospital": a part taken of the toll just told, by a pronoun
_OF = "of"
_PART_PRONOUNS = frozenset({"them", "those", "whom"})
# "five at the scene and seven in hospital": where each part of a toll died
_DEATH_PLACE_PREPS = frozenset({"at", "on"})


def _part_of_toll(node: Token) -> bool:
    """A part of the dead told by where it died, no patients: "killed 12 people, seven of them
    in hospital" (a part taken by "of" a pronoun), "five at the scene and seven in hospital" or
    "4 on the spot and 5 in hospital", "6 in Rafah and 9 in hospital" (the toll split, another
    part told at, on or in its place)."""
    if any(
        p.dep_ == "prep" and p.lower_ == _OF
        and any(o.dep_ == "pobj" and o.lower_ in _PART_PRONOUNS for o in p.children)
        for p in node.children
    ):
        return True
    first = node.head if node.dep_ == "conj" else node
    parts = [first, *(c for c in first.children if c.dep_ == "conj")]
    return any(
        part is not node and _counted(part)
        and any(
            c.dep_ == "prep" and (c.lower_ in _DEATH_PLACE_PREPS or _in_named_place(c))
            and not _cared_at(c)
            for c in part.children
        )
        for part in parts
    )


def _in_named_place(prep: Token) -> bool:
    """ "6 in Rafah": a part of a toll told by the town it died in (not "2 in custody")."""
    return prep.lower_ == _IN and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children
    )


def _cared_at(prep: Token) -> bool:
    """ "at a clinic", "at home": a place of care or of recovery, no place a part died at."""
    places = lexicon().care_places | word_set("measures", "recovery_places")
    return any(o.dep_ == "pobj" and o.lemma_.lower() in places for o in prep.children)


# no small clause's head: a verb's complement ("were critical"), or an adjective the parser
# hung on a comma as a preposition, which the readers before this one read
_NO_CLAUSE = frozenset({"acomp", "prep"})


def _a_condition(word: Token) -> bool:
    """A patient's condition as a bare adjective, no verb's complement ("critical"), nor one
    with a complement of its own that makes it a judgement ("critical of the government",
    "critical to the supply")."""
    if word.pos_ != "ADJ" or word.dep_ in _NO_CLAUSE:
        return False
    judged = word_set("measures", "condition_complements")
    return word.lower_ in lexicon().condition_words and not any(
        c.dep_ == "prep" and c.lower_ in judged for c in word.children
    )


def _counted(node: Token) -> bool:
    """A number alone, or a noun a numeral counts ("nine others", "two people")."""
    return node.like_num or (
        node.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in node.children)
    )


def _in_care(prep: Token) -> bool:
    """ "in hospital", "in the hospital", "in a nearby clinic": the place its object names is
    one of care itself, not a thing named after one ("in a hospital raid"); so is a unit of
    the gravely hurt ("in intensive care", "in the burns unit"), and a machine that keeps a
    patient breathing ("on ventilators", "on life support")."""
    if prep.dep_ != "prep" or prep.lower_ not in (_IN, _ON):
        return False
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    if prep.lower_ == _ON:
        return any(_kept_breathing(o) for o in objects)
    places = lexicon().care_places
    return any(
        o.lemma_.lower() in places or o.lower_ in places or grave_unit(o) for o in objects
    )


def _kept_breathing(thing: Token) -> bool:
    """ "ventilators", "a respirator", "life support": what a patient is kept alive on."""
    if thing.lemma_.lower() in word_set("measures", "support_machines"):
        return True
    return life_support(thing)
