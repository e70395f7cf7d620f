"""One more victim told by rank: "A fourth man has died after the shooting", "a third worker
died of his burns on Wednesday". The ordinal says how many the harm has reached, as "the death
toll rose to four" does: the figure is the toll, four, not one more death. A count before of
the same harm one short of the rank ("Three men were shot dead ... A fourth man has died") is
the toll it moves on from; a count of another harm ("Two were killed and a third was
injured") ranks the person among all victims, and the person stays one. Arrests stay one ("a
second suspect was arrested"): the checker's count of arrests is the people named. An ordinal
of a name or a title ("a Second World War veteran", "a second lieutenant") ranks no victim,
and a victim of a sentence that tells another incident ("a second man was shot dead in an
unrelated attack") is the one of that incident, as is one ranked in a series over a stretch
("a second officer killed in the line of duty this month")."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.incident_words import apart_words
from core.extract.victim_mentions import FIRST_RANK, INDEFINITE, text_rank
from core.extract.victim_names import CASUALTY_MEASURES, Found
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure


def ranked_toll(
    found: Found,
    before: Sequence[tuple[str, str, float]],
    here: Sequence[tuple[Measure | None, float]],
) -> Found:
    """The figure of one victim ranked by an ordinal, as the toll its rank gives when nothing
    counted before (``before``: the report's casualty counts, id, measure, value; ``here``:
    the sentence's other figures, measure, value) ranks them otherwise: none counted at all,
    or the largest count of their harm one short of the rank, and no other harm counted in
    their sentence."""
    amount, reading = found[0], found[3]
    measure = reading.measure
    if amount.value != 1 or measure not in CASUALTY_MEASURES:
        return found
    if not reading.rule.startswith(INDEFINITE):
        return found
    rank = _rank(reading.noun)
    if rank <= FIRST_RANK or (reading.noun is not None and _apart(reading.noun)):
        return found
    if any(m in CASUALTY_MEASURES and m != measure for m, _ in here):
        return found  # "Two were killed and a third was injured": a third victim, hurt
    counts = [v for m, v in here if m == measure]
    counts += [v for _, m, v in before if m == measure]
    others = any(m in CASUALTY_MEASURES and m != measure for _, m, _ in before)
    if (counts and max(counts) != rank - 1) or (others and not counts):
        return found
    toll = dataclasses.replace(amount, value=float(rank), low=float(rank), high=float(rank))
    return (toll, *found[1:])


def _rank(noun: Token | None) -> float:
    """ "a *fourth* man", "a *5th* victim": the rank the ordinal before the noun gives (not
    "a 4th Street resident", whose ordinal names a street), or 0."""
    if noun is None:
        return 0
    return max(
        (text_rank(c.lower_) for c in noun.children
         if c.i < noun.i and c.dep_ in ("amod", "nummod") and not _of_a_name(c, noun)),
        default=0,
    )


def _of_a_name(ordinal: Token, noun: Token) -> bool:
    """ "a *Second* World War veteran", "a *second* lieutenant": an ordinal that is part of a
    name (title-cased inside the sentence before a noun that is not) or of a title
    (``ordinal_titles``), no rank among victims; "a third Palestinian" and a headline's "A
    Second Victim Dies" rank."""
    named = ordinal.is_title and ordinal.i > ordinal.sent.start and not noun.is_title
    return named or noun.lower_ in word_set("measures", "ordinal_titles")


def _apart(noun: Token) -> bool:
    """ "A second man was shot dead *in an unrelated attack*", "a third trader was killed in
    *a separate shooting*": the sentence tells another incident (``separate`` of
    event_types.json, its phrases of a time apart, "days after", left out), whose victim
    is its own one; "a second officer was killed in the line of duty *this month*" ranks
    the victim in a series over a stretch (``ordinal_series_spans``), not in a toll."""
    words = noun.sent.text.lower()
    return any(
        w in words for w in apart_words() if not _TIME_APART.intersection(w.split())
    ) or any(w in words for w in word_set("measures", "ordinal_series_spans"))


_TIME_APART = frozenset({"after", "before"})  # "died two days after the shooting": its toll
