"""Harm told as a thing caused to people, in the passive South Asian copy writes: "injuries
were caused to 12 others", "wounds were inflicted on three constables". The harm noun is the
subject of the verb (measures.json 'recipients'), the people its "to" or "on" complement; the
active "caused injuries to 12 others" the harm noun's own "to" reads
(``participants._harm_received``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, counts_things, lexicon
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

# "caused to", "inflicted on": whom a harm was done to
CAUSED_TO = frozenset({"to", "on"})


def caused_harm(node: Token) -> Reading | None:
    """The harm a passive verb of causing ('harm_causing_verbs') says befell the people of its
    "to" / "on" (``node``), when its subject is a harm noun; not things ("damage was caused to
    40 houses" names no harm noun, "injuries were caused to 40 houses" counts no one)."""
    prep = node.head
    verb = prep.head
    if (
        node.dep_ != "pobj"
        or prep.lower_ not in CAUSED_TO
        or verb.lemma_.lower() not in word_set("measures", "harm_causing_verbs")
        or not any(c.dep_ == "auxpass" for c in verb.children)
        or counts_things(node)
    ):
        return None
    recipients = lexicon().recipients
    for subj in verb.children:
        measure = recipients.get(subj.lemma_.lower()) if subj.dep_ == "nsubjpass" else None
        if measure is not None:
            return Reading(measure=measure, anchor=verb, rule=f"nominal:{subj.lemma_} caused to")
    return None
