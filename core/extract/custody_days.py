"""The days of arrests told in the sentence after their count: "Police arrested three
suspects in connection with Tuesday's shooting. Two of them were arrested on Wednesday and
the third on Thursday." The count's only day names the shooting (the arrests came after
it); the next sentence, an arrest of those counted ("of them", "they", "the suspects"), gives
the days they were held: the count spans from the first to the last."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.aftermath_dates import custody_verb
from core.extract.claim_dates import sentence_periods
from core.extract.incident_words import dates_incident

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk
    from core.model import Claim

# the subject of a sentence that goes on with people counted before
BACK_WORDS = frozenset({"they", "them", "suspects", "accused", "men", "youths", "persons"})
CUSTODY_MEASURES = frozenset({"arrested"})


def with_custody_days(
    claims: Sequence[Claim], chunks: Sequence[Chunk], published: dt.date | None
) -> list[Claim]:
    """The claims, each arrest count dated only by its incident's day taking the span of the
    arrest days the next sentence gives of those counted."""
    out = list(claims)
    candidates = [
        i
        for i, c in enumerate(out)
        if c.measure in CUSTODY_MEASURES
        and c.date_start is not None
        and c.date_start == c.date_end
        and c.date_text
    ]
    if not candidates:
        return out  # most reports: no sentence is walked
    sentences = [(c, s) for c in sorted(chunks, key=lambda c: c.offset) for s in c.doc.sents]
    for i in candidates:
        claim = out[i]
        if claim.date_start is None or not claim.date_text:
            continue
        at = next(
            (n for n, (c, s) in enumerate(sentences) if c.start_of(s) == claim.sentence_start),
            None,
        )
        if at is None or at + 1 >= len(sentences):
            continue
        sent = sentences[at][1]
        if not _named_incident_day(sent, claim.date_text):
            continue
        days = _held_days(sentences[at + 1][1], published, claim.date_start)
        if days:
            out[i] = dataclasses.replace(claim, date_start=min(days), date_end=max(days))
    return out


def _named_incident_day(sent: Span, date_text: str) -> bool:
    """The claim's date is one its sentence writes on an incident ("Tuesday's shooting")."""
    return any(
        dates_incident(t) for t in sent if t.ent_type_ in ("DATE", "TIME") and t.text in date_text
    )


def _held_days(sent: Span, published: dt.date | None, after: dt.date) -> list[dt.date]:
    """The days after ``after`` that a sentence of arrests of those counted before gives:
    its main verb a custody verb whose subject points back ("Two of them were arrested on
    Wednesday and the third on Thursday")."""
    root = sent.root
    if not custody_verb(root) or not any(_points_back(c) for c in root.children):
        return []
    return [
        p.start
        for _, p, reported in sentence_periods(sent, published)
        if not reported and p.start == p.end and p.start > after
    ]


def _points_back(subject: Token) -> bool:
    """ "they", "the suspects", "two of them"."""
    if subject.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if subject.lower_ in BACK_WORDS and (
        subject.pos_ == "PRON" or any(d.lower_ in ("the", "these", "all") for d in subject.children)
    ):
        return True
    return any(
        p.lower_ == "of" and any(o.lower_ in ("them", "these", "those") for o in p.children)
        for p in subject.children
    )
