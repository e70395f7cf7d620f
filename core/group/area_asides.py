"""A tally of a smaller area beside a recorder's review in one report. A review's figures
share one source and one period ("troops killed 40 rebels and arrested 30 across the northern
region in the second quarter, the command said"); a total of an area within the review's that
another body gives ("a rights group said 12 farmers had been held in one of its provinces"),
or that counts another period ("since January"), is an aside of its own: the containment of
the two places alone never ties it to the review, nor narrows the review's place to the
aside's area. The review's own parts by area ("of them, 20 in the north") stay its own. An
area's own body's count ("the Wend police said they lost 40 men this year", its area named by
the speaker's title) is such an aside beside the review's figure for that very area too, and
in another outlet's report it meets only that body's figures, never the review's."""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence

from core.extract.spoken_for_areas import titles_of
from core.group.facts import ClaimFacts
from core.group.statistic_sources import named_source, one_body, source_key, source_names
from core.text import places
from core.text.places import Relation


def aside_refusal(a: ClaimFacts, b: ClaimFacts, rel: Relation | None) -> str | None:
    """Why two period totals are two statistics, one an aside beside a review, or None."""
    if another_tally_within(a, b, rel):
        return "another tally of an area within"
    if another_bodys_own_count(a, b, rel):
        return "an area's own body's count and another recorder's"
    return None


def another_tally_within(a: ClaimFacts, b: ClaimFacts, rel: Relation | None) -> bool:
    """Whether two period totals of one report, one of an area its own sentence or its
    speaker's body names ("the Wend police said they lost 40 men") within the other's area,
    are two statistics: the inner one is another body's than its report's recorder and
    names a source the other does not name, or the two count different days. Of one area,
    another body's own count beside the recorder's ("the Wend police put their losses
    higher, at 52") is a statistic of its own too."""
    if a.doc != b.doc or not (a.total and b.total):
        return False
    if rel == "same":
        return _another_count_of_the_area(a, b) or _another_count_of_the_area(b, a)
    if rel not in ("contains", "within"):
        return False
    inner, outer = (a, b) if rel == "within" else (b, a)
    if not (inner.stated or inner.spoken_for):
        return False
    if inner.other_recorder and another_source(inner.claim.attribution, outer.claim.attribution):
        return True
    return None not in (a.start, a.end, b.start, b.end) and (a.start, a.end) != (b.start, b.end)


def another_bodys_own_count(a: ClaimFacts, b: ClaimFacts, rel: Relation | None) -> bool:
    """Whether, of two reports' period totals of one area (or one within the other), one is
    an area's own body's count its report gives beside another recorder's review ("the Wend
    police said they lost 40 men") and the other names another source: that count meets
    only the same body's figures in other reports, never a review of its area."""
    if a.doc == b.doc or not (a.total and b.total) or rel not in ("same", "contains", "within"):
        return False
    return any(
        own.other_recorder and own.spoken_for
        and other.claim.attribution is not None and named_source(other.claim.attribution)
        and another_source(own.claim.attribution, other.claim.attribution)
        for own, other in ((a, b), (b, a))
    )


def _another_count_of_the_area(own: ClaimFacts, other: ClaimFacts) -> bool:
    """``own`` is another body's count of the area, which its sentence or its speaker's body
    names, beside a figure of the report's recorder."""
    return (
        own.other_recorder
        and not other.other_recorder
        and (own.stated or own.spoken_for)
        and another_source(own.claim.attribution, other.claim.attribution)
    )


def _speakers_area(f: ClaimFacts, text: str) -> bool:
    """The figure, a period total, is of the area its speaker's body is named by ("the Wend
    police"), in its attribution or in a title the report writes before the speaker's name."""
    source = f.claim.attribution
    if not f.total or f.place is None or source is None:
        return False
    return any(
        f.place.key in {p.key for p in places.mentions(title)}
        for title in (source, *titles_of(source, text))
    )


def another_source(own: str | None, other: str | None) -> bool:
    """Whether an attribution names a source that another attribution does not name: the
    other names none, only describes one ("the military", "officials") or names another body.
    A description may be the review's recorder: a figure of the review that names the same
    body still ties the tally to the review."""
    if own is None or not named_source(own):
        return False
    if other is None or not named_source(other):
        return True
    return not one_body(source_names(own), source_names(other))


def with_other_recorders(
    facts: Sequence[ClaimFacts], texts: Mapping[str, str] | None = None
) -> list[ClaimFacts]:
    """The facts, each period total whose attribution names another body than the recorder
    most of its report's named totals give marked ``other_recorder``, and each whose place
    its speaker's body is named by (in its report's ``texts``) ``spoken_for``."""
    facts = [
        dataclasses.replace(f, spoken_for=True) if _speakers_area(f, (texts or {}).get(f.doc, ""))
        else f
        for f in facts
    ]
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
        and not any(one_body(source_names(source), r) for r in recorders[f.doc])
        else f
        for f in facts
    ]


def _named_total(f: ClaimFacts) -> str | None:
    """A period total's attribution, when it names its source."""
    source = f.claim.attribution
    return source if f.total and source is not None and named_source(source) else None
