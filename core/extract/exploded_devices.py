"""A count of explosive devices that went off: "two car bombs exploded near a market", "three
IEDs went off", "two bombs were detonated" count attacks, as "two blasts" do; a device
found, defused or seized counts none (``rules/measures.json`` exploded_devices)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import Reading
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    raw = load_rules("measures")["exploded_devices"]
    return frozenset(raw["devices"]), frozenset(raw["verbs"])


def exploded_devices(noun: Token | None) -> Reading | None:
    """Attacks, when the counted noun is a device that its verb says went off."""
    if noun is None or noun.dep_ not in _SUBJECTS:
        return None
    devices, verbs = _words()
    if noun.lemma_.lower() not in devices:
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    if lemma not in verbs and f"{lemma} {particle}" not in verbs:
        return None
    return Reading(measure="attacks", noun=noun, anchor=verb, rule=f"device:{lemma}")
