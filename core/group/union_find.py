"""The root lookup of the union-find that both report clustering and claim grouping use."""

from __future__ import annotations

from collections.abc import MutableMapping, MutableSequence


def find_root(owner: MutableSequence[int] | MutableMapping[int, int], i: int) -> int:
    """The root of ``i``'s set in ``owner`` (each member -> its parent, a root -> itself).
    Every member passed on the way is pointed at its grandparent (path halving), so later
    lookups are short."""
    while owner[i] != i:
        owner[i] = owner[owner[i]]
        i = owner[i]
    return i
