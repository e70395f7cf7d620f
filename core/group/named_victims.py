"""One victim named without a numeral ("a 70-year-old farmer was killed", "a bus driver was
wounded", "Jon Roe, 22, died": ``core.extract.victim_mentions.SINGULAR_RULES``) set beside a
count of more than one of the same scope.

In a report that counts the measure such a victim is one of the counted (or one more of
them), never a second count: "six villagers were killed ... a 70-year-old farmer died in his
field" is no disagreement. A report that names its one victim and counts none ("a bus driver
was wounded") tells all it knows: against another report's larger count it is ``divergent``,
never a contradiction, as the report may name only one of them. A count of one written as a
numeral ("one ranger was hurt") is a count like any other.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from core.extract.victim_mentions import SINGULAR_RULES
from core.group.figure_levels import figure_level
from core.model import Claim, ConflictKind, Measure


def named_victim(claim: Claim) -> bool:
    """Whether the figure is one victim named without a numeral."""
    return claim.rule.startswith(SINGULAR_RULES)


def counting_reports(claims: Iterable[Claim]) -> frozenset[tuple[str, Measure]]:
    """The (report, measure) pairs for which some report gives a count, not only victims named
    without a numeral."""
    return frozenset((c.document_id, c.measure) for c in claims if not named_victim(c))


def one_of_the_counted(a: Claim, b: Claim, counting: Collection[tuple[str, Measure]]) -> bool:
    """A victim named without a numeral, beside a count of more, in a report that counts its
    measure too (``counting_reports``): one of the counted, or one more of them ("the guard
    died in hospital on Friday, raising the toll to five"), never a count of its own."""
    return any(
        named_victim(one)
        and figure_level(many) > 1
        and not named_victim(many)
        and (one.document_id, one.measure) in counting
        for one, many in ((a, b), (b, a))
    )


def named_against_count(
    a: Claim, b: Claim, judged: tuple[ConflictKind, str]
) -> tuple[ConflictKind, str]:
    """A contradiction between a victim named without a numeral and a larger count is
    divergent: the report may name only one of them."""
    kind, text = judged
    if kind != "contradiction":
        return judged
    for one, many in ((a, b), (b, a)):
        if named_victim(one) and not named_victim(many) and figure_level(many) > 1:
            return "divergent", f"{text.split(':')[0]}: one report names a single victim"
    return judged
