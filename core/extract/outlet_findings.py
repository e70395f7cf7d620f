"""What a news outlet says it found out: "KBLM 9 News has learned that the clerk was shot
four times" is the outlet's own report, its clause the outlet's to vouch for, as "reported"
would be. Anyone else who "learned" something ("police learned the boy had a gun") tells
what they came to know, not a report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.shown_sources import reports, visual_record
from core.ingest.outlets import is_news_outlet

if TYPE_CHECKING:
    from spacy.tokens import Token

FINDING_VERBS = frozenset({"learn"})


def learned_by_outlet(verb: Token) -> bool:
    """``verb`` is "learned" with a news outlet for its subject and a clause for its object."""
    if verb.lemma_.lower() not in FINDING_VERBS:
        return False
    if not any(ch.dep_ == "ccomp" and ch.i > verb.i for ch in verb.children):
        return False
    subjects = [ch for ch in verb.children if ch.dep_ == "nsubj" and ch.i < verb.i]
    return bool(subjects) and is_news_outlet(
        " ".join(t.text for t in subjects[0].subtree if not t.is_punct)
    )


def a_report(verb: Token, reporting: frozenset[str]) -> bool:
    """``verb`` reports: one of the ``reporting`` verbs in a reporting use (not "claimed
    the lives", nor what a video shows), or an outlet's "has learned that"."""
    if verb.lemma_.lower() not in reporting:
        return learned_by_outlet(verb)
    return reports(verb) and not visual_record(verb)
