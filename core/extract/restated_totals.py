"""A whole told again after its parts: "A flood killed 31 in X province ... Fourteen died in
Y district ... 'We now count 31 dead,' the official said". The last sentence
names no place; the place carried to it is the part's district, where 31 cannot have died.
A figure with no place of its own that counts more than the part whose place it carries, of
the same people, is filed where the whole told before that part was: the place of a figure of
its harm before the part that counts more than the part and no more than it (the lead's
"over 200 injured" before a later "249 injured")."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from core.extract.victim_names import CASUALTY_MEASURES
from core.model import Claim
from core.rules import word_set


def with_restated_totals(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, a whole told again under a part's carried place filed under the whole's."""
    out = list(claims)
    for i, claim in enumerate(out):
        if claim.measure not in CASUALTY_MEASURES or claim.location is None:
            continue
        if _names(claim.sentence, claim.location):
            continue  # its own place
        at = next((
            k for k in range(i - 1, -1, -1)
            if out[k].location == claim.location and out[k].measure == claim.measure
            and out[k].sentence_start != claim.sentence_start
        ), None)
        if at is None:
            continue
        part = out[at]
        if part.value >= claim.value or not _same_people(part.subject, claim.subject):
            continue
        whole = next((
            c for c in out[:at]
            if c.measure == claim.measure and part.value < c.value <= claim.value
            and c.location and c.location != claim.location
        ), None)
        if whole is not None:
            out[i] = dataclasses.replace(claim, location=whole.location)
    return out


def _names(sentence: str, location: str) -> bool:
    """The sentence writes the place's first name ("Y" of "Y district, Z")."""
    first = location.split(",", maxsplit=1)[0].split(maxsplit=1)[0]
    return first in sentence


def _same_people(part: str | None, whole: str | None) -> bool:
    """A part and a whole of the same people: either told as anyone ("people", untold), or
    the same group ("villagers"; not "soldiers" after "villagers")."""
    anyone = word_set("measures", "whole_count_nouns")
    if not part or not whole:
        return True
    p, w = part.lower().split()[-1], whole.lower().split()[-1]
    return p == w or p in anyone or w in anyone
