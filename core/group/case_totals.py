"""The running count of a case's arrests: "with these, the total number of arrests in the case
has gone up to 11", "so far, nine people have been held". Arrests accumulate over a case, raid
by raid: its running count includes the day's new arrests ("NIA arrests 6"), so the two are
never rival figures. Such a count is a scope of its own (``conflicts.scope``): compared only
with another report's running count of the case."""

from __future__ import annotations

from functools import cache

from core.group.running_tallies import clause
from core.group.vocabulary import find_phrases, tokens
from core.model import Claim
from core.rules import load_rules

CASE_TOTAL = "case total"  # the scope of a case's running count of arrests
OPENING_WORDS = 3  # "So far, ...", "Till now, ...": a short opening clause speaks for the figure
_CUMULATIVE = frozenset({"arrested"})  # measures counted on over a case, raid by raid


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
