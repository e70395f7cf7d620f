"""Which figures of one incident count the same people, beyond the head noun of their
subject (``conflicts.scope``):
- a pronoun counts the group its sentence named before it ("offloaded the passengers and shot
  dead three of them": passengers; "18 militants, two of whom": militants);
- a list of figures read as one ("four soldiers, two policemen and a civilian") counts them all;
- the one group an incident's reports name as its victims ("gunmen killed four passengers",
  "the toll has risen to six") is its toll: set against another report's toll, unless its
  report names it as a part of the toll ("12 killed, including five policemen", "six policemen
  were among the dead") or a second group is named (civilians, children, security forces,
  prisoners: attackers, and heads the scope table lacks, are counted apart). A group smaller
  than the toll is then ``divergent`` (the toll may count others), never a contradiction;
- the dead of a bomb and the dead of gunfire (sentences that each name one means and not
  the other) are different people: the blast and the shooting of one day, or the two parts
  of one assault, never a disagreement;
- the attackers killed when their attack was repelled ("two of the attackers were killed in
  the exchange of fire") and the militants an operation killed ("killed five terrorists in an
  operation") are two stages' dead, never set against each other.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping, Sequence
from functools import cache
from itertools import pairwise
from typing import Protocol, TypeVar

from core.group.case_totals import CASE_TOTAL
from core.group.figure_levels import figure_level
from core.group.scope_conflicts import INCLUDING, NAMED_GROUPS, WHOLE, breakdown_words
from core.group.toll_parts import harm_words
from core.group.vocabulary import find_phrases, reporting_verbs, rules, sentence_info, tokens
from core.model import Claim, ConflictKind, Measure
from core.rules import load_rules

ATTACKERS = "militants"  # the scope of the attackers' side (``rules/event_types.json`` scopes)
OPERATION = "operation"  # the stage of the forces' operation: a raid, a sweep, an operation
REPLY = "reply"  # the stage of the fire answering an attack
MEANS = frozenset({"bombing", "shooting"})  # kinds that tell how the victims were killed
PRONOUNS = frozenset({"them", "those", "these", "they", "whom", "which"})
# "12 killed, including 5 policemen": before the group's figure, it makes the figure a part
PLURAL_ENDINGS = (("men", "man"), ("s", ""))  # "policemen" is "policeman", "guards" "guard"


class Grouped(Protocol):
    """What one report of a figure tells (``conflicts._Report`` is one)."""

    @property
    def claim(self) -> Claim: ...
    @property
    def lone_group(self) -> bool: ...


R = TypeVar("R", bound=Grouped)


def pronoun_scope(claim: Claim, words: Sequence[str]) -> str | None:
    """For a figure whose subject is a pronoun, the scope of the nearest group noun before the
    figure in its sentence; None for any other subject, or when the sentence names none (the
    pronoun then stays a scope of its own)."""
    if not words or words[-1] not in PRONOUNS:
        return None
    table = rules().scopes
    before = [t for t, _, _ in tokens(claim.sentence[: max(0, claim.start - claim.sentence_start)])]
    speaking = reporting_verbs()
    nouns = (
        t for t, after in reversed(list(pairwise([*before, ""])))
        if t in table and t not in harm_words() and after not in speaking
    )  # "shot dead": no group; "police said nine of them": not the police
    return next((table[t] for t in nouns), None)


def listed(claim: Claim) -> bool:
    """Whether the figure was read from a list of groups of different scopes ("four soldiers,
    two policemen and a civilian" as 7): it counts them all."""
    table = rules().scopes
    return len({table[t] for t, _, _ in tokens(claim.number_text) if t in table}) > 1


def merge_lone_groups(
    groups: MutableMapping[tuple[Measure, str], list[R]], mark: Callable[[R], R]
) -> None:
    """Per measure, the one named group of victims an event's reports give beside its toll
    (beside any group given only as a part of it) is also set among the toll's figures
    (copies ``mark`` gives ``lone_group``), from each report that does not make the group a
    part of the toll ("including five policemen"): "nine workers were killed" is its report's
    toll even where another report counts "three workers" among its dead."""
    for measure in {m for m, _ in groups}:
        scopes = {s for m, s in groups if m == measure}
        # other heads ("sons", "facilitators") name no group; nor does a group its reports
        # give only as a part of the toll that another counts among its own ("the victims
        # included two children" beside the worshippers killed)
        named = scopes & NAMED_GROUPS
        named -= {
            s for s in named
            if _within().get(s) in named and all(_a_part(r.claim) for r in groups[(measure, s)])
        }
        if WHOLE not in scopes or len(named) != 1:
            continue
        members = groups[(measure, next(iter(named)))]
        apart = {r.claim.document_id for r in members if _a_part(r.claim)}
        groups[(measure, WHOLE)] += [
            mark(r) for r in members
            if not _single(r.claim) and r.claim.document_id not in apart
        ]


def merge_loose_heads(
    groups: MutableMapping[tuple[Measure, str], list[R]], mark: Callable[[R], R]
) -> None:
    """Per measure of ``rules/event_types.json`` "loose_heads" (the arrested), the figures of
    a head noun the scope table lacks ("police held two managers", "three informants were
    picked up") are also set among the measure's count of all (copies ``mark`` gives
    ``lone_group``): those held are the suspects whatever a report calls them, but the
    managers may be some of them, so a smaller figure is divergent from the count of all
    (``toll_against_group``), and one report's figures are never set against each other
    (``judged_apart``: "38 suspects were held, four of them members of the gang"). A pronoun
    the sentence names no group for ("two of those") stays apart."""
    known = {*rules().scopes.values(), WHOLE, CASE_TOTAL, *PRONOUNS}
    for (measure, head), members in list(groups.items()):
        if measure in _loose_heads() and head not in known and (measure, WHOLE) in groups:
            groups[(measure, WHOLE)] += [mark(r) for r in members]


@cache
def _loose_heads() -> frozenset[str]:
    """``rules/event_types.json`` "loose_heads": measures whose figures of any head noun
    count the one group the measure counts."""
    return frozenset(load_rules("event_types")["loose_heads"])


@cache
def _within() -> dict[str, str]:
    """``rules/event_types.json`` "scope_within": a scope whose people another counts."""
    table: dict[str, str] = load_rules("event_types")["scope_within"]
    return table


def judged_apart(first: Grouped, second: Grouped) -> bool:
    """Pairs the toll's figures leave to others: two of the lone group (compared in its own
    scope), or the group and the toll of one report (``scope_conflicts`` sets those side by
    side)."""
    if not (first.lone_group or second.lone_group):
        return False
    return first.lone_group == second.lone_group or (
        first.claim.document_id == second.claim.document_id
    )


def _single(claim: Claim) -> bool:
    """One victim ("a policeman was killed"): one of the dead, not a count of them."""
    return claim.value == 1 and claim.qualifier == "exact"


def _a_part(claim: Claim) -> bool:
    """A group figure its report gives as a part of the toll: a subset, or a sentence that
    counts it among the dead or includes it ("six policemen were among the dead")."""
    if claim.part_of is not None:
        return True
    toks = tokens(claim.sentence)
    at, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    words = [t for t, _, _ in tokens(claim.subject or "")]
    # "offloaded the passengers and shot dead three of them": a pronoun whose group the
    # sentence named counts that group, not a part of the dead
    own = pronoun_scope(claim, words) is not None
    phrases = [
        start for _, start, _ in find_phrases(toks, breakdown_words())
        if not (own and start == _next_start(toks, end))
    ]
    return bool(phrases) or not INCLUDING.isdisjoint(t for t, _, e in toks if e <= at)


def _next_start(toks: Sequence[tuple[str, int, int]], end: int) -> int | None:
    """Where the first token after offset ``end`` starts."""
    return next((s for _, s, _ in toks if s >= end), None)


def toll_against_group(
    first: Grouped, second: Grouped, judged: tuple[ConflictKind, str]
) -> tuple[ConflictKind, str]:
    """A contradiction between the lone group and a larger toll is divergent: the toll may
    count others too."""
    kind, text = judged
    if kind != "contradiction" or first.lone_group == second.lone_group:
        return judged
    group, toll = (first, second) if first.lone_group else (second, first)
    if figure_level(group.claim) < figure_level(toll.claim):
        return "divergent", f"{text.split(':')[0]}: the toll may count others than the group"
    return judged


def other_members(a: Claim, b: Claim) -> bool:
    """Two figures of differently named groups of one scope, one of them given as a part of
    the toll ("among the dead are five soldiers and two policemen" / "four policemen were
    killed"): each counts its own group, never each other's, so they are not compared."""
    heads = [_head(c) for c in (a, b)]
    if not all(heads) or heads[0] == heads[1]:
        return False
    table = rules().scopes
    named = {table.get(w) for c in (a, b) for w in _words(c)[-1:]}
    # the toll's words ("people", "lives", "bodies") name one count, never a group
    if len(named) != 1 or not named <= NAMED_GROUPS:
        return False
    return _a_part(a) or _a_part(b)


def _words(claim: Claim) -> list[str]:
    return [t for t, _, _ in tokens(claim.subject or "")]


def _head(claim: Claim) -> str:
    """The subject's last word, singular ("policemen" and "policeman" alike), or ""."""
    words = _words(claim)
    if not words:
        return ""
    word = words[-1]
    for plural, single in PLURAL_ENDINGS:
        if word.endswith(plural):
            return word[: -len(plural)] + single
    return word


def other_stages(a: Claim, b: Claim, counted: str) -> bool:
    """Two counts of the attackers' side (``counted``), one told as the dead of an operation
    the forces launched and the other as the dead of the fire answering an attack ("the
    guards returned fire", "two of the attackers"): the attackers killed when the post fired
    back and the militants a later operation killed are different people, not a disagreement
    (``rules/event_types.json`` operation_words, reply_words). A sentence that names the
    attack only ("militants involved in Sunday's attack") tells no stage."""
    if counted != ATTACKERS:
        return False
    stages = [_stage(c) for c in (a, b)]
    return None not in stages and stages[0] != stages[1]


def _stage(claim: Claim) -> str | None:
    """Whether a figure's sentence tells an operation, the fire answering an attack, or
    neither (None): a clash alone may be either."""
    info = sentence_info(claim.sentence)
    words = _stage_words()
    if find_phrases(info.tokens, words[OPERATION]):
        return OPERATION
    return REPLY if find_phrases(info.tokens, words[REPLY]) else None


@cache
def _stage_words() -> dict[str, frozenset[tuple[str, ...]]]:
    """``rules/event_types.json`` operation_words and reply_words, as token tuples."""
    table = load_rules("event_types")
    return {
        stage: frozenset(tuple(t for t, _, _ in tokens(w)) for w in table[f"{stage}_words"])
        for stage in (OPERATION, REPLY)
    }


def other_means(a: Claim, b: Claim) -> bool:
    """Two figures whose sentences tell their victims killed or hurt by different means, one
    by a bomb and the other by gunfire, neither naming both ("a roadside bomb killed four
    policemen" / "gunmen shot dead two people"): they count different people."""
    means = [_means(c) for c in (a, b)]
    return all(means) and means[0].isdisjoint(means[1])


def _means(claim: Claim) -> set[str]:
    """The means its sentence tells, by the words of the act ("a bomb", "shot dead"), not by
    the doers' nouns ("eight gunmen killed" counts gunmen, it tells no shooting)."""
    table = rules()
    return {
        table.triggers[p].name
        for p, _, _ in sentence_info(claim.sentence).triggers
        if " ".join(p) not in table.perpetrators
    } & MEANS
