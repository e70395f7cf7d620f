"""A day told as a stretch from another dated happening: "A day after Sunday's blast, the
toll rose", "arrested six a day before Friday's rally", "two days after the Tuesday bombing".
The day named dates the happening "after" or "before" governs, not the figure's: the figure's
day lies the written stretch of days from it. "Hours after Saturday's attack" is that day
itself; a stretch not counted in days ("weeks after") is left as read, and so is a day whose
happening holds a figure of its own ("a day after Sunday's blast that killed 19"). A toll that
rose "a day after Sunday's blast" stays the blast's (``figure_periods._toll_day``). A day moved
for a deed of its own serves only that deed's clause: a toll told in a clause joined to it
("police arrested 11 men and officials said 30 had been killed") is the named day's
(``named_day_for``)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from core.extract.attribution import reporting_verbs
from core.extract.brought_tolls import moves_toll
from core.extract.followed_days import stretch_before
from core.extract.measures import CASUALTY_MEASURES, lexicon
from core.extract.person_nouns import person_noun
from core.rules import word_set
from core.text.dates import Period, date_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# the sign of the stretch each word counts from the named day
_SIGNS = {"after": 1, "following": 1, "before": -1}
# the day's place under the happening "after" governs: "Sunday's blast", "the Monday attack"
_NAMING = frozenset({"poss", "compound", "nmod"})
# the words naming the happening a toll was taken in: "killed in the raid", "during a clash"
_SCENES = frozenset({"in", "during"})
# the deps of a clause's own verb ("said 7 were arrested", "... and police held 7", "as police
# arrested 7"), which a deed beside a folded state holds
_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj", "advcl", "parataxis", "xcomp"})
# where such a deed holds its figure: "7 suspects were arrested", "arrested 7 suspects"
_FIGURE_ARGS = frozenset({"nsubj", "nsubjpass", "dobj"})


def stretched_from_event(ent: Span, period: Period, published: dt.date | None) -> Period:
    """The period of a day entity moved by the stretch of days written before the "after" or
    "before" whose object it names; the period as read when there is none."""
    shift = _stretch(ent)
    if not shift or period.start != period.end or _told_with_stretch(period):
        return period
    day = period.start + dt.timedelta(days=shift)
    if published is not None and day > published and _weekday(ent):
        # "a week after Sunday's blast" in a Tuesday paper: the Sunday of the week before
        day -= dt.timedelta(days=7 * (1 + (day - published).days // 7))
    return Period(start=day, end=day, text=period.text)


def named_day_for(
    anchor: Token, dated: list[tuple[Token, Period]], own: Period | None
) -> Period | None:
    """The day named before the stretch ("Sunday" of "two days after Sunday's attack") for a
    figure whose clause, joined to the deed the stretch moved the day for, tells the
    happening's toll: a state ("and 19 people were dead"), or a deed done when told ("and
    officials said 30 had been killed", "while 12 soldiers had died"); ``own`` otherwise."""
    date = None if own is None else next((t for t, p in dated if p is own), None)
    if own is None or date is None or date.ent_iob_ == "O":
        return own
    ent = next((e for e in anchor.doc.ents if date in e), None)
    shift = _stretch(ent) if ent is not None else None
    if not shift:
        return own
    prep = next((p for p in map(_governing_prep, (date, *date.ancestors)) if p), None)
    deed = next((t for t in prep.ancestors if t.pos_ in ("VERB", "AUX")), None) if prep else None
    told = next((t for t in (anchor, *anchor.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    clause = told
    if told is not None and told.dep_ == "ccomp" and told.head.lemma_ in reporting_verbs():
        clause = told.head  # "and officials said 30 had been killed": the saying's clause
    if prep is None or deed is None or told is None or clause is None or clause.i == deed.i:
        return own
    if clause.head.i != deed.i or clause.dep_ not in ("conj", "advcl"):
        return own
    if shift < 0 or _own_happening(told, deed, prep):
        return own  # "two days before Friday's vote ... 3 had been killed": not Friday's
    # a deed done is the toll only as a harm: "and said they had seized 3 rifles" is the later day's
    harm = lexicon().verbs.get(told.lemma_.lower()) in CASUALTY_MEASURES
    if not (_a_state(clause) or (harm and _told_done(clause))):
        return own
    day = own.start - dt.timedelta(days=shift)
    return Period(start=day, end=day, text=own.text)


def _own_happening(told: Token, deed: Token, after: Token) -> bool:
    """The toll's clause names a happening of its own ("had been killed in a shootout", not
    "in a suicide bombing" after "Sunday's bombing"), or the deed's ("police raided a hideout
    and said 3 had been killed in the raid", "launched an operation ... in the operation"):
    not the happening the stretch counts from (the object of ``after``)."""
    deeds = {deed.lemma_.lower(), *(c.lemma_.lower() for c in deed.children if c.dep_ == "dobj")}
    named = {c.lemma_.lower() for c in after.children if c.dep_ == "pobj"}
    return any(
        noun.lemma_.lower() in deeds
        or (
            noun.lemma_.lower() not in named
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in noun.children)
        )
        for prep in told.children
        if prep.dep_ == "prep" and prep.lower_ in _SCENES
        for noun in prep.children
        if noun.dep_ == "pobj"
    )


def _told_with_stretch(period: Period) -> bool:
    """The period was read with its stretch already ("two days before Christmas", which the
    holiday reader counts itself)."""
    return any(word in _SIGNS for word in period.text.lower().split())


def _stretch(ent: Span) -> int | None:
    # the word of the entity that names the happening's day: "Friday" of "last Friday's",
    # "May" of "the May 28 blast" (the parser's nmod), the entity's last word when it took in
    # the stretch ("a day before Friday")
    named = [t for t in ent if t.dep_ in _NAMING or t.dep_ == "pobj"]
    prep = next((p for p in map(_governing_prep, reversed(named)) if p is not None), None)
    if prep is None:
        return None
    noun = next(c for c in prep.children if c.dep_ == "pobj")
    verb = next((t for t in prep.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and (_a_state(verb) or _told_done(verb)):
        return None  # "a day after Sunday's blast, 45 people were in hospital": the blast's toll
    if (verb is None or verb.lemma_.lower() in reporting_verbs()) and _state_on_figure(prep):
        return None  # "two days after Sunday's attack, the dead numbered 19": the attack's toll
    if any(t.like_num for t in noun.subtree if not ent.start <= t.i < ent.end) or _of_one(noun):
        # "a day after Sunday's blast that killed 19", "the May 2 murder of a shopkeeper": the
        # 19, the shopkeeper are Sunday's, and a sentence's day serves all its figures
        return None
    back = stretch_before(prep)
    if back == 1 and prep.doc[prep.i - 1].lower_ == "days":
        return None  # "in the days after Sunday's vote": days not counted, as "days after"
    return None if not back else back * _SIGNS[prep.lower_]


def _a_state(verb: Token) -> bool:
    """The clause, or one joined to it, tells a state ("45 people were in hospital", "23 were
    still missing and 11 were dead"): the happening's toll, no deed of the later day."""
    states = word_set("dates", "stretch_state_verbs")
    return any(
        t.lemma_.lower() in states
        or (t.tag_ == "VBG" and any(a.dep_ == "aux" and a.lemma_ == "be" for a in t.children))
        for t in (verb, *(c for c in verb.children if c.dep_ == "conj"))
    )


def _state_on_figure(prep: Token) -> bool:
    """A state verb the parser folds into the figure's phrase as its modifier ("the dead
    numbered 19", parsed "numbered" over "19", the sentence hung on "after" or "said"): the
    clause's own verb, which the verb above "after" misses. Asked only when that verb is none
    or a reporting verb: a deed of its own ("police arrested 11 men and the dead numbered
    19") still moves."""
    states = word_set("dates", "stretch_state_verbs")
    return any(
        t.dep_ == "amod" and t.tag_ in ("VBD", "VBN") and t.head.tag_ == "CD"
        and t.lemma_.lower() in states
        for t in prep.sent
    ) and not any(_a_deed(t, states) for t in prep.sent)


def _a_deed(word: Token, states: frozenset[str]) -> bool:
    """A clause's verb telling a counted deed of the later day beside the folded state, under
    the reporting verb ("officials said 7 suspects were arrested; the dead numbered 19", "...,
    as police arrested 7 suspects"): the sentence's day moves, as before. A clause with no
    figure of its own ("..., warning the toll could rise") tells none."""
    return (
        word.pos_ == "VERB"
        and word.dep_ in _CLAUSE_DEPS
        and word.lemma_.lower() not in states
        and word.lemma_.lower() not in reporting_verbs()
        and any(
            t.like_num for c in word.children if c.dep_ in _FIGURE_ARGS for t in c.subtree
        )
    )


def _told_done(verb: Token) -> bool:
    """The clause tells a deed already done when told ("officials said 22 people had died"):
    the happening's toll, no deed of the later day."""
    told = [verb, *(c for c in verb.children if c.dep_ == "ccomp")]
    return any(
        a.dep_ == "aux" and a.lower_ == "had" and not moves_toll(t)  # "had risen to": the toll's
        for t in told
        for a in t.children
    )


def _of_one(noun: Token) -> bool:
    """The happening is done to one person it names ("the killing of a policeman", "Monday's
    shooting of a teenager"): a figure of its own, written as a noun; not a thing ("the
    bombing of a church", "the torching of a bus")."""
    objects = [
        g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children if g.dep_ == "pobj"
    ]
    return any(
        person_noun(g) and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in g.children)
        for g in objects
    )


def _governing_prep(day: Token) -> Token | None:
    """The "after" or "before" whose object the day is or names."""
    noun = day.head if day.dep_ in _NAMING else day
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    return prep if prep.lower_ in _SIGNS and prep.i < day.i else None


def stretch_to_named_day(ent: Span) -> bool:
    """The stretch itself ("Three days before" of "Three days before Tuesday's polls"), which
    the tagger may take as a time counted back from the report: the day it counts from is
    named after it, and ``stretched_from_event`` reads the two."""
    doc = ent.doc
    prep = ent[-1] if ent[-1].lower_ in _SIGNS else doc[ent.end] if ent.end < len(doc) else None
    if prep is None or prep.lower_ not in _SIGNS or stretch_before(prep) in (None, 0):
        return False
    return any(
        c.dep_ == "pobj" and (c.ent_type_ == "DATE" or any(
            g.dep_ in _NAMING and g.ent_type_ == "DATE" for g in c.children
        ))
        for c in prep.children
    )


def _weekday(ent: Span) -> bool:
    return any(t.lower_ in date_words().weekdays for t in ent)
