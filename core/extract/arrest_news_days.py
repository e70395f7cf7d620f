"""The day of an arrest a report's news tells without a day ("Police arrested four suspected
robbers in a raid in X", "Three militants were arrested in Y, police informed"): the day of
the news, its publication day, as a harm told without a day is, in a report that writes no
date at all ("Floods killed 84 in February. Police arrested two looters" keeps the looters'
day unknown, as "arrested a man in the 2019 killing" does its arrest's). Not in a follow-up
whose lead tells of a charge, a trial or a funeral, nor for an arrest its sentence tells with
a charge: the arrest it recalls may lie months back, and stays without a day."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.aftermath_dates import follow_up_word
from core.extract.incident_days import NEWS_DAY_TEXT, NEWS_LEAD_SENTENCES
from core.text.dates import Period
from core.text.periods import resolve_period

if TYPE_CHECKING:
    from core.extract.claim_context import SentenceReading
    from core.extract.nlp import Chunk

ARRESTED = "arrested"
_DATE = "DATE"
_MEMO = "claimdesk_follow_up_lead"


def arrest_news_day(
    period: Period | None, measure: str | None, here: SentenceReading, chunks: Sequence[Chunk]
) -> Period | None:
    """``period``, else for an arrest figure of a report that is no follow-up its
    publication day (the document's own, never a day read from the text); ``here``: the
    figure's sentence read (no charge in it: "is being held on a charge"); ``chunks``: the
    report's parsed parts."""
    sent, published = here.sent, here.document.published
    if period is not None or measure != ARRESTED or published is None or not chunks:
        return period
    if _dated_or_followed(chunks, published) or any(follow_up_word(t) for t in sent):
        return None
    return Period(start=published, end=published, text=NEWS_DAY_TEXT)


def _dated_or_followed(chunks: Sequence[Chunk], published: dt.date) -> bool:
    """The report writes a date (one that names a time: the recogniser tags a town now and
    then), or its first sentences tell of a charge, a trial or a gathering after the
    incident; remembered on the first parsed chunk."""
    ordered = sorted(chunks, key=lambda c: c.offset)
    memo = ordered[0].doc.user_data
    if _MEMO not in memo:
        sents = itertools.islice((s for c in ordered for s in c.doc.sents), NEWS_LEAD_SENTENCES)
        dated = any(
            e.label_ == _DATE and resolve_period(e.text, published=published) is not None
            for c in ordered
            for e in c.doc.ents
        )
        memo[_MEMO] = dated or any(follow_up_word(t) for s in sents for t in s)
    found: bool = memo[_MEMO]
    return found
