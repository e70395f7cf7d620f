"""The area of each item of a breakdown that statistics reports write by area: "Northland
recorded 52 raids and Eastvale 41" (41 is Eastvale's), "Westmark recorded 66" (Westmark's), a
row "Eastvale: 41" under a heading "Raids by province:" (the rows are provinces). The item's
name is its place when the gazetteer knows it as one, or when its list's lead is one ("...,
Eastvale 41 and Farhill 12": the items of one list are of one kind), or the heading says the
rows are areas; never a party or a kind ("Government forces: 211", "Civilians: 412"), whose
figure keeps the place the sentence gives it. The tagger often reads no place in such names
("Eastvale 41" a date, "Farhill" a person), so the sentence's own places miss them."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from core.extract.datelines import dateline_end
from core.extract.measures import lexicon
from core.extract.place_roles import whole_name
from core.extract.ranked_items import ranked_item_area
from core.extract.row_labels import row_heading, row_label
from core.extract.table_columns import row_name
from core.ingest.figure_rows import label_measure
from core.rules import load_rules, word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.measures import Reading

ITEM_RULE = "area_item<"  # ``area_items``: a figure borrowing its list lead's measure
ROW_RULE = "row_label"  # ``row_labels``: a figure of a labelled row
RANKED_RULE = "ranked"  # ``ranked_counts``: a figure of a ranking ("followed by Y with 29")
NOUN_RULE = "noun:"  # ``readings``: a figure counted by its own measure noun ("312 homicides")
COLON_RULE = "ranked:colon:"  # ``ranked_counts``: an item of a colon list ("were: X 312, ...")
RANK_SLOTS = frozenset({"with", "at"})  # "Eastvale with 41", "Eastvale, at 41"
LIST_LINKS = frozenset({"conj", "appos", "npadvmod"})
_CLAUSES_OF_NOUNS = frozenset({"relcl", "acl"})
SUBJECTS = frozenset({"nsubj"})
MAX_LIST_HOPS = 12
_BY_UNIT = re.compile(r"(?i)\b(?:by|per|in each|across)\s+(?:the\s+)?([a-z]+)")
_WORD = re.compile(r"[^\W\d_]+")


def item_area(
    num: Token, span: Span, reading: Reading, text: str, offset: int
) -> str | None:
    """The area a breakdown's item counts for, when the figure is such an item and its name
    is a place; None for any other figure. ``text`` is the document's, ``offset`` the
    chunk's."""
    return _breakdown_area(num, span, reading, text, offset) or ranked_item_area(num)


def _breakdown_area(
    num: Token, span: Span, reading: Reading, text: str, offset: int
) -> str | None:
    if ITEM_RULE in reading.rule:  # "ellipsis<area_item<...": a gapped item too
        return _listed_area(num)
    if reading.rule == ROW_RULE:
        return _row_area(span, text, offset)
    if reading.rule.startswith(NOUN_RULE) and _opens_row(span, text, offset):
        return _row_area(span, text, offset, whole_row=True)  # "Eastvale: 312 homicides in ..."
    if reading.rule.startswith(COLON_RULE):
        return _colon_area(num)
    if reading.rule.split(":")[0].split("<")[0] == RANKED_RULE:
        return _ranked_area(num)
    return _leader_with_state(reading) or _leading_area(num)


def _leading_area(num: Token) -> str | None:
    """ "Westmark once more topped the tally with 54 killings": a province or a country the
    gazetteer knows, the subject of the verb whose "with" phrase counts the figure, however
    the figure reads; a town, a person or a body ("Police ended the year with 40 arrests")
    is no item's area."""
    noun = num.head if num.dep_ == "nummod" else num
    slot = noun.head
    if not (
        noun.dep_ == "pobj"
        and slot.dep_ == "prep"
        and slot.lower_ in RANK_SLOTS
        and slot.head.pos_ in ("VERB", "AUX")
        and slot.head.dep_ not in _CLAUSES_OF_NOUNS  # "the worst year X has seen, with 70"
    ):
        return None
    subject = next(
        (c for c in slot.head.children if c.dep_ in SUBJECTS and c.i < slot.i), None
    )
    if subject is None or subject.pos_ != "PROPN":
        return None
    name = _with_compounds(subject)
    if _a_party(name) or any(t.pos_ != "PROPN" for t in name):
        return None
    wide = any(p.level in places.WIDE_LEVELS for p in places.candidates(name.text))
    return name.text if wide else None


def _leader_with_state(reading: Reading) -> str | None:
    """ "Xtown, Ystate, was the most violent with 61 homicides": the first of a ranking, told
    by its own measure noun in a "with" slot, counts for the subject of the slot's clause, a
    municipality its state sets off in commas."""
    noun = reading.noun
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in RANK_SLOTS:
        return None
    slot = noun.head
    clause = slot.head.head if slot.head.dep_ in ("acomp", "attr") else slot.head
    if clause.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS and c.i < slot.i), None)
    if subject is None or subject.pos_ != "PROPN" or not any(
        c.dep_ == "appos" and c.pos_ == "PROPN" for c in subject.children
    ):
        return None
    name = _with_state(subject)
    if _a_party(name) or not any(_known(part.strip()) for part in name.text.split(",")):
        return None
    return name.text


