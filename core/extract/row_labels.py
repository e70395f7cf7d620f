"""Figures in the rows of a figure table, as statistics reports print them: a line that opens
with a label and a colon or a dash ("Killed: 40 civilians, 12 soldiers", "Attacks: North 12,
East 9", "Deaths — 95", "Arrested: 386 | Abducted: 31"), or short "Name: N" rows under a
heading line that says what they count ("Civilian deaths by province:"). The parse sees no
predicate there; the label is the measure of each figure of its list. Read on the document's
text: each line of a table is a paragraph, parsed apart from the heading above it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

from core.extract.listed_people import counts_people
from core.extract.measures import Reading, lexicon, people_noun
from core.extract.readings import read_figure
from core.extract.table_columns import column_measure
from core.ingest.figure_rows import label_measure, paired_measures
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

# "Killed: ...", "Security personnel killed: ...", "Deaths — ...": a short label of words,
# maybe after a list's bullet ("- Civilians killed: 812")
# ", according to the report": a source after the label's words
# (any letter: "State of Morelos", "Forces (FDN)", accented names)
_LABEL_WORDS = r"[ \t]*(?:[-•*·▪][ \t]+)?([^\W\d_](?:[^\W\d_]|['’.,()\- ])*?)[ \t]*"
_LABEL = re.compile(_LABEL_WORDS + r"(?::|[ \t][—–](?=[ \t]))")
# "Killed - 45": a spaced hyphen marks a row only after a label that names a measure, as a
# dateline's hyphen follows a place ("KESSA - Gunmen killed ...")
_HYPHENED = re.compile(_LABEL_WORDS + r"[ \t]-(?=[ \t])")
_HEADING_WORD = re.compile(r"[^\W\d_]+")
MAX_LABEL_WORDS = 6
BY = "by"  # "Killed by <party>:"
MAX_SOURCED_LABEL_WORDS = 12  # "Abductions by province, as listed by the monitor:"
MAX_HEADING_WORDS = 16
# what stands right before an item of the row's list: the label's mark, a list separator
ITEM_MARKS = frozenset({":", "):", ",", ";", "|", "(", "and", "including", "—", "–", "-"})
NAME_ENTITIES = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", "PERSON"})  # "North 12"
# figures that are no count: a year, a share, money, an ordinal
NOT_COUNTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"})
PEOPLE_MEASURES = frozenset({"killed", "injured", "arrested", "kidnapped"})
MEASURES = frozenset({"killed", "injured", "arrested", "kidnapped", "attacks", "operations"})
RULE = "row_label"
YEARS = range(1900, 2101)  # "Deaths: 2031 saw the most": a year, not a count
MAX_BEFORE_CHARS = 400  # how far back the sentence before a breakdown label is looked for
# a place's pair of figures under a label of two measures: "Northvale 12 and 30"
_PAIR_AFTER = re.compile(r"[ \t]+and[ \t]+\d")
_PAIR_BEFORE = re.compile(r"\d[ \t]+and[ \t]+$")
PAIR_REACH = 20  # characters back from a figure to the "N and" before it
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def read_row(num: Token, span: Span, text: str, offset: int) -> Reading | None:
    """The figure's reading (``read_figure``), or its table row's label's measure."""
    return labelled_row(num, span, read_figure(num, span), text, offset)


def row_figure(num: Token, span: Span, text: str, offset: int) -> bool:
    """Whether the figure is an item of a row whose label names a measure ("Kidnappings:
    21"), or a bare "Name: N" row under a heading that does, whatever the tagger made of it
    (a date, an age after a name)."""
    if num.ent_type_ in ("ORDINAL", "PERCENT", "MONEY", "QUANTITY", "TIME") or (
        num.text.isdigit() and int(num.text) in YEARS
    ) or not num.like_num or "." in num.text:
        return False
    at = offset + span.start_char
    row = _row(text, at, offset + span.sent.start_char)
    return (
        row is not None
        and _listed(span, row[1] - offset)
        and _row_measure(text, row[0], at, offset + span.end_char) is not None
    ) or column_measure(text, at, offset + span.end_char) is not None
    # "Eastvale: 14 / 22" under "Province: attacks / killed": the colon ends the row's name,
    # no label of a measure


