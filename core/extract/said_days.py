"""The day a sentence's saying is dated on, as the day a clause set apart counts back from:
"Two days after gunmen killed six workers, police said on Wednesday they had identified the
attackers" dates the six on Monday. The day of a report dates no figure by itself; here the
"after" clause hangs on the saying, which happened that many days after the harm."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.attribution import reporting_verbs
from core.extract.date_clauses import apart_shifter, shifted

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.text.dates import Period


def saying_day(anchor: Token, periods: list[tuple[Token, Period, bool]]) -> Period | None:
    """The one day of a saying the figure's "N days after" clause hangs on: the clause of
    the sentence's root, a reporting verb, dated by a report's day on the far side of the
    shifter; ``None`` otherwise (the figure's own clause or another verb's days)."""
    shifter = apart_shifter(anchor)
    if shifter is None:
        return None
    clause = shifter.head.head if shifter.dep_ == "mark" else shifter.head
    root = anchor.sent.root
    if clause.i != root.i or root.lemma_.lower() not in reporting_verbs():
        return None
    said = [p for t, p, reported in periods if reported and shifted(anchor, t)]
    return said[0] if len(said) == 1 and said[0].start == said[0].end else None
