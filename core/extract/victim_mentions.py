"""One victim mentioned again: "A 15-year-old boy was killed ... The 15-year-old was killed as
he walked home" names one person twice, and the second mention is no new figure. Decided from
the text: the same name, or the same age with a noun that fits; two victims told apart by
nothing ("a man was killed ... a woman was also killed") stay two.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeAlias

from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.measures import Reading
    from core.text.numbers import Amount

# The readers of one person named without a numeral (core/extract/victims.py, victim_nouns.py)
SINGULAR_RULES = ("singular_victim:", "object_victim:", "nominal_victim:")
AGE_UNITS = frozenset({"year", "years", "month", "months"})
AGE_WINDOW = 3  # "15-year-old": the number, a hyphen, then the unit
TITLES = frozenset({"mr.", "mrs.", "ms.", "miss", "dr.", "mr", "mrs", "ms", "dr"})


@dataclass(frozen=True, slots=True)
class Victim:
    """What names one victim: the measure, the words of a name, an age, a person noun."""

    measure: str
    name: tuple[str, ...]
    age: str | None
    noun: str | None


@functools.cache
def _referring_nouns() -> frozenset[str]:
    words: list[str] = load_rules("measures")["referring_victim_nouns"]
    return frozenset(words)


def victim_of(amount: Amount, span: Span, reading: Reading) -> Victim | None:
    """The victim a figure of one person names without a numeral, if it is one."""
    if amount.value != 1 or not reading.rule.startswith(SINGULAR_RULES):
        return None
    noun = reading.noun
    if noun is None or reading.measure is None:
        return None
    named = span.root.pos_ == "PROPN"
    name = tuple(t.lower_ for t in span if t.is_alpha or t.lower_ in TITLES) if named else ()
    name = tuple(w for w in name if w not in TITLES)
    age = _age(noun)
    plain = None if named or noun.lower_ == "old" else noun.lemma_.lower()
    return Victim(measure=reading.measure, name=name, age=age, noun=plain)


def _age(noun: Token) -> str | None:
    """ "a *15*-year-old boy", "*6*-month-old Ana Ruiz", "Jane Roe, *15*,": the age and unit."""
    doc = noun.doc
    for tok in noun.subtree:
        if not tok.like_num or tok.i == noun.i:
            continue
        if tok.dep_ == "appos" and tok.head.i == noun.i:
            return f"{tok.lower_} years"
        if tok.i < noun.i:
            window = doc[tok.i + 1 : min(tok.i + 1 + AGE_WINDOW, len(doc))]
            unit = next((t.lower_ for t in window if t.lower_ in AGE_UNITS), None)
            if unit is not None:
                return f"{tok.lower_} {unit.rstrip('s')}s"
    return None


def same_victim(earlier: Victim, later: Victim) -> bool:
    """Whether the later mention names the person the earlier one did: the same name (the
    surname, or a first name alone within the full name); failing names on both, the same
    age with nouns that fit ("boy" and "victim", not "boy" and "girl")."""
    if earlier.measure != later.measure:
        return False
    if earlier.name and later.name:
        short, full = sorted((earlier.name, later.name), key=len)
        return short[-1] == full[-1] or (len(short) == 1 and short[0] in full)
    if earlier.age is None or earlier.age != later.age:
        return False
    nouns = {earlier.noun, later.noun} - {None}
    return len(nouns) < 2 or bool(nouns & _referring_nouns())


Key: TypeAlias = tuple[str, str]  # (measure, a word of a name or an age)


def _fits(nouns: set[str | None], noun: str | None) -> bool:
    """Whether some earlier noun of ``nouns`` fits ``noun`` as ``same_victim`` weighs them."""
    referring = _referring_nouns()
    return (
        noun is None or None in nouns or noun in nouns or noun in referring
        or not referring.isdisjoint(nouns)
    )


@dataclass(slots=True)
class Victims:
    """The victims a document named so far, kept as what ``same_victim`` matches on (last words
    of names, one-word names, every word of a name, the nouns of each age), so a new mention is
    answered by a few look-ups: comparing it with every earlier victim (or every one of the
    same age or first name) grows with the square of a long list of victims."""

    _last: set[Key] = field(default_factory=set)
    _single: set[Key] = field(default_factory=set)
    _words: set[Key] = field(default_factory=set)
    _aged: dict[Key, set[str | None]] = field(default_factory=dict)  # every victim of an age
    _aged_unnamed: dict[Key, set[str | None]] = field(default_factory=dict)

    def named(self, victim: Victim) -> bool:
        """Whether an earlier mention names ``victim``: ``same_victim`` with any of them."""
        m, name = victim.measure, victim.name
        if name and (
            (m, name[-1]) in self._last
            or any((m, w) in self._single for w in name)
            or (len(name) == 1 and (m, name[0]) in self._words)
        ):
            return True
        if victim.age is None:
            return False
        nouns = (self._aged_unnamed if name else self._aged).get((m, victim.age))
        return nouns is not None and _fits(nouns, victim.noun)

    def add(self, victim: Victim) -> None:
        m, name = victim.measure, victim.name
        if name:
            self._last.add((m, name[-1]))
            self._words.update((m, w) for w in name)
            if len(name) == 1:
                self._single.add((m, name[0]))
        if victim.age is not None:
            self._aged.setdefault((m, victim.age), set()).add(victim.noun)
            if not name:
                self._aged_unnamed.setdefault((m, victim.age), set()).add(victim.noun)
