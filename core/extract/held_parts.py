"""The days of a sweep's parts: "Police have detained 14 suspects in raids since Sunday's
bombing. Two of those detained are foreigners. During the raids, police seized six rifles."
The part of the people held, and what the sweep's raids found, came on the days the count
of the sweep covers (Sunday to the telling), not on the incident's day alone, which is all
their own sentences would give them. A figure with a day of its own ("two of those detained
on Monday") keeps it; a count of people held in one day ("arrested five on Monday") hands on
that day alone."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.measures import lexicon
from core.model import Claim
from core.text.dates import Period

if TYPE_CHECKING:
    from spacy.tokens import Token

# the rule of a figure read as a part of a group counted before ("two of those detained")
PART_RULE = "part_of:"
HELD_MEASURE = "arrested"
# the counts whose days are a sweep's: people held, and the raids that held them
SWEEP_MEASURES = frozenset({HELD_MEASURE, "operations"})
# "during the raids", "in the operations": the sweep told before, named again
_WITHIN = frozenset({"during", "in"})
_DEFINITE = frozenset({"the", "these", "those"})


def held_days(claims: Sequence[Claim]) -> Period | None:
    """The days of the last count of people held or of raids among a sentence's ``claims``
    that is no part of another, if it gives any."""
    found: Period | None = None
    for claim in claims:
        start, end = claim.date_start, claim.date_end
        if claim.measure not in SWEEP_MEASURES or claim.rule.startswith(PART_RULE):
            continue
        if start is not None and end is not None:
            found = Period(start=start, end=end, text=claim.date_text or "")
    return found


def of_the_held(
    period: Period | None,
    figure: tuple[Token, str | None, str],
    held: Period | None,
    incident: Period | None,
) -> Period | None:
    """A part of the people held (``figure``: its anchor, measure and rule) or a figure of
    the sweep's raids named again ("seized six rifles during the raids"), dated only by the
    report's incident day, runs over the days of the sweep's count before (``held``) when
    those hold that day: "two of those detained were foreigners" after "have detained 14
    since Sunday". Any other period as it is."""
    anchor, measure, rule = figure
    if (
        period is None
        or held is None
        or incident is None
        or held.start == held.end
        or not period.start == period.end == incident.start == incident.end
        or not held.start <= period.start <= held.end
    ):
        return period
    part = measure == HELD_MEASURE and rule.startswith(PART_RULE)
    if not (part or _within_the_sweep(anchor)):
        return period
    return Period(start=held.start, end=held.end, text=period.text)


def _within_the_sweep(anchor: Token) -> bool:
    """The figure's clause names the raids told before: "during the raids", "in the
    operations" (a definite plural of a raid's noun)."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    nouns = lexicon().nouns
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in _WITHIN
        and noun.dep_ == "pobj"
        and noun.tag_ == "NNS"
        and nouns.get(noun.lemma_.lower()) == "operations"
        and any(d.lower_ in _DEFINITE for d in noun.children if d.dep_ == "det")
        for prep in verb.children
        for noun in prep.children
    )
