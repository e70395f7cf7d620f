"""Which numbers of a sentence are figures: not a clock time, a year, an age, a code or a list
number; zero counts read from the parse ("no one was killed"); which uncategorised counts are
worth a checker's time.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from core.extract.address_numbers import house_number, list_number, phone_number
from core.extract.arrest_deeds import DEED_PREPOSITIONS
from core.extract.bare_ones import PERSON_MEASURES, counts_nothing
from core.extract.compared_counts import compared_count
from core.extract.counted_among import listed_beside_one
from core.extract.counted_sources import counts_speakers
from core.extract.dialled_numbers import dialled_number
from core.extract.elided_counts import counting_word
from core.extract.figure_ages import told_age
from core.extract.joined_dates import paired_day_before_month, second_day_of_month
from core.extract.level_hours import hour_after_level
from core.extract.measures import lexicon
from core.extract.misplaced_figures import count_hung_on_verb
from core.extract.nlp import word_ids, words_in
from core.extract.numeric_orders import in_numeric_date
from core.extract.participants import governing_measure
from core.extract.partitives import part_of_plural
from core.extract.place_words import WARD_NUMBER
from core.extract.ranked_items import ranked_item_area
from core.extract.ratios import in_a_ratio
from core.extract.run_dates import count_run_into_a_date
from core.extract.toll_measures import TOLL_PREPOSITIONS
from core.extract.untagged_times import row_year
from core.rules import load_rules
from core.text.dates import date_words
from core.text.numbers import Amount

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


ZERO_WORDS = frozenset({"no", "none", "nobody", "noone"})
_ZERO_IDS = word_ids(ZERO_WORDS)

CLOCK = frozenset({"a.", "p.", "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "hrs"})

# Determiners that make a numbered phrase refer back ("the two countries"), not count.
DEFINITE = frozenset(
    ["the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your"]
)

# Entities a number can be part of the name of ("WAVE 3 News", "Boeing 737", "G20").
NAME_LABELS = frozenset({"ORG", "PERSON", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT"})

# A code in one token: a few capitals, a hyphen, digits ("I-95", "MH-17", "F-16A", "AK-47")
_CODE_TOKEN = re.compile(r"[A-Z]{1,3}-\d+[A-Za-z]?")

_JOINERS = frozenset({"and", "or", "to", "of", "by", "x"})


def counts_a_word(sent_text: str, amount: Amount) -> bool:
    """The figure is followed by a word other than a joiner: it may count something."""
    after = sent_text[amount.end : amount.end + 40].split(maxsplit=1)
    return bool(after) and after[0][:1].isalpha() and after[0].lower() not in _JOINERS


def not_a_figure(amount: Amount, num: Token, span: Span, text: str, offset: int) -> bool:
    """A number that is no count: a time, a year, a designation, an age, a code, a list
    number, a bare "one" or a duration. ``text`` is the document's, ``offset`` the chunk's."""
    if amount.qualifier == "vague" or (amount.value == 0 and span[0].lower_ in ZERO_WORDS):
        return False
    if _clock_or_date(num, span) or _extent(num) or _bracketed_day(num) or _ward(span):
        return True
    if hour_after_level(num):  # "the toll rose to 12 at 7 this morning"
        return True
    if phone_number(span, text, offset) or dialled_number(num, span):
        return True
    if in_numeric_date(span, text, offset):  # "on 01-03-2031": no range "01-03"
        return True
    if num.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") and not _CODE_TOKEN.fullmatch(num.text):
        return False  # "45 AK-47 rifles" may be one QUANTITY: the model's number no figure
    return (
        0 < amount.value < 1  # "a third died later": the third person, no count of people
        or _year(num)
        or _designation(num, span)
        or told_age(num, span, text, offset)
        or list_number(span, text, offset)
        or counts_nothing(num, amount)
        or house_number(span)
        or _parent_of(span)
        or in_a_ratio(num)  # "one in five victims"
        or counts_speakers(num)  # "..., two security sources said"
        or listed_beside_one(num)  # "an American and two Canadians were among the 10 hurt"
    )


def _parent_of(span: Span) -> bool:
    """ "a father of three", "mother-of-two": the children a parent has, no count of harm."""
    words = [t for t in span.doc[max(0, span.start - 4) : span.start] if t.text != "-"]
    return (
        len(words) >= 2
        and words[-1].lower_ == "of"
        and words[-2].lemma_.lower() in lexicon().parent_nouns
    )


def _clock_or_date(num: Token, span: Span) -> bool:
    if num.ent_type_ == "ORDINAL" or (
        num.ent_type_ == "TIME" and not (_a_toll_at(num) or _harmed_bare(num))
    ):
        return True
    if num.ent_type_ == "DATE" and not (
        _counts(num) or _harmed_bare(num) or _a_toll_at(num) or compared_count(num)
        or counting_word(num) is not None  # "how many were killed: police said 14"
        or count_hung_on_verb(num) is not None  # "Raiders abduct 27": the verb's object
        or count_run_into_a_date(num)  # "numbered 87 last year"
        or ranked_item_area(num) is not None  # "..., Wend for 301 and Ostmark for 254"
        or part_of_plural(num)  # "Three of this year’s murders"
    ):
        return True
    if (
        (num.ent_type_ == "DATE" and _day_of_month(num))
        or second_day_of_month(num)
        or paired_day_before_month(num)  # "on 4 and 5 May"
    ):
        return True  # "Eldmere, 4 May 2031 (Agency):" the parser may hang the day on a noun
    # Clock times the tokenizer split ("3 p. m.", "12:30 a.m."), whatever NER made of them;
    # "around 10:30" is a clock without them
    after_num = span.doc[span.end] if span.end < len(span.doc) else None
    return (after_num is not None and after_num.lower_ in CLOCK) or bool(
        _CLOCK_TOKEN.fullmatch(num.text)
    )


# a clock time kept as one token: "10:30", "7:10am", "9pm", "6.45p.m."
_CLOCK_TOKEN = re.compile(r"\d{1,2}:\d{2}(?:[ap]\.?m\.?)?|\d{1,2}(?:[.:]\d{2})?[ap]\.?m\.?", re.I)


def _a_toll_at(num: Token) -> bool:
    """ "the governor put the death toll at 45, and added ...", "the toll went past 70": the
    tagger may call the figure a date, a time or an age ("past 70"), but what a toll is put,
    stands, moves or is estimated at is its count (a clock has its "p.m." or colon, read
    after this). So is what a toll is ("the death toll was 31", "the number of dead is 40")."""
    if num.dep_ == "attr" and num.head.lemma_ == "be":
        verb = num.head
    elif num.dep_ == "pobj" and num.head.lower_ in TOLL_PREPOSITIONS:
        verb = num.head.head
    else:
        return False
    tolls = lexicon().toll_nouns
    return any(
        c.dep_ in ("dobj", "nsubj", "nsubjpass") and c.lemma_.lower() in tolls
        for c in verb.children
    )


def _bracketed_day(num: Token) -> bool:
    """ "shot dead this morning (24)": the day of the month in brackets after a day word."""
    doc, i = num.doc, num.i
    return (
        num.text.isdigit()
        and 1 <= int(num.text) <= 31
        and 2 <= i < len(doc) - 1
        and doc[i - 1].text == "("
        and doc[i + 1].text == ")"
        and doc[i - 2].lower_ in _bracketed_day_words()
    )


@functools.cache
def _bracketed_day_words() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("dates")["bracketed_day_words"])


def _harmed_bare(num: Token) -> bool:
    """ "killing seven and injuring 40, 15 of them ...": the tagger may call a bare number
    a date, but the object of a harm verb, alone in its entity, counts the people harmed."""
    ent = next((e for e in num.doc.ents if e.start <= num.i < e.end), None)
    if ent is None or (len(ent) != 1 and not _opens_a_phrase_after(num, ent)):
        return False
    verb = num.head
    # "..., 14 detained: Army": a headline's participle right after its bare count
    bare = (
        num.dep_ == "nsubj"
        and verb.i == num.i + 1
        and verb.tag_ in ("VBD", "VBN")
        and lexicon().verbs.get(verb.lemma_.lower()) in PERSON_MEASURES
        and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)
    )
    return bare or (
        num.dep_ in ("dobj", "nsubjpass") and governing_measure(num) in PERSON_MEASURES
    )


def _opens_a_phrase_after(num: Token, ent: Span) -> bool:
    """ "Police arrest 46 after second night of unrest", "wounded 17 overnight", "injured 9
    this morning": the tagger's time runs on from the bare number into the words after it,
    which hang elsewhere (on the verb), none on the number; the number stands alone."""
    return (
        ent.start == num.i
        and num.i + 1 < ent.end
        and not any(num.is_ancestor(t) for t in num.doc[num.i + 1 : ent.end])
    )


def _day_of_month(num: Token) -> bool:
    """A day beside its month inside a date ("4 May 2031", "May 4, 2031")."""
    if not (num.text.isdigit() and 1 <= int(num.text) <= 31):
        return False
    doc, months = num.doc, date_words().months
    return any(
        0 <= i < len(doc) and doc[i].ent_type_ == "DATE" and doc[i].lower_.rstrip(".") in months
        for i in (num.i - 1, num.i + 1)
    )


def _year(num: Token) -> bool:
    """A year standing alone ("in 2023", "since 2019") or naming one thing ("a 2013 shooting",
    "the 2016 election"): a count above one takes a plural noun."""
    return bool(re.fullmatch(r"1[89]\d\d|20\d\d", num.text)) and (
        not _counts(num) or num.head.tag_ in ("NN", "NNP") or _dated_events(num) or row_year(num)
    )


def _dated_events(num: Token) -> bool:
    """ "the 1967 killings", "its 2015 totals": after a determiner, a year names which events
    (a count of that size would rarely be so introduced); so does one the recogniser reads
    as a date of its own ("charged over 1981 murders", "held in 2013 killings"), where a
    count of thousands is a cardinal ("over 2000 people")."""
    head = num.head
    lex = lexicon()
    return head.lemma_.lower() in lex.nouns.keys() | lex.toll_nouns.keys() and (
        any(c.dep_ in ("det", "poss") and c.i < num.i for c in head.children)
        or _lone_date(num)
    )


def _lone_date(num: Token) -> bool:
    """The token is a DATE entity all by itself, on a noun a preposition of cause or
    setting takes ("charged over 1981 murders", "held for 2013 killings"); a noun counted
    as a subject or an object stays a count ("police reported 1971 killings")."""
    ent = next((e for e in num.doc.ents if e.start <= num.i < e.end), None)
    head = num.head
    return (
        ent is not None and ent.label_ == "DATE" and len(ent) == 1
        and head.dep_ == "pobj" and head.head.lower_ in DEED_PREPOSITIONS
    )


def _designation(num: Token, span: Span) -> bool:
    """ "Article 370", "Section 144", "Flight 370", "F-16"; "574-LMPD", "COVID-19"."""
    designations = lexicon().designation_nouns
    if _CODE_TOKEN.fullmatch(num.text):
        return True  # "I-95", "MH-17" kept whole by the tokenizer
    head = num.head
    left = span.doc[span.start - 1] if span.start > 0 else None
    if left is not None and (
        (left.lower_.rstrip(".") in designations and left.text[:1].isupper())
        or _glued_code(num)
    ):
        return True
    if head.lower_.rstrip(".") in designations and head.i < num.i and head.text[:1].isupper():
        return True
    # Codes and numbers inside names: a number glued to letters after it.
    nxt = span.doc[span.end] if span.end < len(span.doc) else None
    return (
        nxt is not None
        and nxt.text == "-"
        and span.end + 1 < len(span.doc)
        and (span.doc[span.end + 1].is_alpha and span.doc[span.end + 1].idx == nxt.idx + 1)
    )


def _extent(num: Token) -> bool:
    """A distance, a speed or a size ("fled two miles", "at 90 mph", "a 2-kilometre stretch"):
    no count of anything the app reads, whatever NER calls it."""
    noun = num.head if num.dep_ in ("nummod", "quantmod", "compound", "amod") else None
    return noun is not None and noun.lemma_.lower() in lexicon().extent_units


def _counts(num: Token) -> bool:
    """The number modifies a noun that is not a unit of time ("2000 people")."""
    head = num.head
    if num.dep_ not in ("nummod", "quantmod", "compound"):
        return False
    lex = lexicon()
    return (
        head.pos_ in ("NOUN", "PROPN")
        and head.lemma_.lower() not in lex.duration_nouns
        and (head.ent_type_ not in ("DATE", "TIME"))
    )


def zero_figures(sent: Span) -> Iterator[tuple[Amount, Token, Span]]:
    """ "No one was killed", "no casualties", "none were hurt": a zero count from the parse."""
    lex = lexicon()
    # only "no", "none", ...: no Token is built for the rest of the sentence
    for tok in words_in(sent, _ZERO_IDS):
        if tok.lower_ == "no" and tok.dep_ == "det":
            target = tok.head
            span = (
                sent.doc[tok.i : target.i + 1]
                if target.lower_ == "one"
                else sent.doc[tok.i : tok.i + 1]
            )
            measured = target.lemma_.lower() in lex.nouns or governing_measure(target) is not None
            if target.lower_ == "one":
                measured = governing_measure(target) is not None
        elif tok.lower_ in ("none", "nobody") and tok.dep_ in ("nsubj", "nsubjpass"):
            target, span = tok, sent.doc[tok.i : tok.i + 1]
            measured = governing_measure(tok) is not None
        else:
            continue
        if measured:
            amount = Amount(
                start=span.start_char - sent.start_char,
                end=span.end_char - sent.start_char,
                text=span.text,
                value=0.0,
                qualifier="exact",
                low=0.0,
                high=0.0,
                number_start=span.start_char - sent.start_char,
                number_end=span.end_char - sent.start_char,
            )
            yield amount, span.root if target.lower_ != "one" else target, span


def checkable_other(amount: Amount, span: Span) -> bool:
    """An uncategorised figure worth a checker's time: not zero or one of something, not a
    number that is part of a name ("a 911 call", "WAVE 3 News", a ".45 caliber" gun), and not a
    definite phrase that refers back to things already named ("the two countries")."""
    if amount.value in (0, 1) or amount.text.startswith("."):
        return False
    root = span.root
    if root.ent_type_ in ("MONEY", "PERCENT", "QUANTITY"):
        return True
    if not amount.value.is_integer():
        return False  # things are counted whole: "Magnitude 6.1", "7.6 and 7.4 magnitude quakes"
    if root.dep_ == "compound" or root.ent_type_ in NAME_LABELS:
        return False
    # Counts agree with a plural noun; "a 911 call", "720 ILCS" are labels.
    noun = root.head if root.dep_ == "nummod" else None
    if noun is not None and noun.tag_ in ("NN", "NNP"):
        return False
    left = span.doc[span.start - 1] if span.start > 0 else None
    return left is None or left.lower_ not in DEFINITE


def _ward(span: Span) -> bool:
    """A ward or sector glued to its number in one token ("Municipality-3", "Sector-15")."""
    ward = WARD_NUMBER.search(span.text)
    return ward is not None and span.text[: ward.start()].isalpha()


def _glued_code(num: Token) -> bool:
    """ "F-16", "MH-17": letters glued by a hyphen to the number (not "KABUL - 27 people")."""
    doc = num.doc
    if num.i < 2:
        return False
    hyphen, word = doc[num.i - 1], doc[num.i - 2]
    # "seventy-two" is one number the tokenizer split, not a code; a code's number is written
    # in digits ("four people-one with burns": a dash typed as a hyphen)
    return (
        num.text[:1].isdigit()
        and hyphen.text == "-"
        and not hyphen.whitespace_
        and not word.whitespace_
        and word.is_alpha
        and not word.like_num
    )


def figure_chars(text: str, sent_start: int, amount: Amount, span: Span) -> tuple[int, int]:
    """The figure's characters in ``text`` (a parsed chunk's): the amount as found when a
    token glues words to it ("NEWS-3 DEAD": the "3"), else the span read (a token holding
    more numbers, "09/10/10", stays whole)."""
    at, end = sent_start + amount.start, sent_start + amount.start + len(amount.text)
    if not (span.start_char <= at < end <= span.end_char and text[at:end] == amount.text):
        return span.start_char, span.end_char
    glued = text[span.start_char : at] + text[end : span.end_char]
    if any(ch.isdigit() or ch in "/.,:" for ch in glued):
        return span.start_char, span.end_char
    return at, end

