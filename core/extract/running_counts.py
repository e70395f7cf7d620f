"""A count still running when told: "twelve have been arrested so far in connection with
Sunday's violence", "four people have now died in Tuesday's shooting". It counts what
happened from its incident's day up to the day the report tells it (the day of the briefing
the sentence names, else the day of publication), not the incident's day alone. The words
that keep a count running live in ``core/rules/dates.json`` ("running_adverbs")."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.aftermath_dates import custody_verb
from core.extract.announced_arrests import announced_arrest
from core.extract.brought_tolls import standing_verbs
from core.extract.cues import cues
from core.extract.date_clauses import running_span
from core.extract.elided_perfects import perfect_holder
from core.extract.incident_words import death_verbs, incident_noun
from core.rules import load_rules
from core.text.dates import Period
from core.text.periods import counts_over

if TYPE_CHECKING:
    from spacy.tokens import Token


# "twenty have been arrested so far, including four ...": the part is of the running count
PART_PREPOSITIONS = frozenset({"including", "among"})


@functools.cache
def _running_words() -> tuple[frozenset[str], frozenset[str]]:
    """(adverbs that keep any count running, ones that do so only with a present perfect)."""
    raw = load_rules("dates")
    return frozenset(raw["running_adverbs"]), frozenset(raw["running_perfect_adverbs"])


def running_count(anchor: Token) -> bool:
    """The figure's verb is told as running up to now: "so far", "till now", "to date" on
    it, "now" on a present perfect ("have now died"), on custody ("are now in custody") or
    on a total that stands ("the toll now stands at 15"),
    a perfect "since the attack"; a past perfect only as told back in reported speech
    ("said six had now been arrested"), not "had arrested five so far by then"; nor a clause
    of its own below the figure's. A part of a running
    count ("..., including four who were held in Dalpur") runs with it, unless the part
    gives its own day ("..., including three nabbed on Sunday")."""
    part = next(
        (
            t
            for t in (anchor, *anchor.ancestors)
            if t.dep_ == "pobj" and t.head.lower_ in PART_PREPOSITIONS
        ),
        None,
    )
    if part is not None:
        if any(t.ent_type_ == "DATE" for t in part.subtree):
            return False  # "..., including three nabbed on Sunday": the part's own day
        anchor = part.head.head
    verb = next((t for t in (anchor, *anchor.ancestors) if _clause_verb(t)), None)
    if verb is None:
        return False
    aux = [c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if any(c.tag_ == "VBD" for c in aux) and not _backshifted(verb):
        return False
    always, perfect = _running_words()
    told = _clause_text(verb)
    if any(_has(told, w) for w in always) or _since_incident(verb, anchor):
        return True
    if not any(_has(told, w) for w in perfect):
        return _held(verb)
    return (bool(aux) and verb.tag_ == "VBN") or _held_now(verb) or _standing_now(verb)


def _standing_now(verb: Token) -> bool:
    """ "The death toll now stands at 15", "officials said the number held now stood at 60":
    a total that stands "now" (a present tense, or one told back) counts every happening
    from the incident up to the telling, not a restatement of the incident's day."""
    if verb.lemma_.lower() not in standing_verbs():
        return False
    return verb.tag_ in _PRESENT or (verb.tag_ == "VBD" and _told_back(verb))


# the states of custody a present tense tells: "nine men are in custody", "remain in custody"
_HELD_STATES = frozenset({"custody"})
_HELD_VERBS = frozenset({"be", "remain", "have", "hold"})


def _held(verb: Token) -> bool:
    """ "Nine men are in custody after six raids", "we have nine men in custody": a present
    tense of a custody state, or one told back ("said nine were in custody"), counts everyone
    held up to the telling (not "were taken into custody on Monday", an arrest of its day)."""
    if verb.lemma_.lower() not in _HELD_VERBS:
        return False
    # "police said 23 suspects were in custody": the present told back
    if verb.tag_ not in _PRESENT and not (verb.tag_ == "VBD" and _told_back(verb)):
        return False
    # a clause anywhere below tells its own deed's time ("over a shooting that killed two on
    # Saturday"), not the arrests'
    skipped = {
        t.i for c in verb.subtree if c.i != verb.i and c.dep_ in _OWN_CLAUSES for t in c.subtree
    }
    return any(
        t.dep_ == "pobj" and t.head.lower_ == "in" and t.lemma_.lower() in _HELD_STATES
        for t in verb.subtree
        if t.i not in skipped
    )


# present tenses: "are now in custody", "now have two men in custody"
_PRESENT = frozenset({"VBP", "VBZ"})


