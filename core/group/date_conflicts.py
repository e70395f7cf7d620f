"""Reports of one incident that give it different days ("killed on Friday" / "on Saturday").

A figure's ``date_start``/``date_end`` is the period it refers to (``core.model.Claim``): the
day stated beside it, else the day carried from the sentence before, else the day the report's
lead gives its incident (``core.extract.claim_dates``). For a toll that is the day of the
incident, so two reports of one event whose figures of one measure and scope (the groups the
figure conflicts compare) sit on different single days disagree on when it happened.

Only a day written in the figure's own sentence is compared ("a bomb killed nine on
Friday"): the lead's day carried down to a figure may date another happening.

Not a disagreement:
- a period (a range of days) beside a day: only single days are compared;
- a figure whose sentence says it revises an earlier one ("rose to 30 on Sunday"): it is
  dated by the revision, not the incident;
- a follow-up: a day after the other report was published is something that report could not
  know ("a fourth victim died on Monday");
- days that one report gives both of (its account spans them, so other reports that give
  one each tell parts of it);
- two figures of one report: only reports are set against each other.
Days one apart where either report speaks of the night ("late Friday", "overnight") may be the
same night either side of midnight: ``divergent``, not a contradiction.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Mapping, Sequence
from functools import cache

from core.group.reported_figures import Reported
from core.group.vocabulary import tokens
from core.model import Claim, ConflictKind
from core.rules import load_rules

# The measures whose figures are dated by the incident itself; "operations" and "other"
# count over periods or speak of anything.
DATED_MEASURES = frozenset({"killed", "injured", "arrested", "kidnapped", "attacks"})


@cache
def _night_words() -> frozenset[str]:
    return frozenset(load_rules("conflicts")["night_words"])


def day_of(claim: Claim) -> dt.date | None:
    """The single day a figure refers to, or None for a period or no date."""
    if claim.date_start is not None and claim.date_start == claim.date_end:
        return claim.date_start
    return None


def _written_beside(claim: Claim) -> bool:
    """Whether the figure's own sentence writes its day. A day carried down from the lead
    may belong to another happening than the figure's: the day a victim shot on Friday died,
    the day relief arrived, the date of an embedded post."""
    text = claim.date_text
    return text is not None and text.casefold() in claim.sentence.casefold()


def _both_knowable(a: dt.date, b: dt.date, published: Sequence[dt.date | None]) -> bool:
    """Whether both reports could have spoken of both days: neither day falls after a
    report was published (a later day is a follow-up that report could not know)."""
    known = [p for p in published if p is not None]
    return not known or max(a, b) <= min(known)


def _at_night(reports: Sequence[Reported]) -> bool:
    """Whether a report's day reads as a night: its date words and the two words before
    them ("late on Friday", "Friday night", "overnight Saturday")."""
    words = _night_words()
    for r in reports:
        text, sentence = r.claim.date_text or "", r.claim.sentence
        at = sentence.casefold().find(text.casefold()) if text else -1
        before = [t for t, _, _ in tokens(sentence[:at])][-2:] if at >= 0 else []
        if any(t in words for t in [*before, *(t for t, _, _ in tokens(text))]):
            return True
    return False


def _label(day: dt.date, reports: Sequence[Reported]) -> str:
    """ "Friday 2026-03-13 (Courier: “on Friday”; Herald)" """
    sources: dict[str, str | None] = {}
    for r in reports:
        sources.setdefault(r.source, r.claim.date_text)
    listed = "; ".join(f"{s}: “{t}”" if t else s for s, t in sources.items())
    return f"{day:%A} {day.isoformat()} ({listed})"


def _clashes(
    by_doc: Mapping[str, Mapping[dt.date, object]], published: Mapping[str, dt.date | None]
) -> tuple[set[tuple[str, dt.date]], set[int]]:
    """The (report, day) pairs that disagree with another report, and the gaps in days."""
    clashing: set[tuple[str, dt.date]] = set()
    gaps: set[int] = set()
    # the reports that give each day: asking every report for every pair of days grows with
    # the cube of the reports
    giving: dict[dt.date, set[str]] = defaultdict(set)
    for doc, days in by_doc.items():
        for day in days:
            giving[day].add(doc)
    for a, b in itertools.combinations(by_doc, 2):
        if by_doc[a].keys() & by_doc[b].keys():
            continue  # they share a day: one account spans the other's
        for da, db in itertools.product(by_doc[a], by_doc[b]):
            spanned = not giving[da].isdisjoint(giving[db])  # one report gives both
            if not spanned and _both_knowable(da, db, (published[a], published[b])):
                clashing |= {(a, da), (b, db)}
                gaps.add(abs((da - db).days))
    return clashing, gaps


def date_disagreement(
    members: Sequence[Reported],
) -> tuple[ConflictKind, tuple[str, ...], str] | None:
    """The reports among ``members`` (one event, measure and scope, in time order) that give
    the incident different days: kind, claim ids and explanation; None when they agree."""
    if not members or members[0].claim.measure not in DATED_MEASURES:
        return None
    by_doc: dict[str, dict[dt.date, list[Reported]]] = defaultdict(lambda: defaultdict(list))
    published: dict[str, dt.date | None] = {}
    for r in members:
        day = day_of(r.claim)
        if day is not None and not r.revises and _written_beside(r.claim):
            by_doc[r.claim.document_id][day].append(r)
            published[r.claim.document_id] = r.published
    clashing, gaps = _clashes(by_doc, published)
    if not clashing:
        return None
    per_day: dict[dt.date, list[Reported]] = defaultdict(list)
    for doc, day in sorted(clashing, key=lambda k: (k[1], k[0])):
        per_day[day] += by_doc[doc][day]
    involved = [r for day in sorted(per_day) for r in per_day[day]]
    night = gaps == {1} and _at_night(involved)
    kind: ConflictKind = "divergent" if night else "contradiction"
    text = "reports give the incident different days: " + " vs ".join(
        _label(day, per_day[day]) for day in sorted(per_day))
    if night:
        text += ": a day apart at night, maybe either side of midnight"
    return kind, tuple(dict.fromkeys(r.claim.id for r in involved)), text
