"""The running count of a case's arrests: "with these, the total number of arrests in the case
has gone up to 11", "so far, nine people have been held". Arrests accumulate over a case, raid
by raid: its running count includes the day's new arrests ("NIA arrests 6"), so the two are
never rival figures. Such a count is a scope of its own (``conflicts.scope``): compared as
figures with another report's running count of the case, and set beside another report's
count of arrests by how running counts relate (``running_against_counts``): the count "so
far" at least equals any count of an earlier day, so a higher one is news of more arrests, a
different one of another day only divergent; a running count below a count of its own day
(or of a day unknown) cannot hold with it."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cache

from core.group.reported_figures import Reported
from core.group.running_tallies import clause
from core.group.vocabulary import find_phrases, tokens
from core.model import Claim, ConflictKind, Measure
from core.rules import load_rules

CASE_TOTAL = "case total"  # the scope of a case's running count of arrests
OPENING_WORDS = 3  # "So far, ...", "Till now, ...": a short opening clause speaks for the figure
_CUMULATIVE = frozenset({"arrested"})  # measures counted on over a case, raid by raid
MAX_LINES = 10  # per event: the distinct pairs of a running count and a count listed at most


# claim ids, measure, kind, explanation
Found = tuple[tuple[str, ...], Measure, ConflictKind, str]


@cache
def _words() -> frozenset[tuple[str, ...]]:
    """``rules/event_types.json`` "case_totals", as token tuples."""
    phrases: list[str] = load_rules("event_types")["case_totals"]
    return frozenset(tuple(t for t, _, _ in tokens(p)) for p in phrases)


def case_total(claim: Claim) -> bool:
    """Whether an arrest figure is the running count of its case: a word of the count
    ("total", "so far", "has gone up to") in its clause, or in a short clause opening the
    sentence."""
    if claim.measure not in _CUMULATIVE:
        return False
    sentence = claim.sentence
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    lo, hi = clause(sentence, start, end)
    toks = tokens(sentence)
    inside = [t for t in toks if lo <= t[1] and t[2] <= hi]
    opening_end = sentence.find(",")
    opening = [t for t in toks if opening_end > 0 and t[2] <= opening_end]
    if len(opening) > OPENING_WORDS:
        opening = []
    return bool(find_phrases(inside, _words()) or find_phrases(opening, _words()))


def running_against_counts(
    groups: Mapping[tuple[Measure, str], Sequence[Reported]], describe: Callable[[Claim], str]
) -> list[Found]:
    """Each distinct pair of a case's running count of arrests ("nine have been arrested so
    far") and another report's count of arrests of other scope ("police arrested six") that
    differ, with every claim that makes it (see the module)."""
    lines: dict[tuple[ConflictKind, str], list[str]] = {}
    for measure, scope in list(groups):
        if measure not in _CUMULATIVE or scope == CASE_TOTAL:
            continue
        for running in groups.get((measure, CASE_TOTAL), ()):
            for count in groups[(measure, scope)]:
                judged = _judge_running(running, count, describe)
                if judged is None or (judged not in lines and len(lines) == MAX_LINES):
                    continue
                ids = lines.setdefault(judged, [])
                ids += [c for c in (running.claim.id, count.claim.id) if c not in ids]
    return [(tuple(ids), "arrested", kind, line) for (kind, line), ids in lines.items()]


def _judge_running(
    running: Reported, count: Reported, describe: Callable[[Claim], str]
) -> tuple[ConflictKind, str] | None:
    """How a running count relates to another report's count: None when one report gives
    both or they agree."""
    r, c = running.claim, count.claim
    if r.document_id == c.document_id or (r.low, r.high) == (c.low, c.high):
        return None
    text = f"{describe(r)} vs {describe(c)}"
    day = running.published
    one_day = day is None or day == count.published
    if r.high is not None and c.low is not None and r.high < c.low:
        if one_day:
            return "contradiction", f"{text}: the running count is below the day's arrests"
        return "divergent", f"{text}: the running count of another day is lower"
    if one_day or (day is not None and count.published is not None and count.published < day):
        return "divergent", f"{text}: the running count includes the earlier arrests"
    return "divergent", f"{text}: a later report counts the arrests again"
