"""Who carried out a raid: a raid's kind comes from its raiders, not from the noun. Security
forces raid a hideout (an operation); gunmen, bandits or fighters raiding a village make an
attack (``rules/event_types.json`` "attackers_raid", "raiders", "perpetrators" and the
"security" scope).

A sentence's raiders are the nouns of either side it names as doers: a noun a figure counts
("killing 14 soldiers", "five militants were killed") or that names a speaker ("police said")
is no doer. "A raid by X" names its raiders outright."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from core.rules import load_rules

Token = tuple[str, int, int]

BY_REACH = 4  # "a raid by heavily armed gunmen": the raiders within this many words of "by"
_BY = "by"
_PASSIVE = frozenset({"was", "were", "been"})  # "militants were killed", "had been shot"
_COUNTED_BEFORE = frozenset({"of", "among"})  # "the bodies of soldiers", "among villagers"


@dataclass(frozen=True, slots=True)
class RaidWords:
    """The words that decide a raid's kind."""

    as_attack: dict[tuple[str, ...], tuple[str, ...]]  # "raid" -> "attack" when attackers raid
    attackers: frozenset[str]
    forces: frozenset[str]
    speaking: frozenset[str]
    numbers: frozenset[str]


@cache
def raid_words() -> RaidWords:
    raw = load_rules("event_types")
    verbs: dict[str, list[str]] = load_rules("cues")["reporting_verbs"]
    return RaidWords(
        as_attack={
            (raid,): tuple(attack.split()) for raid, attack in raw["attackers_raid"].items()
        },
        attackers=frozenset(raw["raiders"]) | frozenset(raw["perpetrators"]),
        forces=frozenset(raw["scopes"]["security"]),
        speaking=frozenset(form for forms in verbs.values() for form in forms),
        numbers=frozenset(raw["number_words"]),
    )


def as_attack(phrase: tuple[str, ...], toks: Sequence[Token], start: int) -> tuple[str, ...]:
    """The trigger ``phrase`` found at ``start``, or the attack word it stands for when it is a
    raid whose raiders are attackers ("fighters stormed the town during a dawn raid")."""
    words = raid_words()
    instead = words.as_attack.get(phrase)
    if instead is None:
        return phrase
    at = next((i for i, (_, s, _) in enumerate(toks) if s == start), None)
    if at is None:
        return phrase
    named = _named_by(toks, at + 1, words)
    if named is not None:
        return instead if named else phrase
    doers = {_side(toks, i, words) for i in range(len(toks))} - {None}
    return instead if doers == {True} else phrase


def _named_by(toks: Sequence[Token], after: int, words: RaidWords) -> bool | None:
    """"A raid by gunmen" (True), "a raid by police" (False); None without "by"."""
    if after >= len(toks) or toks[after][0] != _BY:
        return None
    for i in range(after + 1, min(len(toks), after + 1 + BY_REACH)):
        word = toks[i][0]
        if word in words.attackers:
            return True
        if word in words.forces:
            return False
    return None


def _side(toks: Sequence[Token], i: int, words: RaidWords) -> bool | None:
    """Whether the word at ``i`` names attackers (True) or security forces (False) as doers;
    None for any other word, or a side's noun that is counted or speaks."""
    word = toks[i][0]
    if word not in words.attackers and word not in words.forces:
        return None
    before = toks[i - 1][0] if i else ""
    after = [t for t, _, _ in toks[i + 1 : i + 3]]
    if before.isdigit() or before in words.numbers or before in _COUNTED_BEFORE:
        return None
    if _PASSIVE.intersection(after) or (after and after[0] in words.speaking):
        return None
    return word in words.attackers
