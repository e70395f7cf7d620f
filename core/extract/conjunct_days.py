"""Two clauses joined by "and", each with its own subject and its own day: "A man was shot
dead Friday night, and his brother was wounded in a second shooting Sunday". Each figure
takes the day of its own clause; the parser's tree puts the other clause's day as near (or
nearer), so the nearest date alone would cross over. A clause without a day of its own
("Two people were killed and five were hurt on Sunday") keeps the day the other one gives.
A figure the verb is gapped before ("Three were killed on Thursday and two more on Friday")
takes the day its own phrase gives."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from core.extract.incident_words import dates_harm, dates_incident

if TYPE_CHECKING:
    from spacy.tokens import Token

_P = TypeVar("_P")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def in_own_conjunct(anchor: Token, dated: list[tuple[Token, _P]]) -> list[tuple[Token, _P]]:
    """The dates less those of a conjoined clause with a subject of its own, when the
    figure's own clause has a date; else all of them."""
    mine = _clause(anchor)
    if mine is None:
        return dated
    clauses = [(_clause(t), (t, p)) for t, p in dated]
    # the own clause's day dates the figure only as a day of harm: "officers freed two of
    # the captives on Monday" frees them that day, they were seized in the raid before
    own = [x for c, x in clauses if c is not None and c.i == mine.i and _of_harm(x[0])]
    others = [x for c, x in clauses if c is not None and c.i != mine.i and _conjoined(mine, c)]
    if not own or not others:
        return dated
    return [x for x in dated if x not in others]


def _of_harm(date: Token) -> bool:
    """The date is on a harm, a death or the incident ("was wounded Sunday", "in a second
    shooting Sunday")."""
    return dates_harm(date) or dates_incident(date)


def _clause(tok: Token) -> Token | None:
    """The verb of the clause the token stands in; a verb conjoined without a subject of its
    own ("was shot and killed Friday") stands in the clause of the verb it is joined to."""
    verb = next((t for t in (tok, *tok.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    while (
        verb is not None
        and verb.dep_ == "conj"
        and not any(c.dep_ in _SUBJECTS for c in verb.children)
    ):
        verb = verb.head
    return verb


def _conjoined(one: Token, other: Token) -> bool:
    """The two clauses are joined by "and" (or "but"): one the conjunct of the other, or both
    of the same verb."""
    return (
        (one.dep_ == "conj" and one.head.i == other.i)
        or (other.dep_ == "conj" and other.head.i == one.i)
        or (one.dep_ == other.dep_ == "conj" and one.head.i == other.head.i)
    )


# the prepositions a gapped figure's own day follows it with ("and two more on Friday")
_GAPPED_TIME_PREPS = frozenset({"on", "in", "during"})


def gapped_day(num: Token, dates: list[tuple[Token, _P, bool]]) -> _P | None:
    """The day in the phrase of a figure joined to a verb it shares with the figure before
    ("Three were killed on Thursday evening and two more on Friday": "two" is the verb's
    conjunct, "on Friday" hangs on it); not a day the sentence gives as a report's."""
    noun = num.head if num.dep_ == "nummod" else num
    if noun.dep_ != "conj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _GAPPED_TIME_PREPS]
    inside = {t.i for p in preps for t in p.subtree}
    own = [p for t, p, reported in dates if t.i in inside and not reported]
    return own[0] if len(own) == 1 else None
