"""Where words of a kind stand in a parsed text, read off spaCy's attribute arrays: the parse
repairs look for a rare word ("(", a past participle hung as an adjective) in every text, and
building a ``Token`` for each word to ask costs more than the repair itself."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.attrs import POS
from spacy.strings import StringStore

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from spacy.tokens import Doc


@functools.cache
def _hashes(values: frozenset[str]) -> frozenset[int]:
    """The values' string hashes, the same in every vocabulary."""
    store = StringStore()
    return frozenset(store[v] for v in values)


def parts_of_speech(doc: Doc, part: int) -> list[int]:
    """The indices of the words whose coarse part of speech is ``part`` (a
    ``spacy.parts_of_speech`` id: ``VERB``), in order."""
    return [i for i, p in enumerate(doc.to_array(POS).tolist()) if p == part]


def positions(doc: Doc, attr: int, values: Iterable[str]) -> list[int]:
    """The indices of the words whose ``attr`` (a ``spacy.attrs`` id: ``TAG``, ``DEP``,
    ``ORTH``) is one of ``values``, in order."""
    # a chunk is a few dozen words: a set asked over the plain list costs less than numpy's
    # comparisons and reductions over so short an array
    hashes = _hashes(values if isinstance(values, frozenset) else frozenset(values))
    return [i for i, h in enumerate(doc.to_array(attr).tolist()) if h in hashes]


def positions_passing(doc: Doc, attr: int, test: Callable[[str], object]) -> list[int]:
    """The indices of the words whose ``attr`` string passes ``test`` (a text opening with a
    figure), in order: each distinct string is asked once, and no ``Token`` is built."""
    ids = doc.to_array(attr).tolist()
    strings = doc.vocab.strings
    passing = {h for h in set(ids) if test(strings[h])}
    return [i for i, h in enumerate(ids) if h in passing]
