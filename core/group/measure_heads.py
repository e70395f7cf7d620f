"""Head nouns that count everyone a measure counts.

A figure whose counted noun is its measure's own noun counts the whole of that measure: "1,200
homicides in May" and "1,180 people murdered in May" count the same dead, "40 kidnappings" and
"38 people abducted" the same captives (``rules/measures.json`` "nouns", read for the measure
the figure counts). Beside them, ``rules/event_types.json`` "measure_scopes" names scopes that
count the same people as another ("police arrested 18 suspects" / "six people were arrested").
"""

from __future__ import annotations

from functools import cache

from core.rules import load_rules

ALL = "all"


def head_scope(measure: str, head: str) -> str:
    """The scope a figure of ``measure`` whose counted head noun reads ``head`` counts."""
    return _table().get(measure, {}).get(head, head)


@cache
def _table() -> dict[str, dict[str, str]]:
    """Per measure: head → scope, "measure_scopes" first, then the measure's own nouns."""
    scopes: dict[str, dict[str, str]] = load_rules("event_types")["measure_scopes"]
    table = {measure: dict(heads) for measure, heads in scopes.items()}
    nouns: dict[str, str] = load_rules("measures")["nouns"]
    for noun, measure in nouns.items():
        table.setdefault(measure, {}).setdefault(noun, ALL)
    return table
