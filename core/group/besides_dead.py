"""The hurt told after the dead: "Seven people were killed. Another 23 were hurt in the
blast." After a sentence that tells the deaths and no hurt, "another N" (``increment_before``)
hurt are the hurt besides the dead, the count of all the hurt, not more hurt than a count told
before: they are compared with the other reports' counts of the hurt (core/group/conflicts.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from core.group.toll_parts import harm_told, partial
from core.model import Claim, Document


def besides_the_dead(claims: Sequence[Claim], documents: Sequence[Document]) -> frozenset[str]:
    """The ids of the hurt figures read as an increment whose sentence follows right after
    one that tells deaths and no hurt."""
    texts = {d.id: d.text for d in documents}
    ends: dict[str, set[int]] = defaultdict(set)  # per document: where such sentences end
    for c in claims:
        if c.measure == "killed" and harm_told(c.sentence) == (False, True):
            ends[c.document_id].add(c.sentence_end)
    out = set()
    for c in claims:
        text = texts.get(c.document_id)
        if text is None or c.measure != "injured" or partial(c) != "increment":
            continue
        before = c.sentence[: c.start - c.sentence_start]
        if harm_told(before) == (False, False) and any(
            end <= c.sentence_start and not text[end : c.sentence_start].strip()
            for end in ends[c.document_id]
        ):
            out.add(c.id)
    return frozenset(out)
