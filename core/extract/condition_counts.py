"""A person named in the condition a count of the hurt gave before: "a bouncer died, one
guest is in critical condition and two have minor wounds ... Those hurt were: — Jon Roe, 29,
of Elm Street (critical)". The count told how many are in that
condition; the one named so is one of them, no one more (a victim told without a numeral
counts once a report, at the first telling). The others a list names stay each their own
claim: the report never told which of the four they are."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from core.extract.chunk_texts import span_text
from core.extract.measures import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span

    from core.extract.measures import Reading
    from core.model import Claim

NAMED_RULES = ("singular_victim:roll:", "singular_victim:name:")
COUNT_RULE = "in_condition"  # "a woman remains in critical condition" (``care``)
# characters from a count to the condition it gives: "two people are listed in critical"
CONDITION_REACH = 40


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The condition of a count ("in critical condition") and of a listed person ("(critical)",
    "in critical condition")."""
    words = "|".join(sorted(map(re.escape, lexicon().condition_words)))
    counted = re.compile(rf"\b({words})\s+condition\b", re.IGNORECASE)
    named = re.compile(rf"\(({words})\)|\b({words})\s+condition\b", re.IGNORECASE)
    return counted, named


def restates_condition(reading: Reading, span: Span, numbered: list[Claim]) -> bool:
    """Whether the hurt person named by ``span`` is told in a condition a count before gave
    (``numbered``: the report's counts by numeral so far)."""
    if reading.measure != "injured" or not reading.rule.startswith(NAMED_RULES):
        return False
    counted, named = _patterns()
    sent = span.sent
    own = named.search(span_text(sent), span.end_char - sent.start_char)
    if own is None:
        return False
    condition = (own.group(1) or own.group(2)).lower()
    return any(_condition_of(claim, counted) == condition for claim in numbered)


def _condition_of(claim: Claim, counted: re.Pattern[str]) -> str | None:
    """The condition a count of the hurt in one ("one guest is in critical condition") gives,
    if it is one."""
    if claim.measure != "injured" or claim.rule != COUNT_RULE:
        return None
    at = claim.start - claim.sentence_start + len(claim.number_text)
    found = counted.search(claim.sentence, at, at + CONDITION_REACH)
    return found.group(1).lower() if found is not None else None
