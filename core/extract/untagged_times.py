"""Times the recogniser leaves untagged: "a trawler capsized off the island last night" may
come out with no TIME entity in a long clause, so the figure loses its day and the report its
incident's. The phrases told relative to the day of publication ("last night", "yesterday")
are read from the words when no word of them is in an entity; the table lives in
``core/rules/dates.json`` ("untagged_times"). So is a year the recogniser takes for a number
before an incident's noun ("a 2023 attack that killed four", "the 2019 bombing"), and one
the subject of a verb that says what a period saw ("while 2024 recorded 910 attacks": the
``locus_verbs`` of ``core/rules/tallies.json``), and one that labels a row of a year-by-year
table ("2021: 209 incidents, 38 deaths")."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from core.extract.date_edges import DAY_EDGES, DAY_PARTS
from core.extract.incident_words import incident_noun
from core.extract.locus_places import locus_verbs
from core.extract.nlp import lowered_as, word_ids, words_in, written_as
from core.rules import load_rules, word_set
from core.text.dates import date_words
from core.text.relative_dates import back_units

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


@functools.cache
def _phrases() -> tuple[tuple[str, ...], ...]:
    """The phrases as word tuples, longest first."""
    words: list[str] = load_rules("dates")["untagged_times"]
    return tuple(sorted((tuple(w.split()) for w in words), key=len, reverse=True))


@functools.cache
def _first_words() -> frozenset[str]:
    return frozenset(p[0] for p in _phrases())


@functools.cache
def _first_word_ids() -> frozenset[int]:
    return word_ids(_first_words())


def _a_year_pair(word: str) -> bool:
    return len(word) == _YEAR_PAIR_LENGTH and _YEAR_PAIR.fullmatch(word) is not None


@functools.cache
def _by_first_word() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases each first word opens, longest first: a word opens none of the others
    ("this" is common, and each of its tokens would try them all)."""
    return {w: tuple(p for p in _phrases() if p[0] == w) for w in _first_words()}


def untagged_times(sent: Span) -> list[Span]:
    """The sentence's untagged time phrases, each as a TIME span of its words."""
    from spacy.tokens import Span as SpacySpan

    doc = sent.doc
    years = [
        SpacySpan(doc, t.i, t.i + 1, label="DATE")
        # each reading asks for a year's four digits: the test once, before any of them,
        # on the words' texts (a Token only for a year)
        for t in written_as(sent, _YEAR.fullmatch)
        if _incident_year(t) or _subject_year(t) or _row_year(t)
    ]
    # "in 2024/25": a financial year the recogniser took for a count
    years.extend(
        SpacySpan(doc, t.i, t.i + 1, label="DATE")
        for t in written_as(sent, _a_year_pair)
        if t.ent_type_ != "DATE" and not _numbered(t)  # "FIR No 2025/26": a case's number
    )
    years.extend(_untagged_weekdays(sent))
    years.extend(_untagged_month_days(sent))
    firsts = words_in(sent, _first_word_ids())
    if not any(not t.ent_type_ for t in firsts):
        return years
    found: list[Span] = years
    opening = _by_first_word()
    i = sent.start  # where the next phrase may open: phrases do not overlap
    # only a phrase's first word opens one: no Token for the other words
    for first in firsts:
        if first.i < i:
            continue
        phrases = opening.get(first.lower_, ())
        size = next((len(p) for p in phrases if _at(sent, first.i, p)), 0)
        if size:
            found.append(SpacySpan(doc, first.i, first.i + size, label="TIME"))
            i = first.i + size
    return found


def with_untagged_times(ents: list[Span], sent: Span) -> list[Span]:
    """The sentence's entities and its untagged times; a stretch counted back
    (``counted_back``) takes the place of the entity of its count alone ("three days")."""
    back = counted_back(sent)
    kept = [
        _before_a_return(e)
        for e in ents
        if not any(b.start <= e.start and e.end <= b.end for b in back)
    ]
    return [*kept, *back, *untagged_times(sent)]


def _before_a_return(ent: Span) -> Span:
    """A DATE the recogniser closed on the "back" of a return ("A few weeks back in office,
    the minister ..."): the stretch alone, as the recogniser's "Three weeks" before "back in
    office" is, no time counted back."""
    last = ent[-1]
    if ent.label_ != "DATE" or len(ent) < 2 or last.lower_ != "back" or not _a_way_back(last):
        return ent
    return ent.doc[ent.start : ent.end - 1]


