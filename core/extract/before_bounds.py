"""A figure told "before" a day. The date grammar reads "before Friday" as a bound at that
day (from the start of the year, as "by Friday"), which is what a running total told in the
pluperfect means: "Before Friday night, 40 people had been injured", "Police had arrested
40 people before 12 May". A single incident told before a day ("Six people died in hospital
before Wednesday morning", "15 were arrested before 5 June") is no tally up to it, and a
clause that goes on counting past the day ("13 had died before Tuesday and 4 more since")
bounds none of its figures: there the expression is read as it was before the grammar read
"before" (no reading of its own).

The tally is told on the verb the "before" hangs on, or in the clause a saying it hangs on
tells: "had" among the verb's auxiliaries, and no "since" in its clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.text.dates import date_words, normalise_expression

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

BEFORE = "before"
PLUPERFECT = frozenset({"had", "'d"})
SINCE = "since"  # "and 4 more since": the clause counts on past the day
VERB_TAGS = frozenset({"VERB", "AUX"})
TOLD_CLAUSE = "ccomp"


def loose_before(ent: Span, expr: str) -> bool:
    """The expression is "before" a day and no running tally in the pluperfect is told up to
    it (see the module)."""
    if not date_words().before.match(normalise_expression(expr)):
        return False
    prep = ent.root.head
    if prep.lower_ != BEFORE or prep.i >= ent.start:
        return True
    verb = prep.head
    if verb.pos_ not in VERB_TAGS:
        return True
    # "Before Friday night, 40 people had been injured, police said": the parser may hang
    # the fronted "before" on the saying, whose told clause holds the tally
    clauses = [verb, *(c for c in verb.children if c.dep_ == TOLD_CLAUSE)]
    return not any(_a_tally(clause) for clause in clauses)


def _a_tally(verb: Token) -> bool:
    """The verb is in the pluperfect and its clause counts nothing past the day."""
    told_had = any(c.dep_ == "aux" and c.lower_ in PLUPERFECT for c in verb.children)
    return told_had and not any(t.lower_ == SINCE for t in verb.subtree)
