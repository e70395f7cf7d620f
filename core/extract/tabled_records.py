"""Records that name their source by what they are, not by an author: the state's own count
("according to official statistics") and a record laid before a legislature ("according to
figures presented to the provincial assembly"). A checker files the figure under that record.
The day such a record was laid, released or sent dates the report, no happening it counts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.incident_words import _governor
from core.rules import word_set

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from core.text.dates import Period

_OFFICIAL = "official"


def record_source(obj: Token) -> str | None:
    """The record itself as the source: "official statistics", "figures laid before the
    provincial assembly" (the record up to the body it was laid before), else None."""
    if obj.lower_ not in word_set("cues", "official_record_nouns"):
        return None
    doc = obj.doc
    if any(c.dep_ == "amod" and c.lower_ == _OFFICIAL for c in obj.lefts):
        return doc[obj.left_edge.i : obj.i + 1].text
    for clause in obj.rights:
        if clause.dep_ != "acl" or clause.tag_ != "VBN":
            continue
        for prep in clause.children:
            body = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if (
                prep.dep_ == "prep"
                and prep.lower_ in word_set("cues", "tabling_prepositions")
                and body is not None
                and body.lemma_.lower() in word_set("cues", "tabling_bodies")
            ):
                return doc[obj.left_edge.i : body.right_edge.i + 1].text
    return None


def record_laid(date: Token, period: Period) -> bool:
    """The day modifies the participle of a record or a document, the day it was laid,
    released or sent ("data tabled in the assembly on Tuesday", "figures presented on Monday",
    "a report submitted Friday"): no happening the record counts. A span is no such day ("a
    survey carried out between May and July" tells when what it counts was counted)."""
    governor = _governor(date)
    if period.start != period.end or governor.dep_ != "acl" or governor.tag_ != "VBN":
        return False
    noun = governor.head.lower_
    return noun in word_set("cues", "recorder_material") or noun in word_set(
        "cues", "document_nouns"
    )


def laid_on(periods: Sequence[tuple[Token, Period, bool]]) -> bool:
    """The sentence gives the day a record was laid ("figures presented to the senate on
    Monday"): that day is the release, not a happening, and the figures the sentence counts
    over a span are the record's, however long ago that span closed."""
    return any(reported and record_laid(tok, period) for tok, period, reported in periods)
