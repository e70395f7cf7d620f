"""Where a victim died after the incident: "The fourth victim, a boy, died on Friday in the city
of Hillford" (a day after Thursday's shooting), "one of the wounded later died in Hillford".
The town of a later death is where a hurt victim was carried or treated, not where the
figures the report goes on to give happened: the sentences after keep the incident's place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.incident_words import death_verb, died_after
from core.extract.measures import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.text.dates import Period

# "died later", "subsequently succumbed": a death after the harm
_LATER = frozenset({"later", "subsequently", "afterwards", "since"})


def later_death_places(
    found: list[tuple[Token, str]],
    periods: Sequence[tuple[Token, Period, bool]],
    incident: Period | None,
) -> list[tuple[Token, str]]:
    """The places of ``found`` where a death after the report's incident happened: a place of
    a death verb the sentence dates after the incident's day or tells "later"."""
    return [(tok, name) for tok, name in found if _a_later_death(tok, periods, incident)]


def _a_later_death(
    tok: Token, periods: Sequence[tuple[Token, Period, bool]], incident: Period | None
) -> bool:
    verb = _dying_verb(tok)
    if verb is None:
        return False
    if any(c.dep_ == "advmod" and c.lower_ in _LATER for c in verb.children):
        return True
    if any(_one_of_the_hurt(c) for c in verb.children if c.dep_ == "nsubj"):
        return True
    return any(
        not reported and died_after(t, p, incident) and verb in (t, *t.ancestors)
        for t, p, reported in periods
    )


def _one_of_the_hurt(subject: Token) -> bool:
    """ "One of the injured", "a student wounded in the firing", "the injured man": someone
    the report counted hurt, who died since (the words of the subject, not of a clause of
    its own: "a man who was shot")."""
    words = [t for t in subject.subtree if t.dep_ not in ("relcl", "ccomp")]
    return any(
        lexicon().verbs.get(t.lemma_.lower()) == "injured" and t.tag_ in ("VBN", "JJ")
        for t in words
        if t.i != subject.i and subject in t.ancestors
    )


def _dying_verb(tok: Token) -> Token | None:
    """The death verb whose place ``tok`` names ("died in the city of X", "died in X"),
    through the prepositions and nouns that hold it; None when another verb holds it."""
    head = tok
    while (
        head.pos_ not in ("VERB", "AUX")
        and head.dep_ in ("pobj", "prep", "compound", "appos")
        and head.head.i != head.i
    ):
        head = head.head
    return head if death_verb(head) else None
