"""The day of a deed a court follow-up tells more than a year after it ("was sentenced Tuesday
... Tom Roe shot her on Jan. 14, 2029"): a day written with its year is no guess, however long
the case took to come to court, when the sentence tells the deed itself, not a charge or
a time served for an older one ("had served five years for shooting a clerk on May 2, 2019",
"was convicted of shooting a clerk on May 2, 2019")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.incident_words import _governor, harm_verbs
from core.text.periods import FOLLOW_UP_DAYS_BEFORE

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.text.dates import Period

_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# a gerund under a preposition names a deed a charge or a term was for ("convicted of
# shooting", "served time for killing"), not the deed told in its own clause
_NAMED_BY_ANOTHER = frozenset({"pcomp"})
# a past perfect recalls what came before the story ("had shot a man in 2019")
_BEFORE_THE_STORY = frozenset({"had", "'d"})


def long_ago_deed(
    periods: Sequence[Sequence[tuple[Token, Period, bool]]], published: dt.date | None
) -> Period | None:
    """The earliest day, written with its year and more than a year before ``published``,
    that a harm verb of the lead's sentences tells its own deed on ("Ann Dole was shot on
    Jan. 14, 2029"); None when there is none."""
    if published is None:
        return None
    far_back = published - dt.timedelta(days=FOLLOW_UP_DAYS_BEFORE)
    days = [
        period
        for found in periods
        for tok, period, report in found
        if not report
        and period.start == period.end
        and period.start < far_back
        and _WRITTEN_YEAR.search(period.text)
        and _tells_the_deed(tok)
    ]
    return min(days, key=lambda p: p.start, default=None)


def _tells_the_deed(root: Token) -> bool:
    """The date hangs on a harm verb that tells the deed in its own clause."""
    verb = _governor(root)
    if verb.i == root.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in harm_verbs():
        return False
    if verb.dep_ in _NAMED_BY_ANOTHER:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _BEFORE_THE_STORY for c in verb.children)
