"""One who shot themselves, told again by the reflexive alone: "A toddler died from a
self-inflicted gunshot ... Deputies believe he reached a pistol on a shelf and fatally shot
himself". The report counted the death it told was self-inflicted; a later "shot himself" of
no named or new person is that same death, no one more (a victim told without a numeral
counts once a report, at the first telling). A gunman who "then shot himself" after killing
others is counted: the deaths before were not self-inflicted."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.victim_cues import REFLEXIVES
from core.extract.victim_mentions import SOMEONE_MORE

if TYPE_CHECKING:
    from collections.abc import Sequence

    from core.model import Claim

SELF_RULES = ("self_inflicted:", "self_shot:")  # "fatally shot himself", "a girl shot herself"
# a sentence that tells a death was self-inflicted ("died from a self-inflicted shot")
SELF_TOLD = re.compile(r"\bself-inflicted\b|\bshot (?:him|her)self\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")


def self_harm_again(claims: Sequence[Claim], headline_end: int) -> set[str]:
    """The ids of the claims of a death by one's own hand told by the reflexive alone
    ("himself") after the body counted one death it told was self-inflicted."""
    out: set[str] = set()
    told = False
    for claim in claims:
        if claim.measure != "killed" or claim.sentence_start <= headline_end:
            continue
        again = (
            claim.rule.startswith(SELF_RULES[0])
            and claim.number_text.lower() in REFLEXIVES
            and SOMEONE_MORE.isdisjoint(_WORD.findall(claim.sentence.lower()))
        )
        if told and again:
            out.add(claim.id)
        elif claim.value == 1 and (
            claim.rule.startswith(SELF_RULES) or SELF_TOLD.search(claim.sentence)
        ):
            told = True
    return out
