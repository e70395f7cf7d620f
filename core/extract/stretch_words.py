"""A stretch of time counted before the word that shifts a clause from the sentence's own
happening ("two days after", "a week before"), which the recogniser tags as a date or, as often
with "a day", leaves untagged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Token

COUNT_ARTICLES = frozenset({"a", "an", "one", "the"})  # "a day after", "the day before"
# The stretches counted in days that date a figure set apart ("two days after", "a week
# before"); hours are within the day, months too coarse to count back a day from.
DAYS_IN = {"day": 1, "days": 1, "week": 7, "weeks": 7}
# whole years back are an anniversary, which news times its stories to ("a year after a gunman
# killed five, relatives gathered Sunday"): the same day that many years before
YEAR_UNITS = frozenset({"year", "years"})
MONTHS_IN_A_YEAR = 12


def a_stretch(unit: Token) -> bool:
    """A stretch of days counted ("two days", "a week"), the recogniser's date or not ("a day
    after gunmen killed two" it often leaves untagged); "an hour after" stays the same day."""
    if unit.lower_ not in DAYS_IN:
        return False
    if unit.ent_type_ == "DATE":
        return True
    count = unit.nbor(-1) if unit.i > unit.sent.start else None
    return count is not None and (count.like_num or count.lower_ in COUNT_ARTICLES)


def a_counted_unit(unit: Token) -> bool:
    """A unit of time the recogniser tagged ("three years"), or days counted it left
    untagged ("a day")."""
    tagged = unit.ent_type_ == "DATE" and unit.lower_ in date_words().units
    return tagged or a_stretch(unit) or _uncounted(unit)


# what makes a unit before "after" a noun of its own ("the days after", "long weeks after")
_NOUN_MARKS = frozenset({"det", "nummod", "amod", "poss", "compound"})


def _uncounted(unit: Token) -> bool:
    """ "Days after gunmen killed five, the army said ...", "just weeks after": a stretch
    the writer left uncounted, a bare plural unit the recogniser often leaves untagged; not
    a noun of its own ("the days after the attack were quiet"). Opening its sentence it
    may be parsed the subject of the harm ("Days after a blast killed 11"): read as written.
    Only before a main clause in the past ("police said on Sunday"): before the present
    ("Days after a boy was shot, police are now saying ...") the harm is the report's own."""
    opening = unit.i == unit.sent.start or unit.nbor(-1).is_punct
    return (
        unit.tag_ == "NNS"
        and unit.sent.root.tag_ == "VBD"
        and (unit.dep_ == "npadvmod" or opening)
        and date_words().units.get(unit.lower_, "hour") != "hour"  # "hours after": that day
        and not any(c.dep_ in _NOUN_MARKS for c in unit.children)
        and _main_verb_next(unit)
    )


def _main_verb_next(unit: Token) -> bool:
    """The main verb comes next after the stretch's clause: between its comma and the verb,
    at most a subject with no count ("Days after an ambush killed six, the army said").
    Not a main clause of its own before a trailing saying ("Days after the floods, 40
    bodies were recovered, officials said"), a counted subject ("Days after the tragedy,
    2 survivors spoke on Sunday"; "3 more died" adds to the toll) or no comma to tell where
    the stretch's clause ends ("Days after the attack the toll rose to 35"): it would set
    the report's own figure apart."""
    doc = unit.doc
    root = unit.sent.root.i
    comma = next((t.i for t in doc[unit.i + 1 : root] if t.text == ","), None)
    if comma is None:  # trailing its main clause, or no comma to end its own: unread
        return root < unit.i
    between = doc[comma + 1 : root]
    # "3 more died": a count added to the stretch's toll, which its own reading dates
    return not any(
        (t.like_num and t.nbor(1).lower_ != "more") or t.pos_ in ("VERB", "AUX") for t in between
    )


def coordinated(verb: Token) -> bool:
    """ "..., and two days after the attack police arrested three": a clause whose stretch
    follows "and" tells what came next, not what came before."""
    stretch = next((c for c in verb.children if c.dep_ == "npadvmod"), None)
    if verb.dep_ != "conj" or stretch is None:
        return False
    start = stretch.left_edge.i
    return start > 0 and verb.doc[start - 1].dep_ == "cc"
