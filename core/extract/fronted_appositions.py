"""A body's name set off by commas after a fronted "according to" source, "According to the
military's media wing, ISPR, four soldiers died": the parser takes the name for one more
subject of the sentence's verb, so the figures keep the description ("the military's media
wing") for their source and the name a checker searches for is lost, or read as the doer.
Re-hung after the parser as the apposition of the frame's object, as it parses with a verb
of its own ("the wing, ISPR, said"): a proper name between two commas right after that
object, the verb having a subject of its own after it. A place so set off ("According to the
police, Karachi, ...") is no body's name: it is left as the parser hung it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from spacy.attrs import TAG

from core.extract.word_positions import positions
from core.rules import load_rules, word_set
from core.text.holidays import holiday
from core.text.lunar_holidays import a_lunar_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

COMPONENT = "claimdesk_fronted_appositions"
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# how the parser hangs the name: a subject of the verb, an unlabelled word of the verb or
# of "According" ("According to the army's media wing, ISPR, ..."), or a noun adverb of the
# verb ("According to the monitoring group, Airwars, ...": a name it never saw)
_MISREAD = _SUBJECTS | {"dep", "npadvmod"}
_NAME_TAGS = frozenset({"NNP", "NNPS"})
# a day any holiday's name resolves against, to tell a holiday from a body's name
_ANY_DAY = dt.date(2000, 12, 31)


def rehang_fronted_appositions(doc: Doc) -> Doc:
    """Hang each name the parser made a second subject after a fronted "according to"
    object on that object."""
    # only the proper nouns: re-hanging changes no word's tag
    for at in positions(doc, TAG, _NAME_TAGS):
        name = doc[at]
        if name.dep_ not in _MISREAD:
            continue
        first, last = name.left_edge.i, name.right_edge.i
        # the commas either side, which the parser may hang on the name
        first += doc[first].text == ","
        last += doc[last].text != ","
        if first < 2 or last >= len(doc) or doc[first - 1].text != ",":
            continue
        source = _frame_object(doc[first - 2]) if doc[last].text == "," else None
        if source is None or _a_place(doc[first:last]) or _a_day(doc[first:last]):
            continue
        if name.dep_ == "npadvmod" and _a_holiday(doc[first:last]):
            continue  # "According to officials, Diwali, ...": read as the time it is
        frame = source.head.head if source.head.dep_ == "prep" else source.head
        verb = frame.head
        if name.head.i in (verb.i, frame.i) and any(
            c.dep_ in _SUBJECTS and c.i > last for c in verb.children
        ):
            name.head, name.dep_ = source, "appos"
            doc[first - 1].head = source
    return doc


def _a_day(name: Span) -> bool:
    """ "According to police, Monday night, ...": a day or month (the recogniser has not run
    yet), when the figure was told, no body's name."""
    dates = load_rules("dates")
    return any(t.lower_.rstrip(".") in dates["weekdays"] or t.lower_ in dates["months"]
               for t in name)


def _a_holiday(name: Span) -> bool:
    """ "Diwali", "Eid", "Christmas Eve": a holiday or festival's name, which the parser reads
    as a noun adverb as it does a day's."""
    text = name.text.lower()
    return (
        holiday(text, _ANY_DAY, None) is not None
        or a_lunar_name(name.text)
        or text in word_set("dates", "festival_days")
    )


def _a_place(name: Span) -> bool:
    """ "According to the police, Karachi, ...": a place the gazetteer knows names no body (the
    repair runs before NER, which may take the town for one, and the readers after would take
    it for the body speaking). An acronym is a body's even where a town shares it ("SANA", the
    Syrian news agency)."""
    from core.text import places

    return not name.text.isupper() and places.lookup(name.text) is not None


def _frame_object(last: Token) -> Token | None:
    """The object of a fronted "according to" (or "as per") whose phrase ends on ``last``."""
    from core.extract.cues import cues

    frames = {tuple(f.split()) for f in cues().according_frames if len(f.split()) == 2}
    obj = last
    while obj.dep_ != "pobj" and obj.head.i != obj.i and obj.head.i <= last.i:
        obj = obj.head
    prep = obj.head
    frame = prep.head if prep.dep_ == "prep" else prep
    if obj.dep_ != "pobj" or obj.right_edge.i != last.i:
        return None
    if (frame.lower_, prep.lower_) not in frames or frame.i > obj.i:
        return None
    return obj
