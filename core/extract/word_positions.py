"""Where words of a kind stand in a parsed text, read off spaCy's attribute arrays: the parse
repairs look for a rare word ("(", a past participle hung as an adjective) in every text, and
building a ``Token`` for each word to ask costs more than the repair itself."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import numpy
from spacy.strings import StringStore

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc


@functools.cache
def _hashes(values: frozenset[str]) -> tuple[int, ...]:
    """The values' string hashes, the same in every vocabulary."""
    store = StringStore()
    return tuple(store[v] for v in sorted(values))


def positions(doc: Doc, attr: int, values: Iterable[str]) -> list[int]:
    """The indices of the words whose ``attr`` (a ``spacy.attrs`` id: ``TAG``, ``DEP``,
    ``ORTH``) is one of ``values``, in order."""
    column = doc.to_array(attr)
    found = functools.reduce(
        numpy.logical_or, (column == h for h in _hashes(frozenset(values)))
    )
    return [int(i) for i in numpy.flatnonzero(found)]
