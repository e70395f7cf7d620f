"""A tally of a smaller area beside a recorder's review in one report. A review's figures
share one source and one period ("troops killed 40 rebels and arrested 30 across the northern
region in the second quarter, the command said"); a total of an area within the review's that
another body gives ("a rights group said 12 farmers had been held in one of its provinces"),
or that counts another period ("since January"), is an aside of its own: the containment of
the two places alone never ties it to the review, nor narrows the review's place to the
aside's area. The review's own parts by area ("of them, 20 in the north") stay its own."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from core.group.facts import ClaimFacts
from core.group.statistic_sources import named_source, source_key, source_names
from core.text.places import Relation


def another_tally_within(a: ClaimFacts, b: ClaimFacts, rel: Relation | None) -> bool:
    """Whether two period totals of one report, one of an area its own sentence names within
    the other's area, are two statistics: the inner one is another body's than its report's
    recorder and names a source the other does not name, or the two count different days."""
    if a.doc != b.doc or not (a.total and b.total) or rel not in ("contains", "within"):
        return False
    inner, outer = (a, b) if rel == "within" else (b, a)
    if not inner.stated:
        return False
    if inner.other_recorder and another_source(inner.claim.attribution, outer.claim.attribution):
        return True
    return None not in (a.start, a.end, b.start, b.end) and (a.start, a.end) != (b.start, b.end)


def another_source(own: str | None, other: str | None) -> bool:
    """Whether an attribution names a source that another attribution does not name: the
    other names none, only describes one ("the military", "officials") or names another body.
    A description may be the review's recorder: a figure of the review that names the same
    body still ties the tally to the review."""
    if own is None or not named_source(own):
        return False
    if other is None or not named_source(other):
        return True
    return not _one_body(source_names(own), source_names(other))


def with_other_recorders(facts: Sequence[ClaimFacts]) -> list[ClaimFacts]:
    """The facts, each period total whose attribution names another body than the recorder
    most of its report's named totals give marked ``other_recorder``."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    names: dict[tuple[str, str], set[str]] = defaultdict(set)
    for f in facts:
        if (source := _named_total(f)) is not None:
            key = source_key(source)
            counts[f.doc][key] += 1
            names[(f.doc, key)] |= source_names(source)
    recorders = {
        doc: [names[(doc, k)] for k, n in c.items() if n == max(c.values())]
        for doc, c in counts.items()
    }
    return [
        dataclasses.replace(f, other_recorder=True)
        if (source := _named_total(f)) is not None
        and not any(_one_body(source_names(source), r) for r in recorders[f.doc])
        else f
        for f in facts
    ]


def _named_total(f: ClaimFacts) -> str | None:
    """A period total's attribution, when it names its source."""
    source = f.claim.attribution
    return source if f.total and source is not None and named_source(source) else None


def _one_body(mine: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether two sets of a recorder's names name one body: a name alike, or one name the
    other's last words ("the Western Command", "the army's Western Command")."""
    return any(x == y or x.endswith(f" {y}") or y.endswith(f" {x}") for x in mine for y in theirs)
