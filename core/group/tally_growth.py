"""A tally's growth over an earlier period, told with revision words ("militant attacks in the
year rose to 1,200"): unlike a toll that rises as bodies are found, a count over months that
"rose to" a figure compares it with the period before, and revises no figure of its own period.
One report's tallies are then a whole and its parts ("... 610 of them in the north"), never
set against each other; a word that says a figure was corrected ("revised", "updated") still
sets them side by side (``conflicts._breakdown``)."""

from __future__ import annotations

from functools import cache

from core.group.vocabulary import find_phrases, rules, tokens
from core.rules import load_rules


@cache
def _growth() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in load_rules("event_types")["growth"])


@cache
def revises_tally(sentence: str) -> bool:
    """Whether a tally's sentence says it revises a figure: revision wording other than the
    words of growth ("rose to", "has climbed")."""
    found = find_phrases(tokens(sentence), rules().revision)
    return any(phrase not in _growth() for phrase, _, _ in found)
