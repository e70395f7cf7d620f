"""The time a victim's own relative clause gives their harm: "tips in the killing of a
woman *who was shot outside her home three years ago*", "charged in the death of a man who
died in August". A harm named by a noun leaves the sentence's time to the clause around it
(the day tips were asked for, a man charged); the clause that tells the harm dates it."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from core.extract.measures import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.measures import Reading

_P = TypeVar("_P")
SHOOT = "shoot"  # "who was shot": a harm whatever its outcome


def victim_clause_date(reading: Reading, dates: list[tuple[Token, _P, bool]]) -> _P | None:
    """The one date in the harm clause of the victim a harm noun names (``reading.anchor`` a
    noun: "the killing of", "the death of"), not a day something was reported."""
    anchor, victim = reading.anchor, reading.noun
    if anchor is None or victim is None or anchor.pos_ != "NOUN" or victim.i == anchor.i:
        return None
    clause = next((c for c in victim.children if c.dep_ == "relcl" and _harms(c)), None)
    if clause is None:
        return None
    inside = {t.i for t in clause.subtree}
    own = [p for t, p, reported in dates if t.i in inside and not reported]
    return own[0] if len(own) == 1 else None


def _harms(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    return lemma == SHOOT or lexicon().verbs.get(lemma) in ("killed", "injured")