def _ranked_area(num: Token) -> str | None:
    """ "Northland had the most raids, with 52, followed by Eastvale with 41": the name right
    before the slot the figure fills ("Eastvale with 41", "Eastvale (41)"), else the subject
    of the clause the slot hangs on ("Northland ... with 52")."""
    slot = num.head
    written = num.doc[num.i - 1] if num.i > 0 else None
    if slot.dep_ != "prep" and written is not None and written.lower_ in RANK_SLOTS:
        slot = written  # "with 58 and Z": the tagger hung the figure on the next name
    if slot.dep_ == "prep" and slot.lower_ in RANK_SLOTS and slot.i < num.i:
        name = _name_before(slot) or _name_with_state(slot)
        clause = slot.head.head if slot.head.dep_ == "acomp" else slot.head
        if name is None and clause.pos_ in ("VERB", "AUX"):
            subject = next(
                (c for c in clause.children if c.dep_ in SUBJECTS and c.i < slot.i), None
            )
            name = _with_state(subject) if subject is not None and (
                subject.pos_ == "PROPN"
            ) else None
    elif num.i > 0 and num.doc[num.i - 1].text == "(":
        name = _name_before(num.doc[num.i - 1])
    else:
        return None
    if name is None or _a_party(name) or not _known(name.text):
        return None
    return name.text


def _opens_row(span: Span, text: str, offset: int) -> bool:
    """The figure stands right after its row's label and colon ("Eastvale: 312 ..."), not
    after a dateline's, whose sentence goes on with a verb (``dateline_end``)."""
    at = offset + span.start_char
    if dateline_end(span.sent) > span.sent.start:
        return False  # "PESHAWAR: At least 44 attacks were reported ...": a dateline's colon
    return text[text.rfind("\n", 0, at) + 1 : at].rstrip().endswith(":")


def _colon_area(num: Token) -> str | None:
    """ "the states with the most homicides were: Eastvale 312, Farhill 201": the name right
    before the item's number, a place when the gazetteer knows it or the words before the
    colon say the items are areas ("the states", "the municipalities")."""
    name = _name_before(num)
    if name is None or _a_party(name):
        return None
    announced = any(
        t.lemma_.lower() in _units() or t.lower_.rstrip("s") in _units()
        for t in num.sent if t.i < name.start and t.pos_ == "NOUN"
    )
    return name.text if announced or _known(name.text) else None


def _name_with_state(slot: Token) -> Span | None:
    """ "followed by Xtown, Ystate, with 58": a municipality and its state set off by commas
    before the slot."""
    doc = slot.doc
    if slot.i < 2 or doc[slot.i - 1].text != ",":
        return None
    state = _name_before(doc[slot.i - 1])
    if state is None or state.start < 2 or doc[state.start - 1].text != ",":
        return None
    town = _name_before(doc[state.start - 1])
    return doc[town.start : state.end] if town is not None else None


def _with_state(subject: Token) -> Span:
    """The subject's name with the state an appositive gives it ("Xtown, Ystate, was ...")."""
    name = _with_compounds(subject)
    state = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    return name.doc[name.start : state.i + 1] if state is not None else name


def _listed_area(num: Token) -> str | None:
    """ "..., Eastvale 41": the name right before the number; "Westmark recorded 66": the
    subject of the tallying verb."""
    name = _name_before(num)
    if name is None:
        verb = num.head
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < num.i), None)
        if subject is None or subject.pos_ != "PROPN":
            return None
        name = _with_compounds(subject)
    words = name.text
    if _a_party(name) or not (_known(words) or _lead_known(name)):
        return None
    return words


def _name_before(num: Token) -> Span | None:
    """The proper name written right before the item's number ("Eastvale 41")."""
    doc = num.doc
    j = num.i
    while j > 0 and doc[j - 1].pos_ == "PROPN":
        j -= 1
    if j == num.i:
        return None
    k = j - 1
    while k > 0 and doc[j - 1].lower_ == "and" and doc[k - 1].pos_ == "PROPN":
        k -= 1
    if k < j - 1 and places.lookup(doc[k : num.i].text) is not None:
        return doc[k : num.i]  # one place named with "and" ("Ost and Wend Islands 41")
    return doc[j : num.i]


def _with_compounds(tok: Token) -> Span:
    """The name with its compounds, whole where the parser cut it at an "and" the name holds
    ("Port Ash and Tiver saw 98": the province of both names, not its first town)."""
    start = min([tok.i, *(c.left_edge.i for c in tok.children if c.dep_ == "compound")])
    return whole_name(tok.doc[start : tok.i + 1])


