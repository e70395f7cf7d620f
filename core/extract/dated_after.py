"""A count whose sentence gives no time, dated by the next sentence of its paragraph that tells
when its happening took place: "Police arrested 30 people during a crackdown on illegal gas
refilling shops. The raids were conducted between March 2 and March 6, a spokesman said." The
second sentence's subject is the happening the first told ("the raids", "the operation", "the
attack"), and its time is the count's; news puts the when after the what as often as before.

Run on a document's claims after extraction (``claims.extract_claims``); a count dated already
keeps its date."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import itertools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.claim_dates import sentence_periods
from core.extract.incident_words import incident_noun
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk
    from core.model import Claim

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# the determiners by which a subject points back to a happening told before
_BACK = frozenset({"the", "this", "these", "that", "those"})


@functools.cache
def _operation_words() -> frozenset[str]:
    """ "raids", "crackdown", "operation": a forces' happening (``rules/event_types.json``)."""
    return word_set("event_types", "operation_words")


def with_days_told_after(
    claims: Sequence[Claim], chunks: Sequence[Chunk], published: dt.date | None
) -> list[Claim]:
    """The claims, each undated count taking the time the next sentence of its paragraph
    gives its happening (see the module)."""
    out = list(claims)
    undated = [i for i, c in enumerate(out) if c.date_start is None and c.date_end is None]
    if not undated:
        return out  # most reports: no sentence is walked
    following: dict[int, Span] = {}  # a sentence's start: the next sentence of its paragraph
    for chunk in chunks:
        sents = list(chunk.doc.sents)
        for sent, after in itertools.pairwise(sents):
            if "\n" not in chunk.doc.text[sent[-1].idx : after.start_char]:  # one paragraph
                following[chunk.start_of(sent)] = after
    for i in undated:
        nxt = following.get(out[i].sentence_start)
        period = _when_it_happened(nxt, published) if nxt is not None else None
        if period is not None:
            out[i] = dataclasses.replace(out[i], date_start=period[0], date_end=period[1])
    return out


def _when_it_happened(sent: Span, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The one time a sentence whose subject is a happening told before ("The raids were
    conducted between March 2 and March 6") gives, not a reported one."""
    root = sent.root
    # "The raids were conducted ..., a spokesman said": the clause reported
    verbs = [root, *(c for c in root.children if c.dep_ == "ccomp")]
    if not any(v.pos_ in ("VERB", "AUX") and any(map(_a_happening, v.children)) for v in verbs):
        return None
    periods = sentence_periods(sent, published)
    told = {(p.start, p.end) for _, p, reported in periods if not reported}
    return next(iter(told)) if len(told) == 1 else None


def _a_happening(subject: Token) -> bool:
    """ "The raids", "the operation", "this attack": a subject naming a happening told before."""
    return (
        subject.dep_ in _SUBJECTS
        and (incident_noun(subject) or subject.lower_ in _operation_words())
        and any(d.dep_ == "det" and d.lower_ in _BACK for d in subject.children)
    )
