"""A toll and the one group it names, set side by side ("at least six policemen were killed" /
"the death toll rose to seven"; "14 worshippers" / "16 bodies").

The figure conflicts compare figures of one scope only (``conflicts.scope``): "26 civilians"
and "30 people" count different things. But a report that names who died often names one
group only, and the toll of the same incident, in another sentence or another report, counts
them and perhaps others: a checker wants the two figures side by side when one report gives
both (across reports, an incident's many tolls, by district or by hour, would each be set
against every group figure). They are compared when
the event's figures of one measure give the toll ("all") and exactly one other scope, and that
scope is a named group of people (``rules/event_types.json`` scopes: civilians, children,
security forces, and the inmates of a prison riot; attackers are often counted apart from the
toll, and a second group makes the named figures a breakdown). Never a contradiction: the
toll may count others, or the group be counted later; the explanation says which way they
differ.

Not compared: figures of one sentence ("seven killed, six of them policemen"), a figure that
is part of the other (``Claim.part_of``), a single victim ("a policeman was killed" is one of
the dead, not a count of them, and another group's lone victim makes no breakdown), two
figures of the group in one sentence ("three men and three women": a breakdown), a sentence
that counts the group among the dead ("six policemen were among the dead", "four of them"),
running tallies (``_Report.total``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from functools import cache
from typing import Protocol

from core.group.figure_levels import figure_level, same_figure
from core.group.running_tallies import clause
from core.group.vocabulary import find_phrases, rules, tokens
from core.model import Claim, ConflictKind, Measure
from core.rules import load_rules

WHOLE = "all"
NAMED_GROUPS = frozenset({"civilians", "children", "security", "prisoners"})  # may be compared
INCLUDING = frozenset({"including", "includes", "included"})  # "the dead included six guards"
MAX_LINES = 10  # per event and measure: the distinct pairs of figures listed at most


_BE = frozenset({"were", "was", "are", "is"})  # "four of the dead were police officers"
BE_REACH = 4  # words after a partitive figure its verb stands within ("four of the dead were")
GROUP_REACH = 3  # words after the verb the group's noun stands within ("were police officers")


def named_part(claim: Claim) -> str | None:
    """The named group a part of the casualties is said to be ("four of the dead were police
    officers", "two of those hurt are children"): its scope, or None."""
    sentence = claim.sentence
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    _, hi = clause(sentence, start, end)
    after = [t for t, _, _ in tokens(sentence[end:hi])]
    verb = next((n for n, w in enumerate(after[:BE_REACH]) if w in _BE), None)
    if verb is None or "of" not in after[:verb]:
        return None
    table = rules().scopes
    nouns = after[verb + 1 : verb + 1 + GROUP_REACH]
    return next((table[w] for w in nouns if table.get(w) in NAMED_GROUPS), None)


class Scoped(Protocol):
    """What one report of a figure tells (``conflicts._Report`` is one)."""

    @property
    def claim(self) -> Claim: ...
    @property
    def total(self) -> bool: ...


# claim ids, measure, kind, explanation
Found = tuple[tuple[str, ...], Measure, ConflictKind, str]


def part_and_whole(
    groups: Mapping[tuple[Measure, str], Sequence[Scoped]], describe: Callable[[Claim], str]
) -> list[Found]:
    """Per measure whose figures give the toll and exactly one named group: each distinct
    pair of a group figure and a toll figure that differ, with every claim that makes it."""
    scopes: dict[Measure, list[str]] = defaultdict(list)
    for measure, scope in groups:
        scopes[measure].append(scope)
    out: list[Found] = []
    for measure, names in scopes.items():
        # a lone victim of another group ("one of the injured died later") breaks nothing down
        parts = [
            s for s in names
            if s != WHOLE and not all(_single(r.claim) for r in groups[(measure, s)])
        ]
        if WHOLE not in names or len(parts) != 1 or parts[0] not in NAMED_GROUPS:
            continue
        out += _pairs(
            measure, parts[0], groups[(measure, parts[0])], groups[(measure, WHOLE)], describe
        )
    return out


def _pairs(
    measure: Measure,
    scope: str,
    parts: Sequence[Scoped],
    wholes: Sequence[Scoped],
    describe: Callable[[Claim], str],
) -> list[Found]:
    lines: dict[str, list[str]] = {}
    # "three men and three women were hurt": one sentence's figures of the group break it down
    sentences = Counter((r.claim.document_id, r.claim.sentence_start) for r in parts)
    for part in parts:
        p = part.claim
        if (
            part.total
            or _single(p)
            or sentences[(p.document_id, p.sentence_start)] > 1
            or _counted_among(p)
        ):
            continue
        for whole in wholes:
            w = whole.claim
            if whole.total or _single(w) or not _apart(p, w):
                continue
            line = _line(p, w, scope, describe)
            if line not in lines and len(lines) == MAX_LINES:
                continue
            ids = lines.setdefault(line, [])
            ids += [c for c in (p.id, w.id) if c not in ids]
    return [(tuple(ids), measure, "divergent", line) for line, ids in lines.items()]


COUNT_NOUNS = frozenset({"number", "toll", "tally", "count"})  # "the number of attackers killed"
OF_WORDS = 3  # the counted noun follows "number of" within this many words


def counted_group(claim: Claim) -> tuple[str, ...]:
    """For a figure read with no subject, the words its clause counts with "the number of ..."
    or "the toll of ..." before it ("put the number of attackers killed at four"), or ()."""
    sentence = claim.sentence
    start = claim.start - claim.sentence_start
    lo, _ = clause(sentence, start, claim.end - claim.sentence_start)
    words = [t for t, s, _ in tokens(sentence) if lo <= s < start]
    for i in range(len(words) - 2, -1, -1):
        if words[i] in COUNT_NOUNS and words[i + 1] == "of":
            return _of_words(words, i)
    return ()


def counted_words(claim: Claim) -> tuple[str, ...]:
    """The words that say what a figure counts: its subject's, save a count noun ("raising to
    five the number of rangers killed": the words after it, "rangers"; "the toll rose to
    five": none, the toll of all), else those of "the number of ..." before it
    (``counted_group``)."""
    words = [t for t, _, _ in tokens(claim.subject or "")]
    if words and words[-1] in COUNT_NOUNS:
        lo, hi = clause(claim.sentence, claim.start - claim.sentence_start,
                        claim.end - claim.sentence_start)
        after = [t for t, s, _ in tokens(claim.sentence[lo:hi])
                 if s + lo >= claim.end - claim.sentence_start]
        at = after.index(words[-1]) if words[-1] in after else len(after)
        return _of_words(after, at) if after[at + 1 : at + 2] == ["of"] else ()
    return tuple(words) or counted_group(claim)


def _of_words(words: Sequence[str], at: int) -> tuple[str, ...]:
    """The noun phrase after the count noun at ``at`` and its "of", up to its participle
    ("the number of attackers killed": "attackers")."""
    found = [w for w in words[at + 2 : at + 2 + OF_WORDS] if w != "the"]
    cut = next((n for n, w in enumerate(found) if n and w.endswith("ed")), len(found))
    return tuple(found[:cut])


def _counted_among(claim: Claim) -> bool:
    """A sentence that counts the group among the dead ("six policemen were among the dead")
    or as included before the figure ("the dead included six policemen")."""
    toks = tokens(claim.sentence)
    at = claim.start - claim.sentence_start
    return bool(find_phrases(toks, breakdown_words())) or not INCLUDING.isdisjoint(
        t for t, _, e in toks if e <= at
    )


@cache
def breakdown_words() -> frozenset[tuple[str, ...]]:
    """``rules/event_types.json`` "breakdown": "six policemen were among the dead"."""
    phrases = load_rules("event_types")["breakdown"]
    return frozenset(tuple(t for t, _, _ in tokens(p)) for p in phrases)


def _single(claim: Claim) -> bool:
    """One victim ("a policeman was killed", "one suffered critical injuries"): one of the
    dead or hurt, not a count of a group or a toll."""
    return claim.value == 1 and claim.qualifier == "exact"


def _apart(p: Claim, w: Claim) -> bool:
    """Two figures to set side by side: different values in two sentences of one report,
    neither a part of the other. Across reports, an event's many tolls (by district, by
    hour) would each be set against every group figure."""
    return (
        not same_figure(p, w)
        and p.document_id == w.document_id
        and p.sentence_start != w.sentence_start
        and p.part_of != w.id
        and w.part_of != p.id
        and (p.part_of is None) == (w.part_of is None)
    )


def _line(p: Claim, w: Claim, scope: str, describe: Callable[[Claim], str]) -> str:
    group = (p.subject or scope).strip()
    if figure_level(p) > figure_level(w):
        why = "more of them than the toll counts in all"
    else:
        why = "the toll counts others too, or the group's count differs"
    return f"{describe(p)} {group} vs {describe(w)} in all: {why}"
