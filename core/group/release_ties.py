"""One release told by two reports: a recorder's tally of one area over one period ("the
institute counted 1,210 deaths in the country last year"), which two outlets quote with their
own words, is one statistic. The period and the place alone leave them short of the threshold
(every tally of that country and year shares them); the recorder both name adds to them. A
part of the area ("the northern province saw 400 of them"), another period, or a source one
report only describes ("a think tank") adds nothing. A figure over one of the release's
months ("the bloodiest of its months was May: 240 dead"), which its sentence does not word as
a tally, is the recorder's too when the other report's figure spans the very same days; and
two such figures that give one count of one measure add more (the recorder's count restated)."""

from __future__ import annotations

from core.group.facts import ClaimFacts
from core.group.periods import TOTAL_MIN_DAYS
from core.group.statistic_sources import named_source, one_body, source_names
from core.text.places import Relation

# Two reports' tallies of one place and period that name one recorder: with the period (0.2)
# and the place (a country, 0.05) and their wording, they reach the threshold.
ONE_RELEASE = 0.15
# ... and give the very count of one measure over the very same days: the recorder's figure,
# restated ("240 dead in May" / "May's 240 deaths")
ONE_COUNT = 0.1


def release_source(f: ClaimFacts) -> frozenset[str]:
    """The names of a tally's recorder, when its attribution names one, else none."""
    source = f.claim.attribution
    if not f.total or source is None or not named_source(source):
        return frozenset()
    return source_names(source)


def period_source(f: ClaimFacts) -> frozenset[str]:
    """The names of the recorder of a figure over a period longer than an incident's days that
    its sentence does not word as a tally ("of its months May left the most dead, 240"), when
    its attribution names one, else none."""
    source = f.claim.attribution
    if (
        f.total or f.incident or source is None or f.start is None or f.end is None
        or f.end - f.start < TOTAL_MIN_DAYS or not named_source(source)
    ):
        return frozenset()
    return source_names(source)


def one_release(a: ClaimFacts, b: ClaimFacts, rel: Relation | None) -> bool:
    """Whether two reports' tallies of one place name one recorder; a figure its sentence does
    not word as a tally counts when the two span the very same days."""
    if a.doc == b.doc or rel != "same":
        return False
    if one_body(release_source(a), release_source(b)):
        return True
    return (a.start, a.end) == (b.start, b.end) and one_body(
        release_source(a) | period_source(a), release_source(b) | period_source(b)
    )


def release_evidence(
    a: ClaimFacts, b: ClaimFacts, rel: Relation | None, score: float, reasons: list[str] | None
) -> float:
    """The score after two reports' tallies of one place name one recorder."""
    if not one_release(a, b, rel):
        return score
    if reasons is not None:
        shared = _shared(release_source(a) | period_source(a), release_source(b) | period_source(b))
        reasons.append(f"one recorder's tally ({shared})")
    if not one_count(a, b):
        return score + ONE_RELEASE
    if reasons is not None:
        written = f"{a.claim.number_text} / {b.claim.number_text}"
        reasons.append(f"the recorder's count restated ({written})")
    return score + ONE_RELEASE + ONE_COUNT


def one_count(a: ClaimFacts, b: ClaimFacts) -> bool:
    """Whether two figures give one count of one core measure (people or attacks, never a
    share or another quantity) over the very same days."""
    return (
        a.claim.is_core and a.claim.measure == b.claim.measure and a.claim.value == b.claim.value
        and a.start is not None and (a.start, a.end) == (b.start, b.end)
    )


def _shared(mine: frozenset[str], theirs: frozenset[str]) -> str:
    """The recorder's name two tallies share, the shorter of two where one ends the other."""
    return min(
        (min(x, y, key=len) for x in mine for y in theirs if one_body((x,), (y,))),
        key=lambda n: (len(n), n),
    )
