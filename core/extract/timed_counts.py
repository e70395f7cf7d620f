"""A count told right before the time it happened in ("the toll rose to 41 last night",
"Police arrested 12 overnight", "Murder cases rose to 640 last year", "injured 9 yesterday")
is a count of its own, and the time words a time of their own. The recogniser often runs the
two into one entity ("41 last night": one TIME, "27 this week": one DATE), which leaves the
time unread (the figure takes the publication day) and may make the count a clock; the parser
often hangs the number on the time word as its numeral ("12 overnight", "640 last year"),
which leaves the count with no verb, so it is lost. Both are mended here: the entity begins
after the number, and the number takes the time word's place in the clause (the verb's
object, the preposition's object: "rose to 640"), the time word hanging on the verb.

A time told from now ("last", "this", "next" and a period, a day's adverb: "overnight",
"yesterday") is never what a number counts ("640 last year" is no count of years; "12
years" is), so the rule holds for every such phrase; a number after a clock's preposition
("at 11 last night", "by 9 tonight") or in a range of hours ("from 9 to 11 this morning") is
a clock, and stays one.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.tokens import Span

from core.extract.date_edges import DAY_EDGES, PERIOD_NOUNS, TIME_LABELS
from core.rules import load_rules
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_timed_counts"

COUNT_LABEL = "CARDINAL"
NIGHT = "night"  # "last night": a period told from now the date words lack
YEAR_DIGITS = 4  # "in 2029 last year" is no count
DAY_HOURS = 24  # "at 41 last night" is no hour
RANGE_JOINS = frozenset({"to", "and", "-"})  # "from 9 to 11 this morning": hours
# the roles a time word takes in its clause, which the number takes over
PREPOSITION_OBJECT = "pobj"
VERB_ROLES = frozenset({"npadvmod", "advmod", "dobj"})
OBJECTS = frozenset({"dobj", "obj"})


@functools.cache
def _rules() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = load_rules("dates")
    return (
        frozenset(raw["day_adverbs"]),
        frozenset(raw["from_now_words"]),
        frozenset(raw["clock_prepositions"]),
    )


@functools.cache
def _one_word_qualifiers() -> frozenset[str]:
    """ "around", "about", "nearly": a qualifier of one word, which may stand between a
    clock's preposition and its hour ("at around 11")."""
    prefixes: dict[str, str] = load_rules("qualifiers")["prefixes"]
    return frozenset(p for p in prefixes if " " not in p)


def part_timed_counts(doc: Doc) -> Doc:
    """Give each count glued to the time after it a place of its own (see the module)."""
    from spacy.attrs import LIKE_NUM

    kept: list[Span] = []
    # the numbers only, found in one array read (a Token per word costs more than the test)
    for i in (i for i, n in enumerate(doc.to_array(LIKE_NUM).tolist()) if n):
        num = doc[i]
        time = _time_after(num)
        if time is None:
            continue
        ent = _glued_entity(num)
        if ent is not None:
            kept += [Span(doc, num.i, num.i + 1, label=COUNT_LABEL),
                     Span(doc, num.i + 1, ent.end, label=ent.label_)]
        if num.dep_ == "nummod" and num.head.i == time.i:
            _take_its_place(num, time)
    if kept:
        doc.set_ents(kept, default="unmodified")
    return doc


def _time_after(num: Token) -> Token | None:
    """The word of the time told from now right after a bare count ("overnight", the period
    of "last year"), None when there is none or the number is a clock or a year."""
    doc = num.doc
    if (
        not num.like_num
        or num.i + 1 >= len(doc)
        or (num.text.isdecimal() and len(num.text) == YEAR_DIGITS)
        or not num.text.replace(",", "").isalnum()  # "10:30", "9.45"
        or _a_clock(num)
    ):
        return None
    adverbs, from_now, _clocks = _rules()
    first = doc[num.i + 1]
    if first.lower_ in adverbs:
        return first
    words = date_words()
    if first.lower_ in DAY_EDGES and num.i + 2 < len(doc):
        # "arrested 6 late Saturday", "killed 4 early Sunday": the edge of a named day
        day = doc[num.i + 2]
        return day if day.lower_ in words.weekdays and day.is_title else None
    if first.lower_ not in from_now or num.i + 2 >= len(doc):
        return None
    period = doc[num.i + 2]
    named = (
        period.lower_ in words.units or period.lower_ in PERIOD_NOUNS or period.lower_ == NIGHT
        or period.lower_ in words.weekdays or period.lower_ in words.months
    )
    # singular: "last year", not "this 12 years"
    return period if named and period.tag_ in ("NN", "NNP", "RB") else None


def _a_clock(num: Token) -> bool:
    """ "at 11 last night", "by 9 tonight", "from 9 to 11 this morning": an hour. No number
    past a day's hours is one ("the toll stood at 41 last night"), nor the level a toll
    stands at ("the toll stood at 9 last night")."""
    doc = num.doc
    _adverbs, _from_now, clocks = _rules()
    if not _an_hour(num) or _a_toll_level(num):
        return False
    at = num.i - 1
    if at >= 1 and doc[at].lower_ in _one_word_qualifiers() and doc[at - 1].lower_ in clocks:
        return True  # "at around 11 last night"
    if at < 0:
        return False
    if doc[at].lower_ in clocks:
        return True
    return doc[at].lower_ in RANGE_JOINS and at >= 1 and doc[at - 1].like_num


def _an_hour(num: Token) -> bool:
    """The number may be an hour of the day: 0 to 24 in digits, or a word ("eleven")."""
    digits = num.text.replace(",", "")
    return not digits.isdecimal() or (int(digits) <= DAY_HOURS and "," not in num.text)


def _a_toll_level(num: Token) -> bool:
    """ "The toll stood at 9", "the number of dead was put at 9": the number the preposition
    gives hangs on a verb whose subject is a toll noun, a level, not a clock."""
    from core.extract.measures import lexicon

    prep = num.head
    if num.dep_ != PREPOSITION_OBJECT or prep.head.pos_ not in ("VERB", "AUX"):
        return False
    # the level is "at" N, told once: "rose to 22 by 8 this morning", "stood at 8 by 9 last
    # night" give the hour after the level
    if prep.lower_ != "at" or any(
        c.dep_ == "prep" and c.i < prep.i and any(g.like_num for g in c.children)
        for c in prep.head.children
    ):
        return False
    subjects = (c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(s.lemma_.lower() in lexicon().toll_nouns for s in subjects)


def _glued_entity(num: Token) -> Span | None:
    """The date or time entity the recogniser began at the count and ran on into the time."""
    ent = next((e for e in num.doc.ents if e.start <= num.i < e.end), None)
    if ent is None or ent.label_ not in TIME_LABELS or ent.start != num.i or len(ent) < 2:
        return None
    return ent


def _take_its_place(num: Token, time: Token) -> None:
    """The number takes the role the time word had in its clause ("rose to 640 last year":
    the preposition's object; "arrested 12 overnight": the verb's object); the time word
    hangs on the verb as a time does."""
    holder = time.head
    if time.dep_ == PREPOSITION_OBJECT and holder.head.i != holder.i:
        num.head, num.dep_ = holder, PREPOSITION_OBJECT
        time.head, time.dep_ = holder.head, "npadvmod"
    elif time.dep_ in VERB_ROLES and holder.pos_ == "VERB" and not any(
        c.dep_ in OBJECTS and c.i != time.i for c in holder.children
    ):
        num.head, num.dep_ = holder, "dobj"
        time.head, time.dep_ = holder, "npadvmod"