def _held_now(verb: Token) -> bool:
    """ "Two men are now in custody", "police now have two men in custody", "police said two
    men were now in custody": "now" on a present tense of custody counts everyone held up to
    now, each arrest since the incident."""
    # "police said two men were now in custody": the present told back
    if verb.tag_ not in _PRESENT and not (verb.tag_ == "VBD" and _backshifted(verb)):
        return False
    # a clause anywhere below tells its own deed's time ("over a shooting that killed two on
    # Saturday"), not the arrests'
    skipped = {
        t.i for c in verb.subtree if c.i != verb.i and c.dep_ in _OWN_CLAUSES for t in c.subtree
    }
    return any(custody_verb(t) for t in verb.subtree if t.i not in skipped)


def kept_since_incident(anchor: Token) -> bool:
    """The figure counts what was done since the report's incident ("police have detained
    six suspects since the attack"): the count starts on the incident's day, whatever day
    the sentences before told."""
    verb = next((t for t in (anchor, *anchor.ancestors) if _clause_verb(t)), None)
    return verb is not None and _since_incident(verb, anchor)


# what a perfect counts its figure from: "have detained six since (after, following) the attack"
SINCE_PREPOSITIONS = frozenset({"since", "after", "following"})
SINCE_ONLY = frozenset({"since"})


def _since_incident(verb: Token, anchor: Token) -> bool:
    """ "have detained six suspects since (after, following) the attack": a count kept up
    from the incident on (a perfect, or one told back: "said they had detained six since the
    bombing")."""
    if not any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    # "a man has died after a shooting on Saturday": the harm that caused a death, whose day
    # dates it (only "since" runs a death toll on from the incident)
    preps = SINCE_ONLY if verb.lemma_.lower() in death_verbs() else SINCE_PREPOSITIONS
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(incident_noun(g) for g in c.children)
        and anchor.i not in {t.i for t in c.subtree}  # "since the slaying of a man, 60"
        for c in verb.children
    )


def _clause_verb(tok: Token) -> bool:
    """A verb, or a copula that heads its clause ("three men are now in custody")."""
    return tok.pos_ == "VERB" or (tok.pos_ == "AUX" and tok.dep_ not in ("aux", "auxpass"))


def _told_back(verb: Token) -> bool:
    """The verb, or the first of the clauses it is joined to ("said that 11 had died and 23
    were in custody"), is a past in the clause of a past reporting verb (``_backshifted``)."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head
    return _backshifted(verb)


def _backshifted(verb: Token) -> bool:
    """A past perfect in the clause of a past reporting verb is the speaker's present
    perfect told back: "police said six suspects had now been arrested" (said: "have now
    been arrested"), also after a participle of telling ("..., adding that six had been
    arrested"), unless the clause gives a time of its own ("had been arrested by then")."""
    if verb.dep_ != "ccomp" or not _past_telling(verb.head):
        return False
    return not any(t.lower_ == "then" for t in verb.subtree)


def _past_telling(speech: Token) -> bool:
    """A past verb of telling ("said"), or a participle of telling hung on one or on the
    past its clause tells ("said ..., adding that six had been arrested", "said seven died,
    adding that ..."): the clause below it is told back."""
    telling = cues().attributing
    if speech.lemma_.lower() not in telling:
        return False
    if speech.tag_ == "VBD":
        return True
    if speech.tag_ != "VBG" or speech.dep_ != "advcl":
        return False
    head = speech.head
    if head.dep_ == "ccomp" and head.lemma_.lower() not in telling:
        head = head.head  # "said seven died, adding ...": "adding" hung on "died"
    return head.tag_ == "VBD" and head.lemma_.lower() in telling


# the clauses of their own below a verb, whose words are not the verb's
_OWN_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "conj", "acl", "xcomp", "parataxis"})


def _clause_text(verb: Token) -> str:
    """The words of the verb's own clause, lower case, with no clause of its own below it
    nor a part ("including ...")."""
    skipped: set[int] = set()
    for below in verb.subtree:
        if below.i != verb.i and (below.dep_ in _OWN_CLAUSES or below.lower_ in PART_PREPOSITIONS):
            skipped.update(range(below.left_edge.i, below.right_edge.i + 1))
    words = [t.lower_ for t in verb.subtree if t.i not in skipped]
    return f" {' '.join(words)} "


def _has(text: str, phrase: str) -> bool:
    return f" {phrase} " in text


