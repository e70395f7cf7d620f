"""What an uncategorised (``other``) figure counts, for comparing it only with figures that
count the same thing.

An ``other`` figure is compared with another of its event when both count the same noun and
their clauses say the same of it ("15 people missing" / "about 20 people missing"), the verb
read at the level of its stem ("escape" / "escaped" / "escapes"). A figure counting one of the
roles of ``rules/conflicts.json`` "counted_roles" (prisoners who escaped, the attackers, a
crowd) is compared with every figure of the role, whatever noun of it each report uses: "95
prisoners escaped" / "about 110 inmates fled", "about 20 gunmen took part" / "nearly 40
attackers were involved", "a mob of about 500" / "a crowd of 1,000". Figures of different
nouns outside a role are never compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from core.group.vocabulary import rules, tokens
from core.model import Claim
from core.rules import load_rules

_CLAUSE_ENDS = ",;:()—–"
_STEM_MIN = 5  # shorter words are kept whole ("fled", "took")
_SUFFIXES = ("ing", "ed", "es", "s")
_PARTICIPLE = ("ed", "en")  # "destroyed", "taken": said of what was counted


@dataclass(frozen=True, slots=True)
class Role:
    """One role of ``counted_roles``: its name and the words that say a figure counts it."""

    name: str
    nouns: frozenset[str]
    verbs: frozenset[str]
    implied_by: frozenset[str]
    before: frozenset[str]


@cache
def roles() -> tuple[Role, ...]:
    table = load_rules("conflicts")["counted_roles"]
    return tuple(
        Role(
            name,
            frozenset(row["nouns"]),
            frozenset(row["verbs"]),
            frozenset(row["implied_by"]),
            frozenset(row.get("before", ())),
        )
        for name, row in table.items()
    )


@cache
def _predicate_skip() -> frozenset[str]:
    table = rules()
    skip: list[str] = load_rules("conflicts")["predicate_skip"]
    return frozenset(skip) | table.stopwords | table.number_words


def _clause(claim: Claim) -> tuple[str, int, int, int]:
    """The figure's sentence, the figure's span in it and where its clause starts."""
    sent = claim.sentence
    start, end = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    lo = max(sent.rfind(c, 0, max(start, 0)) for c in _CLAUSE_ENDS) + 1
    return sent, start, end, lo


def counted_as(claim: Claim) -> str:
    """What the figure's clause says of what it counts: the first content word after the
    figure and its noun ("15 people remain missing" → "missing", "nearly 60 on board" →
    "board"), else the last one before it ("the ferry carried nearly 60" → "carried"); ""
    when the clause says nothing more."""
    sent, start, end, lo = _clause(claim)
    hi = min((i for c in _CLAUSE_ENDS if (i := sent.find(c, end)) >= 0), default=len(sent))
    skip = _predicate_skip() | {t for t, _, _ in tokens(claim.subject or "")}

    def content(found: list[tuple[str, int, int]]) -> str:
        return next((t for t, _, _ in found if t not in skip and not t[0].isdigit()), "")

    after = content(tokens(sent[end:hi]))
    return after or content(tokens(sent[lo:start])[::-1])


def stem(word: str) -> str:
    """A word without its inflection, so that forms of one verb meet: "escaped", "escape",
    "escapes" → "escap"; short words are kept whole."""
    if len(word) < _STEM_MIN:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _STEM_MIN - 1:
            word = word[: -len(suffix)]
            break
    return word[:-1] if word.endswith("e") and len(word) >= _STEM_MIN else word


def _group_before(claim: Claim, nouns: frozenset[str]) -> bool:
    """A group noun right before "of" and the figure ("a mob of about 500 people")."""
    sent, start, _, lo = _clause(claim)
    skip = _predicate_skip() - {"of"}
    near = [t for t, _, _ in tokens(sent[lo:start]) if t not in skip][-2:]
    return len(near) == 2 and near[1] == "of" and near[0] in nouns


def role(claim: Claim, said: str) -> str:
    """The role of ``counted_roles`` the figure counts, or "" (``said`` is ``counted_as``)."""
    words = [t for t, _, _ in tokens(claim.subject or "")]
    ends = {" ".join(words[-2:]), words[-1]} if words else set()
    for r in roles():
        if r.before and _group_before(claim, r.before):
            return r.name
        if ends.isdisjoint(r.nouns):
            continue
        if said in r.verbs or (not said and not ends.isdisjoint(r.implied_by)):
            return r.name
    return ""


def other_scope(claim: Claim, head: str) -> str:
    """The scope of an ``other`` figure whose counted noun is ``head``: its role, else the
    noun and the stem of what its clause says of it, else "" (never compared). A figure
    with no counted noun (``head`` "") has only a role ("a mob of about 500")."""
    said = counted_as(claim)
    found = role(claim, said)
    if found or not head:
        return found
    return f"{head}: {stem(said)}" if said else ""


def other_label(claim: Claim) -> str:
    """What an ``other`` figure counts, as a checker reads it beside a conflict: its role
    ("prisoners who escaped"), else its noun, with what its clause says of it when that is a
    participle ("buildings destroyed", "villages damaged"), else that word alone."""
    said = counted_as(claim)
    found = role(claim, said)
    if found or not claim.subject:
        return found or said
    return f"{claim.subject} {said}" if said.endswith(_PARTICIPLE) else claim.subject
