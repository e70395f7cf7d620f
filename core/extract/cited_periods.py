"""The span a review's figures count over when its lead cites the body's document but gives no
figure ("The figures below come from the yearly review the Kessa Forum released on Tuesday."):
the day the document was released dates the review, no happening it counts. The figures after
the lead that carry that day, or no day at all, count over the one year the lead names, else
the one year the headline names ("Tarn violence in 2031: the year in numbers"), so that the
review's recorder (``report_recorder``) finds a tally to give its body."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from core.extract.figureless_leads import cited_lead
from core.model import Claim
from core.rules import word_set

_WORD = re.compile(r"[^\W\d_]+")
# the digits of every year ``_YEAR`` reads: half the reports hold none, and need no lead read
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
# "in 2031", "2031:", not "12,031" nor a range "2030-31"
_YEAR = re.compile(r"(?<!\d)(?<!\d[,.])((?:19|20)\d\d)(?!\d|[,.]\d|\s*[-–]\s*\d)")


def with_cited_period(
    claims: Sequence[Claim], text: str, published: dt.date | None = None
) -> list[Claim]:
    """The claims, those after a figureless lead citing a document that carry the lead's
    day or none dated over the year the lead or the headline names; the claims as they are
    for any other report, or when neither names one year (or it is after ``published``)."""
    if _YEAR_DIGITS.search(text) is None:
        return list(claims)  # no year anywhere: the lead's sentences are not looked for
    lead = cited_lead(claims, text)
    if lead is None:
        return list(claims)
    told = text[lead[0] : lead[1]]
    year = _one_year(told, published) or _one_year(text[: text.find("\n")], published)
    if year is None:
        return list(claims)
    span = (dt.date(int(year), 1, 1), dt.date(int(year), 12, 31))
    return [
        dataclasses.replace(c, date_start=span[0], date_end=span[1], date_text=year)
        if c.start >= lead[1] and _lead_day_or_none(c, told)
        else c
        for c in claims
    ]


def _one_year(words: str, published: dt.date | None) -> str | None:
    """The one year the words name, none after ``published``; None for none or two, or
    when they name a part of it ("March 2031", "the first quarter of 2031")."""
    years = set(_YEAR.findall(words))
    told = {w.lower() for w in _WORD.findall(words)}
    if len(years) != 1 or told & (
        word_set("dates", "months") | word_set("dates", "year_part_words")
    ):
        return None
    year = years.pop()
    return None if published is not None and int(year) > published.year else year


def _lead_day_or_none(claim: Claim, told: str) -> bool:
    """The figure tells no time of its own: it has none, or the day the lead's sentence
    tells (the document's release) carried to it; its sentence names no year ("Deaths: 840
    (2030: 612)")."""
    if _YEAR.search(claim.sentence):
        return False
    if claim.date_start is None:
        return claim.date_end is None
    said = claim.date_text or ""
    return (
        claim.date_start == claim.date_end
        and bool(said)
        and said not in claim.sentence
        and said in told
    )