def labelled_row(
    num: Token, span: Span, reading: Reading | None, text: str, offset: int
) -> Reading | None:
    """The label's measure for a figure of a table row that counts none of its own (a bare
    figure; people, under a label of what befell people), else the reading as it was.
    ``text`` is the document's, ``offset`` the chunk's."""
    at = offset + span.start_char
    told = reading is not None and reading.measure not in (None, "other")
    # "Eastvale | 14 | 22" under "Province | Attacks | Killed": the column's measure
    column = None if told or not _bare_count(num) else column_measure(
        text, at, offset + span.end_char
    )
    if column is not None:
        return Reading(measure=column, anchor=num, rule=RULE)
    if (
        reading is not None
        and reading.measure not in (None, "other")
        and not _other_cell(reading, text, at, offset)
    ) or (
        num.ent_type_ in NOT_COUNTS and not _lone_number(num)
        and not _paired_figure(span, text, offset)
    ):
        return reading
    noun = reading.noun if reading is not None else None
    between = text[at : offset + noun.idx] if noun is not None else ""
    if noun is not None and (not noun.is_alpha or "\n" in between or "|" in between):
        noun = None  # "Attacks: 455 | Killed", "North: 45\nSouth: 12": no noun of its own
    row = _row(text, at, offset + span.sent.start_char)
    if row is None or not _listed(span, row[1] - offset):
        return reading
    measure = _row_measure(text, row[0], at, offset + span.end_char)
    pair = paired_measures(text[row[0][0] : row[0][1]])
    if pair is not None:
        measure = _of_pair(text, at, offset + span.end_char, pair)
    if measure is None or (
        noun is not None and noun.i != num.i
        and not (measure in PEOPLE_MEASURES and _people(noun))
    ):
        return reading
    return Reading(measure=measure, noun=noun, anchor=num, rule=RULE)


def _bare_count(num: Token) -> bool:
    """A whole count as written, no year ("14", "1,204")."""
    return num.like_num and num.text.replace(",", "").isdigit() and int(
        num.text.replace(",", "")
    ) not in YEARS


def _paired_figure(span: Span, text: str, offset: int) -> bool:
    """One of a place's pair of figures under a label of two measures, which the tagger may
    read with the place's name as a date ("Northvale 6 and 22")."""
    at = offset + span.start_char
    row = _row(text, at, offset + span.sent.start_char)
    pair = paired_measures(text[row[0][0] : row[0][1]]) if row is not None else None
    return pair is not None and _of_pair(text, at, offset + span.end_char, pair) is not None


def _of_pair(text: str, start: int, end: int, pair: tuple[str, str]) -> Measure | None:
    """The figure's measure under a label of two ("Killed and arrested: Northvale 12 and
    30"): the first of a place's pair the first measure, the one after "and" the second;
    a figure in no pair, unknown. Read on the text, as the parse of such rows strays."""
    if _PAIR_AFTER.match(text, end):
        named = pair[0]
    elif _PAIR_BEFORE.search(text[max(0, start - PAIR_REACH) : start]):
        named = pair[1]
    else:
        return None
    return cast("Measure", named) if named in MEASURES else None


def _row_measure(text: str, label: tuple[int, int], start: int, end: int) -> Measure | None:
    """The measure the row's label names, else its heading line's, else, for a label that
    only says how the figures are broken down ("By state in May:", "The breakdown:"), the
    one measure the sentence before it names."""
    words = text[label[0] : label[1]]
    return (
        _measure(words)
        or _heading_measure(text, start, end)
        or (_sentence_before_measure(text, label[0]) if _breakdown_label(words) else None)
    )


def _breakdown_label(label: str) -> bool:
    """ "By province in October", "The breakdown by region", "Per state": a label that
    names how the figures split, no thing counted."""
    words = {w.lower() for w in _HEADING_WORD.findall(label)}
    return bool(words & word_set("measures", "breakdown_words"))


def _sentence_before_measure(text: str, start: int) -> Measure | None:
    """The one measure the sentence right before ``start`` names (``_named_measure``), on
    its line or as the last sentence of the paragraph above."""
    before = text[max(0, start - MAX_BEFORE_CHARS) : start].rstrip()
    if not before.endswith((".", ":")):
        return None
    sentences = _SENTENCE_END.split(before[:-1])
    return _named_measure(sentences[-1]) if sentences else None


def _lone_number(num: Token) -> bool:
    """ "Southvale 38": a number the tagger took for a date all by itself, no year."""
    ent = next((e for e in num.doc.ents if e.start <= num.i < e.end), None)
    return (
        num.ent_type_ == "DATE" and ent is not None and len(ent) == 1
        and num.text.isdigit() and int(num.text) not in YEARS
    )


def _other_cell(reading: Reading, text: str, at: int, offset: int) -> bool:
    """ "Attacks: 612 | Killed: 947": the word the figure was read by stands in the next cell
    of its row, past a bar."""
    word = reading.anchor if reading.anchor is not None else reading.noun
    if word is None:
        return False
    bar = text.find("|", at, offset + word.idx)
    return bar >= 0 and "\n" not in text[at:bar]