def counted_in_running(anchor: Token, periods: list[tuple[Token, Period, bool]]) -> Period | None:
    """The span of the incidents a figure is counted in when those run over one: "45
    shootings have been reported so far this year, in which 38 people were killed", "38 were
    killed in 45 shootings reported so far this year". A single incident ("the 14th shooting
    this year, in which two died") is the one it names."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ == "VERB"), None)
    if verb is None:
        return None
    while verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        verb = verb.head  # "in which 38 were killed and 30 injured"
    incidents: list[tuple[Token, Token]] = []  # (the incidents' noun, the verb dating them)
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN":
        incidents.append((verb.head, verb.head.head))
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            incidents += [
                (noun, acl)
                for noun in prep.children
                if noun.dep_ == "pobj"
                for acl in noun.children
                if acl.dep_ in ("acl", "relcl")
            ]
    # a span is never the day of a report: "45 shootings have been reported so far this year"
    spans = [
        p
        for t, p, _ in periods
        if (counts_over(p) or running_span(p))
        and any(_verb_of(t) == dater.i and _many(noun) for noun, dater in incidents)
    ]
    return spans[0] if len(spans) == 1 else None


def _verb_of(date: Token) -> int | None:
    """The verb a date hangs on, through the words the parser hangs it on first ("so far
    this year": "year" on "far")."""
    return next((t.i for t in date.ancestors if t.pos_ == "VERB"), None)


def _many(noun: Token) -> bool:
    """A plural noun, or one counted by more than one: many incidents, not one."""
    return noun.tag_ in ("NNS", "NNPS")


def held_up_to_now(anchor: Token, told_at: Sequence[Token] = ()) -> bool:
    """ "Fourteen people have been picked up in nine raids", "police have detained six": a
    count of people held told in the present perfect, with no time of its own, counts every
    arrest from the incident up to the telling (not "have arrested two on Monday"). A date of
    the telling (``told_at``: the roots of the sentence's report days) that the parser hangs on
    the clause ("police said on Wednesday they had arrested 12") is no time of its own."""
    verb = next((t for t in (anchor, *anchor.ancestors) if _clause_verb(t)), None)
    # "they had registered 45 cases and arrested 78": the conjunct shares the "had"
    holder = (perfect_holder(verb) or verb) if verb is not None else None
    if verb is None or holder is None or holder.tag_ != "VBN":
        return False
    aux = [c for c in holder.children if c.dep_ == "aux" and c.lemma_ == "have"]
    if not aux or not all(c.tag_ in _PRESENT or _backshifted(holder) for c in aux):
        return False
    # a clause anywhere below tells its own deed's time ("over a shooting that killed two on
    # Saturday"), not the arrests'
    skipped = {
        t.i for c in verb.subtree if c.i != verb.i and c.dep_ in _OWN_CLAUSES for t in c.subtree
    }
    skipped |= _entity_tokens(told_at)
    return not any(
        t.ent_type_ in _TIMES or t.lower_ in _THEN for t in verb.subtree if t.i not in skipped
    )


def _entity_tokens(roots: Sequence[Token]) -> set[int]:
    """The tokens of the entities the ``roots`` stand in."""
    found: set[int] = set()
    for root in roots:
        ent = next((e for e in root.sent.ents if e.start <= root.i < e.end), None)
        found.update(range(ent.start, ent.end) if ent is not None else (root.i,))
    return found


_TIMES = frozenset({"DATE", "TIME"})
_THEN = frozenset({"then", "earlier", "later"})


def to_report_day(
    period: Period | None,
    anchor: Token,
    reported: list[Period],
    published: dt.date | None,
    *,
    held: bool = False,
    told_at: Sequence[Token] = (),
) -> Period | None:
    """A running count's period from its start to the day it is told: the latest report day
    of its sentence ("police said on Tuesday") not before the period, else the publication
    day. A period that already reaches that day, or one told of another time, stays. ``held``:
    the figure counts people held, whose perfect runs up to the telling (``held_up_to_now``;
    ``told_at``: the roots of the report days), as an arrest announced does ("announced the
    arrest of four")."""
    if period is None:
        return period
    running = running_count(anchor)
    if not running and not (
        held and (held_up_to_now(anchor, told_at) or announced_arrest(anchor))
    ):
        return period
    # "said on Monday they had arrested 40", the arrests read on Monday: told that day
    days = [p.end for p in reported if p.start == p.end and period.end <= p.end]
    # "the police said last month they had held 23": told within a month, up to its end
    days += [p.end for p in reported if p.start < period.end <= p.end]
    told = max(days) if days else published
    if told is None or told <= period.end:
        return period
    if not running and (told - period.end).days < SWEEP_DAYS:
        return period  # held by the next day: the incident's own arrests
    return Period(start=period.start, end=told, text=period.text)


# the days from the incident to the telling over which a perfect of people held is a sweep
SWEEP_DAYS = 2
