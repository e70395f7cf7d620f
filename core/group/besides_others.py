"""Those taken besides the ones counted before: "A total of 60 fighters surrendered in the
quarter. Another 18 were arrested." After a sentence whose figures count other things and
none of its measure, "another N" arrested or abducted (``toll_parts.partial``: an increment)
are all of them, the count besides the surrendered or the dead, not more than a count told
before: they are compared with the other reports' counts (core/group/conflicts.py). The hurt
after the dead are ``besides_dead``'s."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from core.group.toll_parts import partial
from core.model import Claim, Document, Measure

# measures whose "another N" after other counts is their count in all
TAKEN: frozenset[Measure] = frozenset({"arrested", "kidnapped"})


def besides_other_counts(
    claims: Sequence[Claim], documents: Sequence[Document]
) -> frozenset[str]:
    """The ids of the arrested or abducted read as an increment, first figure of a sentence
    that follows right after one whose figures all count other measures."""
    texts = {d.id: d.text for d in documents}
    told: dict[tuple[str, int], set[str]] = defaultdict(set)  # (document, sentence end)
    first: dict[tuple[str, int], int] = {}  # (document, sentence start): its first figure
    for c in claims:
        told[(c.document_id, c.sentence_end)].add(c.measure)
        key = (c.document_id, c.sentence_start)
        first[key] = min(first.get(key, c.start), c.start)
    out = set()
    for c in claims:
        text = texts.get(c.document_id)
        if (
            text is None or c.measure not in TAKEN
            or first[(c.document_id, c.sentence_start)] != c.start
            or partial(c) != "increment"
        ):
            continue
        before = told.get((c.document_id, len(text[: c.sentence_start].rstrip())))
        if before and c.measure not in before:
            out.add(c.id)
    return frozenset(out)
