"""The words that tell an incident before a report's own ("last year", "years ago", "an
earlier attack"; ``recall`` in ``core/rules/event_types.json``), read from a sentence's words
alone: ``recalls`` reads them for a figure, ``report_places`` for a town the report names."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import load_rules

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

# "an earlier quake", "a previous attack": these recall a past event only before an incident
# word ("an earlier report said ..." revises the report's own figure).
_BEFORE_INCIDENT = frozenset({("a", "previous"), ("an", "earlier")})
EARLIER_WORDS = frozenset(word for _, word in _BEFORE_INCIDENT)  # "the earlier one"


@functools.cache
def _recall_phrases() -> tuple[tuple[str, ...], ...]:
    raw = load_rules("event_types")["recall"]
    return tuple(sorted((tuple(str(p).lower().split()) for p in raw), key=len, reverse=True))


@functools.cache
def incident_triggers() -> frozenset[str]:
    """The one-word triggers of every kind of incident ("blast", "attack")."""
    kinds = load_rules("event_types")["kinds"]
    return frozenset(
        str(t).lower() for spec in kinds.values() for t in spec["triggers"] if " " not in str(t)
    )


@functools.cache
def _phrases_by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The recall phrases by their first word (longest first), so a sentence is read once."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _recall_phrases():
        out.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(v) for k, v in out.items()}


def recall_phrase(sent: Span) -> bool:
    """The sentence says a recall phrase ("last year"; "an earlier" before an incident's word)."""
    return recall_in_words(list(sent))


def recall_in_words(tokens: Sequence[Token]) -> bool:
    """``recall_phrase`` over some of a sentence's tokens, in order."""
    sent = tokens
    words = [t.lower_ for t in sent]
    incident = incident_triggers()
    starts = _phrases_by_first_word()
    for i in range(len(words)):
        for phrase in starts.get(words[i], ()):
            if tuple(words[i : i + len(phrase)]) != phrase:
                continue
            if phrase not in _BEFORE_INCIDENT:
                return True
            after = sent[i + len(phrase)] if i + len(phrase) < len(sent) else None
            if after is not None and (after.lower_ in incident or after.lemma_ in incident):
                return True
    return False
