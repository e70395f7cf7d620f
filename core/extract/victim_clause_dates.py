"""The time a victim's own relative clause gives their harm: "tips in the killing of a
woman *who was shot outside her home three years ago*", "charged in the death of a man who
died in August". A harm named by a noun leaves the sentence's time to the clause around it
(the day tips were asked for, a man charged); the clause that tells the harm dates it."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from core.extract.measures import harm_verb

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.measures import Reading

_P = TypeVar("_P")
# the links of a clause inside the victim's: its dates tell that clause's deed
NESTED_CLAUSES = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp"})


def victim_clause_date(reading: Reading, dates: list[tuple[Token, _P, bool]]) -> _P | None:
    """The one date in the harm clause of the victim a harm noun names (``reading.anchor`` a
    noun: "the killing of", "the death of"), not a day something was reported."""
    anchor, victim = reading.anchor, reading.noun
    if anchor is None or victim is None or anchor.pos_ != "NOUN" or victim.i == anchor.i:
        return None
    clause = next((c for c in victim.children if c.dep_ == "relcl" and harm_verb(c)), None)
    if clause is None:
        return None
    inside = {t.i for t in clause.subtree}
    own = [
        p for t, p, reported in dates
        if t.i in inside and not reported and _of_the_clause(t, clause)
    ]
    return own[0] if len(own) == 1 else None


def _of_the_clause(date: Token, clause: Token) -> bool:
    """The date hangs on the clause's own verb, through no clause nested in it ("shot by a
    man who had been fired in 2029": the firing's year, not the shooting's)."""
    tok = date
    while tok.i not in (clause.i, tok.head.i):
        if tok.dep_ in NESTED_CLAUSES and tok.i != date.i:
            return False
        tok = tok.head
    return tok.i == clause.i

