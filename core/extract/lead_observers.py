"""An observer body a report describes before or instead of naming it ("War monitor counts
1,400 dead", "The war monitor said on Monday that ...", "the rights group said") is the body
its lead names with initials ("the Velmar Observatory for Civil Rights (VOCR)") and names
again by them: the name wins over any description, so that a checker filtering on the body
finds every figure of its release.

Run on a document's claims after the lede's indefinite observers are named
(``described_bodies``), before the recorder of a statistics report is read
(``report_recorder``)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from core.extract.described_bodies import may_name, observers
from core.extract.report_recorder import INITIALLED_NAME, LEAD_PARAGRAPHS
from core.model import Claim
from core.text.lines import paragraph_breaks

MAX_DESCRIPTION_WORDS = 4  # "the Britain-based war monitor", "an independent rights group"
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_SEAT = re.compile(r"\b[A-Z][\w.]*-based\s+")  # "a Britain-based war monitor"


def _lead_names(text: str) -> list[tuple[str, str]]:
    """(name, initials) of the bodies the lead names with initials, in order."""
    breaks = paragraph_breaks(text)
    end = breaks[LEAD_PARAGRAPHS - 1] if len(breaks) >= LEAD_PARAGRAPHS else len(text)
    return [(m.group(0), m.group(1)) for m in INITIALLED_NAME.finditer(text[:end])]


def _description(source: str) -> str | None:
    """ "War monitor", "The war monitor", "an Islamabad-based think tank", "the monitor": an
    observer body in lower case with no name, as "the" and its words; None for anything
    else ("the monitor's count", "the army", "Velmar Observatory")."""
    bare = _ARTICLE.sub("", _SEAT.sub("", source.strip()))
    bare = bare[:1].lower() + bare[1:]
    words = bare.split()
    if not (
        0 < len(words) <= MAX_DESCRIPTION_WORDS
        and all(w.isalpha() and w.islower() for w in words)
        and bare.endswith(observers())
    ):
        return None
    return f"the {bare}"


def _spoken_again(initials: str, claims: Sequence[Claim]) -> bool:
    """The body is a source of the report by its initials ("VOCR said ...")."""
    return any(re.search(rf"\b{initials}\b", c.attribution or "") for c in claims)


def lead_observers(claims: Sequence[Claim], text: str) -> list[Claim]:
    """The claims after the headline whose source describes an observer body given the
    first body the lead names with initials that the description may be and that the
    report gives as a source by them; every other claim as it is."""
    names = [(n, i) for n, i in _lead_names(text) if _spoken_again(i, claims)]
    if not names:
        return list(claims)
    out: list[Claim] = []
    for claim in claims:
        # a headline's "..., says think tank" is the recorder's to read (``report_recorder``):
        # named here, it would make the headline the report's lead
        said = _description(claim.attribution or "") if claim.sentence_start else None
        name = next((n for n, _ in names if may_name(said, n)), None) if said else None
        out.append(dataclasses.replace(claim, attribution=name) if name else claim)
    return out
