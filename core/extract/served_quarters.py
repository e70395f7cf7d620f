"""A quarter a police post serves, written before the officer's name ("SHO Farooqabad Khan
Wali said", "SSP Nasirpur Khan Zeb told reporters"): a word the gazetteer does not know, so
the report itself tells whether it is a place or the officer's given word ("DSP Sher Khan
Afridi"). A word the report writes as a place somewhere, after "in" or "near" ("shot dead in
Farooqabad on Sunday") or before a word of a town's part or a post ("the Farooqabad police
station", "the Nasirpur area"), is the quarter the title serves."""

from __future__ import annotations

import functools
import re

from core.rules import word_set
from core.text.written_names import name_spans, written_with

# "in Farooqabad", "near the Nasirpur": a place's preposition and its article right before
_PLACED_AFTER = re.compile(r"\b(?:in|near|at|from|inside|outside)\s+(?:the\s+)?\Z", re.I)
# what may follow a place named alone: no capitalised word, which would make it a name's
# first word ("in Sher Khan's house"), and no possessive, which makes it a person's ("at
# Khan's farmhouse")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]|['\u2019]s\b")


@functools.cache
def _after_place() -> re.Pattern[str]:
    """A word of a town's part or of a post right after the name ("area", "police station")."""
    nouns = (
        word_set("places", "locality_nouns")
        | word_set("places", "owned_quarter_nouns")
        | word_set("places", "post_nouns")
        | word_set("places", "named_quarter_nouns")
    )
    keepers = word_set("places", "post_keepers")
    words = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    kept = "|".join(sorted(map(re.escape, keepers), key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:{kept})\s+)?(?:{words})\b", re.I)


@functools.cache
def _named_with() -> re.Pattern[str]:
    """A capitalised word of a town's part right after the word ("Faisal Town", "Bilal
    Colony", "Raja Bazaar"): the quarter's name goes on, the word alone is no quarter and
    may be a person's given name ("SP Faisal Raza Abidi")."""
    nouns = (
        word_set("places", "locality_nouns")
        | word_set("places", "owned_quarter_nouns")
        | word_set("places", "named_quarter_nouns")
    )
    words = "|".join(sorted((re.escape(w.title()) for w in nouns), key=len, reverse=True))
    return re.compile(rf"\s+(?:{words})\b")


@functools.lru_cache(maxsize=512)  # asked of one report's words again for each speaker
def written_as_place(text: str, word: str) -> bool:
    """Whether the report ``text`` writes ``word`` as a place: after a place's preposition
    with no name going on after it, or before a word of a town's part or a post."""
    spans = name_spans(text, word, fold=False)
    named = [(s, e) for s, e in spans if not _named_with().match(text, e)]
    if written_with(text, named, after=_after_place()):
        return True
    alone = [(s, e) for s, e in spans if not _NAME_GOES_ON.match(text, e)]
    return written_with(text, alone, before=_PLACED_AFTER)
