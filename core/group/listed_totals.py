"""A list of the groups an incident harmed, one figure per group ("three soldiers and two
civilians were killed"): the sum is the report's toll, set against another report's toll ("six
people were killed"). Read only where the sentence gives no toll of its own, counts no group
among others ("among the dead", "including", "of them") and revises nothing; the figures of
one group are still compared with that group's (``conflicts.scope``)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from core.group.reported_figures import Reported
from core.group.scope_conflicts import INCLUDING, NAMED_GROUPS, WHOLE, breakdown_words
from core.group.vocabulary import find_phrases, rules, tokens
from core.model import Claim, ConflictKind, Measure

MIN_LISTED = 2  # figures of named groups in one sentence that make a list


R = TypeVar("R", bound=Reported)
# claim ids, measure, kind, explanation
Found = tuple[tuple[str, ...], Measure, ConflictKind, str]


def listed_sums(
    groups: Mapping[tuple[Measure, str], Sequence[R]],
    summed: Callable[[Sequence[R], float], R],
    judge: Callable[[R, R], tuple[ConflictKind, str] | None],
    when: Callable[[R], tuple[dt.date, int, int]],
) -> list[Found]:
    """Per measure, each list's sum judged against the tolls of the event's other reports
    (``summed`` makes the sum a report of the list's first figure; ``judge`` takes the earlier
    report first, by ``when``); agreements are left out."""
    lines: dict[tuple[Measure, ConflictKind, str], list[str]] = {}
    for measure in sorted({m for m, _ in groups}):
        wholes = [r for r in groups.get((measure, WHOLE), ()) if _whole(r)]
        for members in _lists(groups, measure):
            listed = summed(members, sum(r.claim.value for r in members))
            doc = members[0].claim.document_id
            for whole in wholes:
                if whole.claim.document_id == doc:
                    continue
                first, second = sorted((listed, whole), key=when)
                judged = judge(first, second)
                if judged is None or judged[0] == "consistent":
                    continue
                ids = lines.setdefault((measure, *judged), [])
                ids += [c for c in (*(r.claim.id for r in members), whole.claim.id)
                        if c not in ids]
    return [(tuple(ids), measure, kind, text) for (measure, kind, text), ids in lines.items()]


def _whole(r: Reported) -> bool:
    return not r.lone_group and not r.total and r.claim.part_of is None


def _lists(groups: Mapping[tuple[Measure, str], Sequence[R]], measure: Measure) -> list[list[R]]:
    """The lists of one measure: a sentence's exact figures of named groups, two or more, in
    a sentence with no toll of that measure, no breakdown and no revision."""
    by_sentence: dict[tuple[str, int], list[R]] = defaultdict(list)
    for (m, scope), members in groups.items():
        if m == measure and scope in NAMED_GROUPS:
            for r in members:
                if r.claim.part_of is None and not r.total and not r.lone_group:
                    by_sentence[(r.claim.document_id, r.claim.sentence_start)].append(r)
    tolls = {
        (r.claim.document_id, r.claim.sentence_start)
        for r in groups.get((measure, WHOLE), ())
        if not r.lone_group
    }
    out = []
    for key, members in by_sentence.items():
        members.sort(key=lambda r: r.claim.start)
        if len(members) < MIN_LISTED or key in tolls:
            continue
        if any(r.claim.qualifier != "exact" for r in members):
            continue
        if _counted_apart(members[0].claim):
            continue
        out.append(members)
    return out


def _counted_apart(claim: Claim) -> bool:
    """A sentence that gives its groups as parts of a toll or revises one ("among the dead",
    "including", "of them", "rose to")."""
    toks = tokens(claim.sentence)
    words = {t for t, _, _ in toks}
    return bool(
        find_phrases(toks, breakdown_words())
        or find_phrases(toks, rules().revision)
        or not INCLUDING.isdisjoint(words)
    )
