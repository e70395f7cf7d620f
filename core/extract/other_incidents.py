"""Which incident a date names when it is not the figure's: one a relative clause brings up
("hurt in the tremors, which recalled a deadly quake in 1998"), or one a participle describes
a place by ("killed 300 in a region devastated by the floods of 2004"). Read by
``date_clauses.other_clause`` and ``recalls``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.incident_words import incident_noun
from core.extract.measures import people_noun

if TYPE_CHECKING:
    from spacy.tokens import Token


INDEFINITE_ARTICLES = frozenset({"a", "an"})
# the words that make an incident noun another incident than the report's ("similar quakes")
OTHER_INCIDENT_WORDS = frozenset({"similar", "previous", "earlier", "past", "prior"})


def another_incident(anchor: Token, date: Token) -> bool:
    """The incident the date names is one a relative clause brings up, the figure outside
    it: "hurt in the tremors, which recalled a deadly quake in 1998" (an
    incident introduced by "a" inside the clause, not the clause's own noun)."""
    clause = another_incidents_clause(date)
    if clause is None or anchor.i in {t.i for t in clause.subtree}:
        return False
    return not (
        clause.head.i in {t.i for t in (anchor, *anchor.ancestors)}
        # "a teenager who was wounded in a shooting last month": the victim's
        or any(c.lower_ in ("who", "whom") for c in clause.children)
    )


def a_scarred_place(anchor: Token, date: Token) -> bool:
    """The incident the date names describes a place or a thing by what it once suffered ("in
    a region devastated by the floods of 2004"): a participle on a noun that is no person
    (one "wounded in Sunday's shooting" is the victim's harm), the incident inside it ("an
    operation conducted on Friday night" dates the operation), the figure outside it."""
    clause = next((t for t in (date, *date.ancestors) if t.dep_ == "acl" and t.pos_ == "VERB"),
                  None)
    if clause is None or clause.tag_ != "VBN" or people_noun(clause.head):
        return False
    inside = [t for t in clause.subtree if t.i != date.i]
    return anchor not in inside and any(incident_noun(t) for t in inside)


def another_incidents_clause(date: Token) -> Token | None:
    """The relative clause holding the date that brings up another incident before it ("...,
    which brought back memories of similar quakes that struck the region in 1998"): an
    incident noun introduced by "a" or called similar, earlier or past; else None."""
    for clause in (t for t in (date, *date.ancestors) if t.dep_ == "relcl"):
        if any(
            incident_noun(t) and t.i < date.i and any(
                (c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES)
                or (c.dep_ == "amod" and c.lower_ in OTHER_INCIDENT_WORDS)
                for c in t.children
            )
            for t in clause.subtree
        ):
            return clause
    return None
