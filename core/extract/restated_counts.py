"""A count its source restates: "Police have arrested four farm hands for helping the rebels.
All four are being questioned, the district police chief said." The report tells the count in
its own voice, then hands over to the speaker who goes on about "all four": the count is his.

Run on a document's claims and statements after extraction (``core.pipeline.analyse``).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.extract.both_counts import BOTH_COUNT
from core.extract.lede_officials import next_statement, opening
from core.model import Claim, Statement
from core.text.dates import count_number

# "All four", "The four", "All the four", "Both" opening what the speaker says
_RESTATED = re.compile(r"^(?:all (?:the |of the )?|the )(?P<count>[\w-]+)\b", re.IGNORECASE)
_BOTH = re.compile(r"^both\b", re.IGNORECASE)


def restated_counts(
    claims: Sequence[Claim], statements: Sequence[Statement], text: str
) -> list[Claim]:
    """The claims with no source whose count the statement opening the next sentence, in the
    same paragraph, takes up ("All four are ...", "Both were ...") given that statement's
    speaker (a new paragraph's "the prosecutor confirmed the two children died" confirms a
    finding the report told in its own voice)."""
    spoken = sorted((s for s in statements if s.speaker), key=opening)
    out: list[Claim] = []
    for claim in claims:
        if claim.attribution is None:
            after = next_statement(claim, spoken, text, same_paragraph=True)
            if after is not None and _takes_up(after, claim):
                claim = dataclasses.replace(claim, attribution=after.speaker)  # noqa: PLW2901
        out.append(claim)
    return out


def _takes_up(statement: Statement, claim: Claim) -> bool:
    """The statement opens with the claim's count again: "All four", "The four", "Both"."""
    content = statement.content.strip()
    if _BOTH.match(content):
        return claim.value == BOTH_COUNT
    found = _RESTATED.match(content)
    if found is None:
        return False
    said = count_number(found.group("count").lower())
    return said is not None and said == claim.value
