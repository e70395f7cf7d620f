"""Which pairs of quotes could be alike enough to be "the same words": a candidate index that
never misses one.

``fuzz.ratio(a, b) >= cutoff`` means few character insertions and deletions turn one text into
the other: ``indel <= (len(a) + len(b)) * (100 - cutoff) / 100``. Two facts follow, each a
necessary condition, so pairs failing them cannot reach the cutoff and are never compared:

- lengths: ``indel >= |len(a) - len(b)|``;
- shared character q-grams (the q-gram lemma): the ``L = (len(a) + len(b) - indel) / 2``
  characters they have in common keep ``L - q + 1`` q-grams, and each of the ``indel`` gaps
  breaks at most ``q - 1`` of them, so the two texts share at least
  ``L - q + 1 - (q - 1) * indel`` q-grams (counted with repeats).

When two texts must share ``t`` q-grams, the prefix filter (q-grams of each text ordered by how
few texts hold them, rarest first) says they share one of their first ``size - t + 1``. So only
texts sharing a rare q-gram are paired: common words no longer pair every quote with every
other.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations

_Q = 3  # trigrams: rarer than letter pairs, and still many shared by alike quotes
# A block of at most this many texts pairs them all: fewer pairs than the index would give
# (its prefixes still hold common trigrams), each test cheaper than the index's work; a bigger
# block (a common long word) goes through the index
BLOCK_ALL_PAIRS = 64


def block_pairs(
    texts: Sequence[str], blocks: Sequence[Sequence[int]], cutoff: float
) -> set[tuple[int, int]]:
    """Every ``(i, j)``, ``i < j``, of texts in one block (indices into ``texts``) whose texts
    may have ``fuzz.ratio >= cutoff``: a superset of the alike pairs of the blocks, as the
    index over every text then kept to the blocks, for a fraction of its work."""
    pairs: set[tuple[int, int]] = set()
    for block in blocks:
        members = sorted(set(block))
        if len(members) <= BLOCK_ALL_PAIRS:
            pairs.update(combinations(members, 2))
        else:
            found = candidate_pairs([texts[i] for i in members], cutoff)
            pairs.update((members[a], members[b]) for a, b in found)
    return {(i, j) for i, j in pairs if _lengths_allow(len(texts[i]), len(texts[j]), cutoff)}


def candidate_pairs(texts: Sequence[str], cutoff: float) -> set[tuple[int, int]]:
    """Every ``(i, j)``, ``i < j``, whose texts may have ``fuzz.ratio >= cutoff`` (a superset:
    the caller still computes the ratio)."""
    grams = [_grams(t) for t in texts]
    rarity: dict[tuple[str, int], int] = {}
    for own in grams:
        for g in own:
            rarity[g] = rarity.get(g, 0) + 1
    by_gram: dict[tuple[str, int], list[int]] = {}
    unfiltered: list[int] = []  # too short for the q-gram bound: paired by length alone
    pairs: set[tuple[int, int]] = set()
    for i, own in enumerate(grams):
        need = _shared_at_least(len(texts[i]), cutoff)
        if need <= 0:
            unfiltered.append(i)
            continue
        prefix = sorted(own, key=lambda g: (rarity[g], g))[: len(own) - need + 1]
        met: set[int] = set().union(*(by_gram.get(g, ()) for g in prefix))
        pairs.update((j, i) for j in met)
        for g in prefix:
            by_gram.setdefault(g, []).append(i)
    for i in unfiltered:
        pairs.update((min(i, j), max(i, j)) for j in range(len(texts)) if j != i)
    return {(i, j) for i, j in pairs if _lengths_allow(len(texts[i]), len(texts[j]), cutoff)}


def _grams(text: str) -> set[tuple[str, int]]:
    """The text's q-grams, a repeated one numbered by its occurrence (a multiset as a set)."""
    seen: dict[str, int] = {}
    out = set()
    for n in range(len(text) - _Q + 1):
        g = text[n : n + _Q]
        seen[g] = seen.get(g, 0) + 1
        out.add((g, seen[g]))
    return out


def _max_indel(total: int, cutoff: float) -> int:
    """The most insertions and deletions two texts of ``total`` characters may differ by and
    still reach ``cutoff`` (one more than exact, against rounding)."""
    return int(total * (100 - cutoff) / 100) + 1


def _lengths_allow(la: int, lb: int, cutoff: float) -> bool:
    return abs(la - lb) <= _max_indel(la + lb, cutoff)


def _shared_at_least(length: int, cutoff: float) -> int:
    """The fewest q-grams a text of ``length`` shares with any text it may match: the q-gram
    lemma's bound at the partner length (and indel) that makes it smallest."""
    bounds = []
    for other in range(2 * length + _Q + 2):
        if not _lengths_allow(length, other, cutoff):
            continue
        indel = _max_indel(length + other, cutoff)
        kept = (length + other - indel) / 2
        bounds.append(kept - _Q + 1 - (_Q - 1) * indel)
    return int(min(bounds)) if bounds else 0
