"""What a rank makes a person called again: "SSP Ann Roe" is "the police officer" said again,
"Lt Gen Bo Poe" "the Army officer", "Dr Ann Roe" "the doctor". Moved out of
``statement_context``."""

from __future__ import annotations

import functools

from core.rules import load_rules


@functools.cache
def _ranks() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Each list of ranks with the words a person of that rank is called again by."""
    raw = load_rules("cues")
    return (
        (frozenset(raw["police_ranks"]), frozenset({"police", "officer", "official"})),
        (frozenset(raw["military_ranks"]), frozenset({"army", "military", "officer"})),
        (frozenset(raw["official_ranks"]), frozenset({"official"})),
        (frozenset(raw["medical_titles"]), frozenset({"doctor"})),
    )


def ranked_as(words: frozenset[str]) -> frozenset[str]:
    """What a rank makes a person: "SSP Ann Roe" is "the police officer" and "the official"
    said again; "Lt Gen Bo Poe" is "the Army officer"; "spokesman Bo Poe" is "the official";
    "Dr Ann Roe" is "the doctor"."""
    called: frozenset[str] = frozenset()
    for ranks, again in _ranks():
        if words & ranks:
            called |= again
    return called
