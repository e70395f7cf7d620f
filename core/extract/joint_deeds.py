"""Deeds told in one stroke: "troops killed five and detained three in a raid on Sunday
night" tells two deeds of one operation, and the day trailing them dates both, though the
parser hangs it on the last verb only; so does its passive, the outcome counted conjunct by
conjunct ("five were killed and three others were detained in a raid on Sunday night").

``figure_periods`` asks ``shares_day`` before it sets aside a date that governs a custody verb
(the day of an arrest that followed an incident dates no harm of it); ``incident_days`` asks
``dates_joint_harm`` before it takes such a date for no day of the lead's incident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.incident_words import _governor, harm_verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_PASSIVE = frozenset({"auxpass", "nsubjpass"})


def shares_day(date: Token, anchor: Token) -> bool:
    """The date trails a coordination of verbs that share one active subject, the figure's
    verb and the one the date hangs on, which takes others into custody: "police shot dead
    two robbers and arrested three in the market on Friday" dates the two too. Not "the
    gunman killed five and was arrested on Friday" (the doer held later), "killed five and
    gave himself up on Friday", nor "killed five; police arrested three on Friday" (a
    subject of its own)."""
    verb = _governor(date)
    deed = _verb_of(anchor)
    if deed is None or verb.i == deed.i or date.i < verb.i or verb.pos_ not in _VERBS:
        return False
    if _counted_outcomes(deed, verb):
        return True
    if not _conjoined(deed, verb):
        return False
    return _active(deed) and _active(verb) and _holds_others(verb)


def _counted_outcomes(deed: Token, verb: Token) -> bool:
    """The passive of one stroke: each conjunct counts its own people ("five rebels were
    killed and three others were detained ... on Sunday night"), the outcome of one operation
    told part by part. Not "five were killed and the gunman was arrested on Friday" (the doer
    held, maybe later), nor a conjunct with a time word of its own ("and three were later
    arrested")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in _VERBS:
        return False
    first = verb.head
    if not (deed.i == first.i or (deed.dep_ == "conj" and deed.head.i == first.i)):
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _LATER for c in verb.children):
        return False
    return _counted_passive(deed) and _counted_passive(verb)


# "and three were later detained": a deed told as following the first
_LATER = frozenset({"later", "subsequently", "then", "afterwards", "eventually"})


def _counted_passive(verb: Token) -> bool:
    """A passive verb whose subject is counted: "five rebels were killed", "three others were
    detained"."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return len(subjects) == 1 and any(
        t.like_num and t.ent_type_ in ("", "CARDINAL") for t in subjects[0].subtree
    )


def dates_joint_harm(date: Token) -> bool:
    """The date, hung on a custody verb, is shared by a harm told in the same stroke: "troops
    killed five and detained three in a raid on Sunday" tells the killing's day."""
    verb = _governor(date)
    if verb.dep_ != "conj":
        return False
    first = verb.head
    deeds = [first, *(c for c in first.children if c.dep_ == "conj" and c.i != verb.i)]
    return any(d.lemma_.lower() in harm_verbs() and shares_day(date, d) for d in deeds)


def _verb_of(anchor: Token) -> Token | None:
    """The verb the figure's clause tells its harm by: the anchor, or the nearest verb above."""
    return next((t for t in (anchor, *anchor.ancestors) if t.pos_ in _VERBS), None)


def _conjoined(deed: Token, verb: Token) -> bool:
    """The date's verb is a conjunct of the figure's ("killed ... and detained"), or both
    are conjuncts of one first verb ("killed ..., wounded ... and detained ...")."""
    if verb.dep_ != "conj" or verb.head.pos_ not in _VERBS:
        return False
    # joined straight after "and" or a comma: not "... and police arrested", where the parser
    # took "police" for a second object, nor "and later arrested"
    if verb.left_edge.i != verb.i or verb.doc[verb.i - 1].dep_ not in ("cc", "punct"):
        return False
    first = verb.head
    return deed.i == first.i or (deed.dep_ == "conj" and deed.head.i == first.i)


def _active(verb: Token) -> bool:
    """An active verb: no passive subject or auxiliary ("was arrested")."""
    return not any(c.dep_ in _PASSIVE for c in verb.children)


def _holds_others(verb: Token) -> bool:
    """The conjunct takes someone into custody and has no subject of its own: an object that
    is not the doer himself ("detained three", not "turned himself in")."""
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any("Yes" in o.morph.get("Reflex", []) for o in objects)
