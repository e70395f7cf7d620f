"""A list of victims told again with more detail: "a farmer shot dead a mother and her son
before turning the gun on himself ... The dead were a 52-year-old mother and her 9-year-old
son". The same people by the same nouns, in the same harm, are the ones counted (a victim
told without a numeral counts once a report, at the first telling). A list with a count in it
("a man and two women") is a figure of its own (``victim_mentions.numbered_list``), and one
naming someone more ("another woman", "a second girl") tells others."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.victim_mentions import LIST_RULE, SOMEONE_MORE, numbered_list

if TYPE_CHECKING:
    from collections.abc import Sequence

    from core.model import Claim

# the words of a list that name no one: articles, "and", ages ("47-year-old", "12-year old")
_NOT_NOUNS = re.compile(r"^(?:a|an|and|the|year|years|old|month|months|week|weeks|[\d-].*)$")
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def listed_again(claims: Sequence[Claim], headline_end: int) -> set[str]:
    """The ids of the claims of a list of victims that names, in the same measure, the people
    of an earlier list of the body by the same nouns, as many of them."""
    seen: set[tuple[str, float, tuple[str, ...]]] = set()
    out: set[str] = set()
    for claim in claims:
        if (
            claim.sentence_start <= headline_end
            or not claim.rule.startswith(LIST_RULE)
            or numbered_list(claim.rule, claim.number_text)
        ):
            continue
        nouns = _nouns(claim.number_text)
        if nouns is None:
            continue
        key = (claim.measure, claim.value, nouns)
        if key in seen:
            out.add(claim.id)
        seen.add(key)
    return out


def _nouns(text: str) -> tuple[str, ...] | None:
    """The person nouns of a list, in order ("a 52-year old clerk and 9-year old boy" → clerk,
    boy), with their adjectives; None for a list that names others."""
    words = [w for w in _WORD.findall(text.lower()) if not _NOT_NOUNS.match(w)]
    if not SOMEONE_MORE.isdisjoint(words):
        return None
    return tuple(words)
