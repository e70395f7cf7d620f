"""The scene of a harm a follow-up sets by its day: "Authorities say the boy and his father had just
parked outside their house on Nov. 14 when two masked men attacked them", "the boy was walking home
on Nov. 14 when a gunman opened fire". The date is on what the victims were doing; the "when" clause
tells the attack, so the day is the incident's, weeks before a charge or an arrest the lead tells
(``incident_days``). Not "was visiting relatives on Nov. 14 when he found a gun" (what led up to
it), nor "were arrested on Nov. 28 when police raided a house"."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from core.extract.aftermath_dates import dates_aftermath, follow_up_word
from core.extract.incident_words import dates_harm, death_verb, harm_verbs
from core.rules import load_rules
from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_WHEN = "when"
_SINCE = re.compile(r"since\b", re.IGNORECASE)


@functools.cache
def _attack_verbs() -> tuple[frozenset[str], frozenset[tuple[str, str]]]:
    """The attack verbs of a scene's "when" clause (dates.json), one word or verb and object."""
    words: list[str] = load_rules("dates")["scene_attack_verbs"]
    single = frozenset(w for w in words if " " not in w)
    pairs = frozenset((w.split()[0], w.split()[1]) for w in words if " " in w)
    return single, pairs


def scene_of_harm(root: Token) -> bool:
    """The date sets the scene of a harm its "when" clause tells: on the verb the clause hangs
    on, or on the date itself ("on Nov. 14 when a gunman opened fire")."""
    verb = next((t for t in root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    clauses = [c for c in root.children if c.dep_ in ("relcl", "advcl")]
    if verb is not None:
        clauses += [c for c in verb.children if c.dep_ == "advcl" and c.i > root.i]
    return any(_when(c) and _attack(c) for c in clauses)


def _when(clause: Token) -> bool:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ == _WHEN for c in clause.children)


def _attack(verb: Token) -> bool:
    """The clause's verb tells a harm or an attack ("ambushed them", "opened fire")."""
    lemma = verb.lemma_.lower()
    if lemma in harm_verbs() or death_verb(verb):
        return True
    single, pairs = _attack_verbs()
    if lemma in single:
        return True
    return any((lemma, c.lower_) in pairs for c in verb.children if c.dep_ == "dobj")


def harm_since(found: list[tuple[Token, Period, bool]]) -> list[Period]:
    """The day of a harm a "since" clause tells, which the span it opens starts on: "had been
    in a coma since he was shot on Oct. 4" is the shooting's day, the incident's, however long
    before the death a late report tells."""
    return [
        Period(start=p.start, end=p.start, text=_SINCE.sub("", p.text).strip())
        for t, p, reported in found
        if not reported and p.start != p.end and _SINCE.match(p.text) and dates_harm(t)
    ]


# the words a fronted time adverbial opens a narrative's sentence with ("On the morning of
# July 14, ...")
_OPENING_WORDS = frozenset(
    {"on", "in", "the", "of", "early", "late", "morning", "afternoon", "evening", "night"}
)


def opening_scene_day(
    body: Iterable[tuple[Span, list[tuple[Token, Period, bool]]]], earliest: dt.date
) -> Period | None:
    """The day a follow-up's narrative opens on ("Records made public Monday tell how a girl
    shot herself. ... On the afternoon of June 2, her uncle was mowing the lawn"): the first
    sentence fronted by a single day since ``earliest``, the scene of the harm the lead told
    but did not date; not a day of what was said or what followed."""
    for sent, found in body:
        for tok, period, reported in found:
            if reported or period.start != period.end or period.start < earliest:
                continue
            if dates_aftermath(tok) or not _fronted(sent, tok):
                continue
            # "On Aug. 2, a grand jury declined to charge the parents": what followed
            return None if any(follow_up_word(t) for t in sent) else period
    return None


def _fronted(sent: Span, tok: Token) -> bool:
    """The date opens the sentence, set off by a comma before its clause."""
    words = sent.doc[sent.start : tok.i]
    after = tok.doc[tok.i + 1 : min(tok.i + 3, sent.end)]
    return all(w.lower_ in _OPENING_WORDS for w in words) and any(w.text == "," for w in after)
