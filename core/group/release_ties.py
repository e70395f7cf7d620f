"""One release told by two reports: a recorder's tally of one area over one period ("the
institute counted 1,210 deaths in the country last year"), which two outlets quote with their
own words, is one statistic. The period and the place alone leave them short of the threshold
(every tally of that country and year shares them); the recorder both name adds to them. A
part of the area ("the northern province saw 400 of them"), another period, or a source one
report only describes ("a think tank") adds nothing."""

from __future__ import annotations

from core.group.facts import ClaimFacts
from core.group.statistic_sources import named_source, source_names
from core.text.places import Relation

# Two reports' tallies of one place and period that name one recorder: with the period (0.2)
# and the place (a country, 0.05) and their wording, they reach the threshold.
ONE_RELEASE = 0.15


def release_source(f: ClaimFacts) -> frozenset[str]:
    """The names of a tally's recorder, when its attribution names one, else none."""
    source = f.claim.attribution
    if not f.total or source is None or not named_source(source):
        return frozenset()
    return source_names(source)


def one_release(a: ClaimFacts, b: ClaimFacts, rel: Relation | None) -> bool:
    """Whether two reports' tallies of one place name one recorder."""
    return a.doc != b.doc and rel == "same" and not release_source(a).isdisjoint(release_source(b))


def release_evidence(
    a: ClaimFacts, b: ClaimFacts, rel: Relation | None, score: float, reasons: list[str] | None
) -> float:
    """The score after two reports' tallies of one place name one recorder."""
    if not one_release(a, b, rel):
        return score
    if reasons is not None:
        reasons.append(f"one recorder's tally ({min(release_source(a) & release_source(b))})")
    return score + ONE_RELEASE