def counted_back(sent: Span) -> list[Span]:
    """ "shelled a fortnight ago", "detained five men three days back": a count of days,
    weeks or months right before "ago" or "back" (``_count_before``), as a DATE span of the
    recogniser left untagged or cut before the word; not "back" of a way back ("back from
    leave")."""
    from spacy.tokens import Span as SpacySpan

    doc = sent.doc
    units = back_units()
    found: list[Span] = []
    for tok in words_in(sent, _counted_back_ids()):
        if tok.ent_type_ == "DATE" or tok.i == sent.start:
            continue  # "two days ago": the recogniser's whole
        unit = doc[tok.i - 1]
        count = _count_before(tok, unit)
        if count is None or unit.lower_ not in units:
            continue
        start = count.left_edge.i
        if start < sent.start or start == unit.i:
            continue
        if any(t.ent_type_ not in ("", "DATE") for t in doc[start : tok.i]):
            continue  # a count the recogniser read as something else
        if tok.lower_ == "back" and _a_way_back(tok):
            continue  # "three days back from leave", "two years back to back"
        found.append(SpacySpan(doc, start, tok.i + 1, label="DATE"))
    return found


def _count_before(back: Token, unit: Token) -> Token | None:
    """The head of the count and unit right before "ago" or "back": the unit, the word's
    npadvmod ("three days back") or one the parser hung elsewhere ("killed 3 men a fortnight
    back": on "men"), or the unit the word hangs on ("a fortnight back"), or the count's own
    head whose phrase ends on the unit ("a couple of weeks back": "couple" the npadvmod,
    "weeks" its object's)."""
    if (unit.i == back.head.i and back.dep_ == "advmod") or (
        unit.dep_ == "npadvmod" and unit.right_edge.i == unit.i
    ):
        return unit
    heads = (c for c in back.children if c.dep_ == "npadvmod" and c.right_edge.i == unit.i)
    return next(heads, None)


def _a_way_back(back: Token) -> bool:
    """ "back" of a return: before a word of a way back ("three days back from leave", "two
    years back to back"), before a post one is back in, at or on ("two weeks back in the
    squad", "a week back on duty"), or of one who has been back ("had been three days back
    in the village"); "raiders killed six a week back in the hill village" tells a time."""
    sent = back.sent
    words = [t.lower_ for t in back.doc[back.i + 1 : min(back.i + 4, sent.end)]]
    if words and words[0] in word_set("dates", "counted_back_motions"):
        return True
    if not words or words[0] not in word_set("dates", "counted_back_post_words"):
        return False
    if back.head.lemma_ == "be":
        return True  # "had been three days back in the village", not "were there ... back,"
    post = [w for w in words[1:] if w not in ("the", "his", "her", "their", "its", "a")][:1]
    return bool(post) and post[0] in word_set("dates", "counted_back_posts")


@functools.cache
def _counted_back_ids() -> frozenset[int]:
    return word_ids(load_rules("dates")["counted_back_words"])


def _untagged_weekdays(sent: Span) -> list[Span]:
    """ "sustained a gunshot wound to the arm late Saturday": a weekday the recogniser left
    untagged, with "late" or "early" before it, as a DATE span; not a name's word ("Good
    Friday", "Friday Harbor": a capitalised word beside it)."""
    from spacy.tokens import Span as SpacySpan

    doc = sent.doc
    found: list[Span] = []
    for tok in words_in(sent, _weekday_ids()):  # a Token only for a weekday's word
        # the full name only: "Sun" and "Wed" are as often a paper's name or a verb
        if tok.ent_type_ or not tok.is_title or not tok.lower_.endswith("day"):
            continue
        before = doc[tok.i - 1] if tok.i > sent.start else None
        after = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        named = before is not None and before.is_title and before.lower_ not in DAY_EDGES
        # "a Sunday school teacher": the day names a noun's kind ("Sunday night" is a time)
        kind = tok.dep_ == "compound" and tok.head.lower_ not in DAY_PARTS
        if named or kind or (after is not None and after.is_title):
            continue
        start = tok.i - 1 if before is not None and before.lower_ in DAY_EDGES else tok.i
        found.append(SpacySpan(doc, start, tok.i + 1, label="DATE"))
    return found


@functools.cache
def _weekday_ids() -> frozenset[int]:
    return word_ids(date_words().weekdays)


def _untagged_month_days(sent: Span) -> list[Span]:
    """ "on the night of September 9-10", "between Feb. 2 and": a month's name (or its
    abbreviation) and its day (or days joined by a dash) the recogniser left untagged, as a
    DATE span; not "May" the verb, in lower case."""
    from spacy.tokens import Span as SpacySpan

    doc = sent.doc
    months = date_words().months
    found: list[Span] = []
    # "Feb." of "between Feb. 2 and": a Token only for a month's word
    for tok in lowered_as(sent, lambda low: low.rstrip(".") in months):
        if tok.ent_type_ or not tok.is_title or len(tok) < 3:
            continue
        before = doc[tok.i - 1] if tok.i > sent.start else None
        if before is None or before.pos_ not in _BEFORE_A_DATE:
            continue  # "the March 23 Movement": a name's words, not after "on", "of", "since"
        end = tok.i + 1
        while end < sent.end and not doc[end].ent_type_ and (
            _DAY.fullmatch(doc[end].text) or (doc[end].text in _DASHES and end > tok.i + 1)
        ):
            end += 1
        year = doc[end + 1 : end + 2] if doc[end : end + 1].text == "," else doc[end : end + 1]
        if _YEAR.fullmatch(year.text) or year.text.istitle():
            continue  # "Jul 2, 2013": the year read with it (``claim_dates._whole_date``);
            # "on the June 30 Square": a name goes on
        if end > tok.i + 1 and _DAY.fullmatch(doc[end - 1].text):
            found.append(SpacySpan(doc, tok.i, end, label="DATE"))
    return found