def _lead_known(name: Span) -> bool:
    """The list the name is an item of is led by a known place ("Eastvale recorded 52,
    Farhill 12": Farhill an item beside a place)."""
    tok = name.root
    for _ in range(MAX_LIST_HOPS):
        if tok.dep_ not in LIST_LINKS or tok.head.i == tok.i:
            return False
        tok = tok.head
        lead = tok if tok.pos_ == "PROPN" else next(
            (c for c in tok.children if c.dep_ in SUBJECTS and c.pos_ == "PROPN"), None
        )
        if lead is not None and _known(_with_compounds(lead).text):
            return True
    return False


def _row_area(span: Span, text: str, offset: int, *, whole_row: bool = False) -> str | None:
    """ "Eastvale: 41": the row's label, when a heading above says the rows are areas ("by
    province") or the gazetteer knows the label as a place."""
    at = offset + span.start_char
    label = row_label(text, at, offset + span.sent.start_char)
    if label is None and not whole_row:
        return _column_row_area(text, at, offset + span.end_char)
    if label is not None and label_measure(label) is not None and not whole_row:
        return _named_item(text, at)  # "Attacks: Eastvale 41, Farhill 12": the item's name
    if label is None or not label[:1].isupper() or _party_words(label) or (
        label_measure(label) is not None  # "Killed by the Eastern Front (EF): 412": a measure
    ):
        return None
    end = offset + span.end_char
    if whole_row:  # the figure's own words go on to the row's end
        end = len(text) if text.find("\n", end) < 0 else text.find("\n", end)
    heading = row_heading(text, at, end)
    by_area = heading is not None and any(
        unit.lower().rstrip("s") in _units() for unit in _BY_UNIT.findall(heading)
    )
    return label if by_area or _known(label) else None


def _column_row_area(text: str, at: int, end: int) -> str | None:
    """ "Eastvale | 14 | 22" under "Province | Attacks | Killed": the row's first cell, when
    its column's heading is a unit of area or the gazetteer knows the name as a place."""
    named = row_name(text, at, end)
    if named is None or not named[0][:1].isupper() or _party_words(named[0]):
        return None
    unit = named[1].lower().rstrip("s")
    return named[0] if unit in _units() or _known(named[0]) else None


_ITEM_NAME = re.compile(r"(?:^|[:,;|])\s*((?:[A-Z][\w'’.-]*\s+){1,4})$")


def _named_item(text: str, at: int) -> str | None:
    """The name an item of a measure's row writes right before its figure ("Eastvale" of
    "Raids: Eastvale 41, Farhill 12"), when the gazetteer knows it as a place; none for a
    party ("Police 12") or a bare figure ("Killed: 40")."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    found = _ITEM_NAME.search(line)
    if found is None:
        return None
    name = found.group(1).strip()
    return name if not _party_words(name) and _known(name) else None


def _known(name: str) -> bool:
    """A label the gazetteer knows as a place: a name ("Eastvale", "Jammu and Kashmir"), not a
    phrase that names one ("Firing in Karachi: 3 Dead", a headline), where the place is the
    phrase's and the parse reads it."""
    return places.lookup(name) is not None or (
        not _a_phrase(name) and places.resolve(name) is not None
    )


_NAME_JOINS = frozenset({"and", "&"})


def _a_phrase(name: str) -> bool:
    """Words of a name and more: a lower-case word no place's name holds ("in", "near"), nor
    a word for the kind of place written with it ("Kafr el-Sheikh governorate: 2", "Swat
    valley: 3", "Kano metropolis: 4")."""
    inside = places.name_particles() | _NAME_JOINS | _kind_words()
    return any(
        w.islower() and w not in inside and not places.unit_levels(w) for w in name.split()
    )


@functools.cache
def _kind_words() -> frozenset[str]:
    """The unit nouns of admin_units.json, the locality nouns and the label kind words of
    places.json."""
    units = load_rules("admin_units")
    return frozenset(
        str(w) for key in ("units", "first_units", "holder_units") for w in units[key]
    ) | word_set("places", "locality_nouns") | word_set("places", "label_kind_words")


def _a_party(name: Span) -> bool:
    return any(t.ent_type_ in ("NORP", "ORG", "PERSON") and t.pos_ != "PROPN" for t in name) or (
        _party_words(name.text)
    )


def _party_words(label: str) -> bool:
    """ "Government forces", "Civilians", "Police", "Other parties": who, not where."""
    words = {w.lower() for w in _WORD.findall(label)}
    words |= {w[:-1] for w in words if w.endswith("s")}  # "Civilians": a civilian each
    words |= {w[:-3] + "man" for w in words if w.endswith("men")}  # "Militiamen"
    people = lexicon().people_nouns | lexicon().suspect_nouns
    return bool(words & (_parties() | people))


def _parties() -> frozenset[str]:
    raw = load_rules("places")
    return frozenset(raw["side_nouns"]) | frozenset(raw["force_words"]) | word_set(
        "places", "breakdown_parties"
    )


def _units() -> frozenset[str]:
    return word_set("places", "breakdown_units")
