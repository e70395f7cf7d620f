"""How much one figure counts: its kind and family of incident, whether it is a period total
or one incident, and the sentences that count attacks or operations over weeks (every figure
in them is part of that statistic)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache

from core.group.figure_words import infer_kind
from core.group.periods import LONG_DAYS, SHORT_DAYS, TOTAL_MIN_DAYS
from core.group.report_ties import PROTEST
from core.group.running_tallies import running_tally
from core.group.vocabulary import SentenceInfo, rules
from core.model import Claim
from core.rules import load_rules


@cache
def _crowd_kinds() -> frozenset[str]:
    """``rules/event_types.json`` "crowd_kinds": kinds that, in a sentence naming a protest,
    are the protest's ("a clash between protesters and police"), not a military clash."""
    return frozenset(load_rules("event_types")["crowd_kinds"])


def counting_sentences(claims: Sequence[Claim]) -> set[tuple[str, int]]:
    """Sentences that count attacks or operations over weeks or more ("71 attacks in
    November"): every figure in them is part of that statistic ("... and 127 deaths")."""
    return {
        (c.document_id, c.sentence_start)
        for c in claims
        if c.measure in ("attacks", "operations")
        and c.date_start
        and c.date_end
        and (c.date_end - c.date_start).days + 1 > TOTAL_MIN_DAYS
    }


def counted_periods(claims: Sequence[Claim]) -> set[tuple[str, int, int]]:
    """The periods (document, first and last day as ordinals) over which a report counts
    attacks or operations over weeks or more: a figure of that report over the very same days
    is a part of its statistic ("96 attacks in January ... among the dead of the month were 47
    civilians"; "troops killed 160 rebels during the month")."""
    return {
        (c.document_id, c.date_start.toordinal(), c.date_end.toordinal())
        for c in claims
        if c.measure in ("attacks", "operations")
        and c.date_start
        and c.date_end
        and (c.date_end - c.date_start).days + 1 > TOTAL_MIN_DAYS
    }


_ONE = frozenset({"a", "an", "the", "that", "one"})


def _year_of_one(c: Claim, info: SentenceInfo) -> bool:
    """A figure dated by a year alone whose sentence names one incident with a singular word
    ("an earthquake in the region killed 75,000 people in 2005", "the 2005 quake"): the year
    is when that incident happened, not the span of a year's tally. The year is one its sentence
    writes: one read from the report around it ("over the period") is its statistic's span."""
    start, end = c.date_start, c.date_end
    if start is None or end is None or (start.month, start.day, end.month, end.day) != (
        1, 1, 12, 31
    ) or start.year != end.year or info.statistic or c.measure in ("attacks", "operations"):
        return False
    words = [t for t, _, _ in info.tokens]
    if str(start.year) not in words:
        return False  # a year carried from the report ("over the period"): its release's span
    starts = [s for _, s, _ in info.tokens]
    for phrase, first, _ in info.triggers:
        noun = phrase[-1]
        if noun.endswith("s") and not noun.endswith(("ss", "is", "us")):
            continue  # a plural counts incidents
        i = starts.index(first)
        before = words[max(0, i - 2) : i]
        if _ONE.intersection(before) or any(w.isdigit() and len(w) == 4 for w in before):
            return True
    return False


def scale(
    c: Claim,
    period: tuple[int | None, int | None],
    info: SentenceInfo,
    counting: set[tuple[str, int]],
    periods: Collection[tuple[str, int, int]] = frozenset(),
) -> tuple[str | None, str | None, bool, bool]:
    """The claim's kind and family, whether it is a period total (a long period, or a running
    tally whatever its date), and whether one incident: a date of a few days, or a singular
    attack word ("an assault in March"). ``periods``: those its report counts attacks over
    (``counted_periods``)."""
    start, end = period
    length = None if start is None or end is None else end - start + 1
    kind, counted = infer_kind(c, info)
    kinds = rules().kinds
    family = kinds[kind].family if kind is not None and kind in kinds else None
    single = family == "attack" and not counted and c.measure not in ("attacks", "operations")
    one_year = length is not None and _year_of_one(c, info)
    total = running_tally(c, info) or (length is not None and not one_year and (
        length > LONG_DAYS
        or (
            length > TOTAL_MIN_DAYS
            and (
                c.measure in ("attacks", "operations")
                or info.statistic
                or (c.document_id, c.sentence_start) in counting
                or (not single and (c.document_id, start, end) in periods)
            )
        )
    ))
    if kind in _crowd_kinds() and any(
        rules().triggers[p].family == PROTEST for p, _, _ in info.triggers
    ):
        family = PROTEST  # "a clash between protesters and police": the protest's
    incident = not total and (
        one_year
        or (length is not None and length <= SHORT_DAYS)
        or (family == "attack" and not counted and c.measure not in ("attacks", "operations"))
    )
    return kind, family, total, incident
