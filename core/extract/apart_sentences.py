"""Sentences that open on another happening than the report's: "Separately, ...", "In a
separate attack, ...", "Elsewhere, ..." (another incident, ``apart_words``), "Earlier, on June
3, ..." (one before it, ``earlier_openings`` in dates.json). The report's own incident is not
dated there."""

from __future__ import annotations

import functools
import itertools
from typing import TYPE_CHECKING

from core.extract.incident_words import apart_words
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span


# The words a sentence opens with, up to its first comma, that may announce another incident.
OPENING_TOKENS = 6


def opens_apart(sent: Span) -> bool:
    """Whether the sentence opens by announcing another incident ("Separately, ...", "In a
    separate attack, ...", "Elsewhere, ..."): the report's own incident is not dated there.
    Remembered on the parsed chunk: the claims ask twice a sentence, the dates and places."""
    memo: dict[tuple[int, int], bool] = sent.doc.user_data.setdefault("claimdesk_apart", {})
    key = (sent.start, sent.end)
    if key not in memo:
        memo[key] = _opens_apart(sent)
    return memo[key]


def opens_earlier(sent: Span) -> bool:
    """ "Earlier, on June 3, a soldier was killed ...": a sentence opening on a word of an
    earlier happening and a comma recalls one before the report's incident."""
    return len(sent) > 1 and sent[1].text == "," and (
        sent[0].lower_ in word_set("dates", "earlier_openings")
    )


def _opens_apart(sent: Span) -> bool:
    words = []
    for tok in itertools.islice(sent, OPENING_TOKENS):
        if tok.is_punct:
            break
        words.append(tok.lower_)
    # each opening of whole words, looked up (the list holds phrases of a few words)
    listed = _apart_phrases()
    return any(" ".join(words[:n]) in listed for n in range(1, len(words) + 1))


@functools.cache
def _apart_phrases() -> frozenset[str]:
    return frozenset(apart_words())
