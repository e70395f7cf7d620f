"""A date written before a noun as its modifier ("the 2016 peace accord", "the 2019
elections", "a June 2030 budget"): it says which accord, election or budget, not when
anything the sentence tells happened, so it dates no figure of the sentences after. A date
naming an incident ("the 2016 bombing") is read by ``claim_dates.named_within``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.incident_words import dates_incident, harm_verbs
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod"})
_NOUN_TAGS = frozenset({"NOUN", "PROPN"})
_TIME_LABELS = frozenset({"DATE", "TIME"})
# a year or a decade ("2016", "the 1990s"): a day ("Monday night") is when, not which
_YEAR = re.compile(r"\b\d{4}s?\b")


def names_a_thing(date: Token) -> bool:
    """The date (its root token), written with a year, premodifies a noun that is no
    incident and no time, the whole expression standing before that noun ("the 2016 peace
    accord"; not "Monday night")."""
    noun = date.head
    if date.dep_ not in _MODIFIER_DEPS or noun.pos_ not in _NOUN_TAGS or noun.i <= date.i:
        return False
    if noun.ent_type_ in _TIME_LABELS or noun.ent_iob_ == "I":
        return False  # "June 2030": the date's own words
    if not _YEAR.search(date.doc[date.left_edge.i : noun.i].text):
        return False
    between = date.doc[date.i + 1 : noun.i]
    if any(t.ent_type_ == "DATE" for t in between):
        return False
    return not dates_incident(date)


# the clauses a noun is told with: "a ceasefire that took effect in May", "the law passed in 2020"
_CLAUSE_DEPS = frozenset({"relcl", "acl"})


def dates_a_things_clause(date: Token) -> bool:
    """The date stands in a clause told of a truce or a deal ("The strike came despite a
    ceasefire that took effect in November 2030"): when it began, not when anything the
    report tells happened (not "a dam that burst on Monday", "a man who was shot on Friday":
    ``truce_nouns`` in rules/dates.json)."""
    clause = next((t for t in (date, *date.ancestors) if t.dep_ in _CLAUSE_DEPS), None)
    if clause is None or clause.lemma_.lower() in harm_verbs():
        return False
    noun = clause.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in word_set("dates", "truce_nouns")