def _people(noun: Token) -> bool:
    """People a label of what befell people counts: "civilians", "soldiers", "militants"."""
    return people_noun(noun) or noun.lemma_.lower() in lexicon().suspect_nouns


def _row(text: str, at: int, floor: int = 0) -> tuple[tuple[int, int], int] | None:
    """The label's characters and where its mark ends, when the figure at ``at`` stands in a
    labelled row (its line's part after the last bar before it, or after the sentence before
    it on the line, ``floor`` its sentence's start: "... as follows. Injured: 40 civilians")."""
    line = text.rfind("\n", 0, at) + 1
    start = max(line, text.rfind("|", line, at) + 1)
    cell = text.rfind(";", start, at) + 1  # "Killed: 201; arrested: 111": a cell of its own
    found = _LABEL.match(text, floor, at) if floor > start else None
    found = found or (_LABEL.match(text, cell, at) if cell > start else None)
    found = found or _LABEL.match(text, start, at) or _hyphened(text, start, at)
    if found is None:
        return None
    label = found.group(1)
    if (len(label.split(",")[0].split()) > MAX_LABEL_WORDS and not _by_party(label)) or (
        len(label.split()) > MAX_SOURCED_LABEL_WORDS
    ):
        return None
    return (found.start(1), found.end(1)), found.end()


def _hyphened(text: str, start: int, at: int) -> re.Match[str] | None:
    """ "Killed - 45", "Arrests - 31": a row marked by a spaced hyphen, when its label names
    a measure (a dateline's place before its hyphen names none)."""
    found = _HYPHENED.match(text, start, at)
    return found if found is not None and _measure(found.group(1)) is not None else None


def _by_party(label: str) -> bool:
    """ "Killed by the Eastern Front for Liberation (EFL)": a measure the label names first,
    then the party it is blamed on, a name as long as the party's."""
    words = label.split()
    return len(words) > 2 and words[1].lower() == BY and _measure(words[0]) is not None


def _listed(span: Span, mark_end: int) -> bool:
    """The figure is an item of the row's list: right after the label's mark, a separator or
    "including", past the name it counts for ("North 12"); not "with 248 victims".
    ``mark_end`` is in the chunk's characters."""
    doc = span.doc
    j = span.start - 1
    while j >= 0 and doc[j].idx + len(doc[j]) >= mark_end:
        t = doc[j]
        if t.lower_ in ITEM_MARKS:
            return True
        if not (
            t.ent_type_ in NAME_ENTITIES or t.pos_ == "PROPN" or t.is_title or t.is_upper
            or (not t.like_num and counts_people(t))  # "Killed: civilians 312, soldiers 40"
        ):
            return False
        j -= 1
    return j < 0 and mark_end <= 0  # the label left out of the parse


def _measure(label: str) -> Measure | None:
    measure = label_measure(label)
    return cast("Measure", measure) if measure in MEASURES else None


def _heading_measure(text: str, start: int, end: int) -> Measure | None:
    """ "Civilian deaths by country:" then "North: 3,120" rows: the measure of the heading
    line above a run of bare "Name: N" rows, for a figure that ends its row."""
    heading = row_heading(text, start, end)
    if heading is None:
        return None
    return _measure(heading) or _named_measure(heading)


def row_heading(text: str, start: int, end: int) -> str | None:
    """The heading line above a run of bare "Name: N" rows, less its colon, for a figure
    (``start``, ``end`` in the document's text) that ends its row."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[end:line_end].strip(" .;"):
        return None
    above = text.rfind("\n", 0, start)
    while above > 0:
        line_start = text.rfind("\n", 0, above) + 1
        line = text[line_start:above].strip()
        if not line:  # a blank line between the heading and its rows, or between rows
            above = line_start - 1
            continue
        if line.endswith(":"):
            return line[:-1] if len(line.split()) <= MAX_HEADING_WORDS else None
        if _row(text, above) is None:
            return None
        above = line_start - 1
    return None


def row_label(text: str, at: int, floor: int = 0) -> str | None:
    """The label of the table row the figure at ``at`` stands in ("North" of "North: 12")."""
    row = _row(text, at, floor)
    return text[row[0][0] : row[0][1]] if row is not None else None


def _named_measure(heading: str) -> Measure | None:
    """ "The group broke down the deaths by the party it held responsible:", "The districts
    with the most murder victims were:": a heading said as a sentence, the one measure its
    words name (none when they name two: "Deaths and arrests by district:")."""
    named = {_measure(w) for w in _HEADING_WORD.findall(heading)} - {None}
    return named.pop() if len(named) == 1 else None