_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:-(?:[1-9]|[12]\d|3[01]))?")  # "9", "9-10"
_DASHES = frozenset({"-", "–"})
_BEFORE_A_DATE = frozenset({"ADP", "CCONJ"})  # "on May 3", "of May 9-10", "and May 5"


def _at(sent: Span, start: int, phrase: tuple[str, ...]) -> bool:
    """The phrase's words stand at ``start``, none of them in an entity."""
    doc = sent.doc
    if start + len(phrase) > sent.end:
        return False
    words = doc[start : start + len(phrase)]
    if not all(t.lower_ == w and not t.ent_type_ for t, w in zip(words, phrase, strict=True)):
        return False
    # "the last night bus", "on his last night": words of a noun phrase, no time of the story
    before = doc[start - 1] if start > sent.start else None
    if before is not None and before.pos_ in _DETERMINERS:
        return False
    last = words[-1]
    # a time's possessive is the time ("this year's murders"), no noun phrase of another
    owner = last.i + 1 < len(doc) and doc[last.i + 1].tag_ == "POS"
    return owner or not (last.dep_ in _MODIFIERS and last.head.i >= start + len(phrase))


_DETERMINERS = frozenset({"DET", "PRON"})
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})


def _numbered(tok: Token) -> bool:
    """The token is a number a word before it names ("No 2025/26", "case 2024-25")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.lower_.rstrip(".") in _NUMBER_WORDS


_NUMBER_WORDS = frozenset({"no", "number", "#", "fir", "case", "file", "ref", "reference"})
_YEAR_PAIR_LENGTH = 7  # "2024/25": the regular expression asked of no other token
_YEAR_PAIR = re.compile(r"(?:19|20)\d\d[/\-\u2013]\d\d")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _incident_year(tok: Token) -> bool:
    """ "a 2023 attack", "the 2019 bombing": a year, in no date entity, that modifies one
    incident's noun (singular: "2023 attacks" counts them)."""
    head = tok.head
    return (
        _YEAR.fullmatch(tok.text) is not None
        and tok.ent_type_ != "DATE"
        and tok.dep_ in ("compound", "nummod", "amod", "nmod")
        and head.i > tok.i
        and head.tag_ == "NN"
        and incident_noun(head)
    )


def _subject_year(tok: Token) -> bool:
    """ "while 2024 recorded 910 attacks", "2030 saw 40 deaths": a year, in no entity, the
    subject of a verb that says what a period saw, whose object is counted: the figures'
    year ("2,000 recorded 40 cases" names no year; "in 2031" is the recogniser's)."""
    verb = tok.head
    return (
        _YEAR.fullmatch(tok.text) is not None
        and tok.ent_type_ not in ("DATE", "MONEY", "PERCENT", "QUANTITY")
        and tok.dep_ == "nsubj"
        and not any(c.dep_ in ("det", "amod", "compound", "nummod") for c in tok.children)
        and verb.pos_ == "VERB"
        and verb.lemma_.lower() in locus_verbs()
        and any(
            o.dep_ == "dobj" and any(n.dep_ == "nummod" for n in o.children)
            for o in verb.children
        )
    )


# what sets a row's label apart from its figures: "2021: 209 incidents", "2021 – 209 incidents"
_ROW_MARKS = frozenset({":", "-", "–", "—"})


def _row_year(tok: Token) -> bool:
    """A row's year (``row_year``) the recogniser left untagged."""
    return tok.ent_type_ != "DATE" and row_year(tok)


def row_year(tok: Token) -> bool:
    """ "2021: 209 incidents, 38 deaths": a year that opens its line and is set off by a colon
    or a dash from the counts after it, the row of a year-by-year table (a minister's reply,
    a review's yearly figures). Its figures are that year's; the year counts nothing."""
    doc = tok.doc
    if (
        _YEAR.fullmatch(tok.text) is None  # cheap tests first: this runs on every token
        or tok.i + 2 >= len(doc)
        or doc[tok.i + 1].text not in _ROW_MARKS
        or not doc[tok.i + 2].like_num
    ):
        return False
    sent = tok.sent
    return tok.i + 2 < sent.end and all(
        t.is_punct or t.is_space for t in doc[sent.start : tok.i]
    )
