"""A toll a later death brings up: "another passenger died on Monday, bringing the death toll
in the attack to five". The five counts every death since the incident, so it spans the
incident's day up to the day the sentence dates, not that later day alone; so do bodies found
after the incident ("the bodies of two more hostages were found on Monday"), who died between.
The verbs and the nouns live in ``core/rules/dates.json`` ("toll_bringing_verbs",
"toll_nouns", "body_nouns", "finding_verbs")."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import load_rules
from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.tokens import Token

# a toll brought up counts the deaths of the days after its incident, a few weeks at most
TOLL_REACH_DAYS = 60


@functools.cache
def _toll_words() -> tuple[frozenset[str], frozenset[str]]:
    """(verbs that bring a toll to a figure, nouns of a toll)."""
    raw = load_rules("dates")
    return frozenset(raw["toll_bringing_verbs"]), frozenset(raw["toll_nouns"])


@functools.cache
def moving_verbs() -> frozenset[str]:
    """Verbs a toll moves by ("rose to 41", "climbed to 12"; dates.json ``toll_moves``)."""
    return frozenset(load_rules("dates")["toll_moves"])


@functools.cache
def _phrasal_moves() -> dict[str, str]:
    """Verbs a toll moves by only with their particle ("went up to 19"; ``toll_moves_phrasal``)."""
    return {str(k): str(v) for k, v in load_rules("dates")["toll_moves_phrasal"].items()}


def moves_toll(verb: Token) -> bool:
    """The verb moves a total to a figure: "rose to 41", or a phrasal verb with its particle
    right before "to" ("went up to 19", "had gone up to nine"; "went up in flames" moves none)."""
    lemma = verb.lemma_.lower()
    if lemma in moving_verbs():
        return True
    particle = _phrasal_moves().get(lemma)
    return particle is not None and any(
        c.lower_ == particle
        and c.i > verb.i
        and c.i + 1 < len(c.doc)
        and c.doc[c.i + 1].lower_ == "to"
        for c in verb.children
    )


@functools.cache
def standing_verbs() -> frozenset[str]:
    """Verbs a toll stands at, restating its count ("stood at 41"; ``toll_standing``)."""
    return frozenset(load_rules("dates")["toll_standing"])


def brings_toll(anchor: Token) -> bool:
    """The figure is what a toll is brought to: "bringing the toll to five", "raised the
    number of dead to 12" (the figure after "to", the toll the verb's object). The anchor is
    the figure or the verb it hangs on."""
    return brought_toll(anchor) is not None


def brought_toll(anchor: Token) -> Token | None:
    """The toll noun ``brings_toll`` finds ("the death toll" of "bringing the death toll to
    five"), or None."""
    verbs, nouns = _toll_words()
    verb = brought_within(anchor)  # "to 52,400" hung on the participle of "the number killed"
    if verb is None:
        verb = anchor.head.head if anchor.dep_ == "pobj" and anchor.head.lower_ == "to" else anchor
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return None
    toll = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
    if toll is None:
        return None
    brought = any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children) or any(
        t.dep_ == "prep" and t.lower_ == "to" and any(o.like_num for o in t.children)
        for t in toll.subtree
    )  # "bringing the number killed in X since May to 52,400": "to" on the participle
    return toll if brought else None


@functools.cache
def _finding_words() -> tuple[frozenset[str], frozenset[str]]:
    """(nouns of the dead found, verbs that find them)."""
    raw = load_rules("dates")
    return frozenset(raw["body_nouns"]), frozenset(raw["finding_verbs"])


def finds_bodies(anchor: Token) -> bool:
    """The figure counts bodies found: "police recovered the bodies of three men", "the
    bodies of two more hostages were found", a headline's "bodies of two more found"."""
    nouns, verbs = _finding_words()
    if anchor.lemma_.lower() not in nouns:
        return False
    return anchor.head.lemma_.lower() in verbs or any(
        t.dep_ in ("acl", "relcl") and t.lemma_.lower() in verbs for t in anchor.subtree
    )


def finding_verb(verb: Token) -> bool:
    """ "eight more bodies were found on Friday", "rescuers recovered two bodies": a verb
    that finds the dead, its subject or object a body."""
    nouns, verbs = _finding_words()
    return verb.lemma_.lower() in verbs and any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in nouns
        for c in verb.children
    )


def brought_within(anchor: Token) -> Token | None:
    """ "bringing the number of people arrested in the sweep to 25": the parser may hang "to"
    on a participle inside the toll's own phrase; the verb that brings the toll, if so."""
    if anchor.dep_ != "pobj" or anchor.head.lower_ != "to":
        return None
    verbs, nouns = _toll_words()
    toll = next((t for t in anchor.head.ancestors if t.dep_ == "dobj"), None)
    if toll is None or toll.lemma_.lower() not in nouns:
        return None
    verb = toll.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in verbs:
        return None
    return verb


def toll_brought_span(
    period: Period | None, anchor: Token, incident: Period | None, *, told: bool = False
) -> Period | None:
    """The span from the incident's day to the day a toll brought up, or bodies found, are
    dated on, for such a figure dated after its incident; else ``period`` as it is. Bodies
    found span only from a day the report has ``told`` its incident on by then (the lead's
    "abducted on Thursday"): a day read further down may be another incident's."""
    if (
        period is None
        or incident is None
        or incident.start != incident.end
        or not 0 < (period.end - incident.start).days <= TOLL_REACH_DAYS
        or period.start <= incident.start
        or not (brings_toll(anchor) or (told and finds_bodies(anchor)))
    ):
        return period
    return Period(start=incident.start, end=period.end, text=period.text)
