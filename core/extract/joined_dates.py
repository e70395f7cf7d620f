"""A date the recogniser ran into the counted stretch written after it: "Jon Roe died Aug. 10,
a week after he was shot" comes out as one DATE entity "Aug. 10, a week", which reads as no
time at all, so the death (and the report's incident) loses its day. Parted at the comma, the
date is the death's and the stretch ties the shooting to it, as when the recogniser tags them
apart ("died Friday, two days after she was shot": counted back from the death's day).

The other way, a night told by the two days it falls between ("on the intervening night of
Saturday and Sunday", "the night between March 3 and 4") comes out as a TIME ending at "and"
or at "the night", then the second day alone: joined again, it reads as the two days. And an
anniversary's day the recogniser leaves after "ago" ("Two years ago" + "today") is joined on,
as two weekdays with only "and" between them ("died on Saturday" + "and" + "Sunday"): both
days, not the first alone."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.date_edges import DAY_PARTS
from core.extract.nlp import word_ids, words_in
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_STRETCH_WORDS = 2  # a count and its unit: "a week", "two days"


def parted_stretches(ents: list[Span]) -> list[Span]:
    """The entities with each date run into a counted stretch parted in two at the comma."""
    from spacy.tokens import Span as SpacySpan

    out: list[Span] = []
    for ent in ents:
        comma = _stretch_comma(ent)
        if comma is None:
            out.append(ent)
            continue
        doc, label = ent.doc, ent.label_
        out += [SpacySpan(doc, ent.start, comma, label=label),
                SpacySpan(doc, comma + 1, ent.end, label=label)]
    return out


def _stretch_comma(ent: Span) -> int | None:
    """Where the comma stands that a counted stretch ("a week", "two days") follows to the
    entity's end, after a date of its own."""
    if len(ent) < _STRETCH_WORDS + 2 or ent.label_ != "DATE":
        return None
    comma = ent.end - _STRETCH_WORDS - 1
    count, unit = ent.doc[comma + 1], ent.doc[comma + 2]
    if ent.doc[comma].text != "," or unit.lower_ not in date_words().units:
        return None
    return comma if count.like_num or count.lower_ in ("a", "an") else None


_TIME_LABELS = frozenset({"DATE", "TIME"})
_NIGHT_LINKS = frozenset({"of", "between", "and"})  # "night of X and Y", "night between X and Y"
_NIGHT_GAP = 4  # "between March 3 and" untagged: a link, a month, a day, "and"


def joined_nights(ents: list[Span]) -> list[Span]:
    """The entities (in text order) with a night told by the two days it falls between
    joined into one DATE: "the intervening night of Saturday and" + "Sunday"; and two days of
    one month, "June 1" + "and" + "2"."""
    from spacy.tokens import Span as SpacySpan

    out: list[Span] = []
    for ent in ents:
        # the first day may come out as an entity of its own: "the night of" + "Monday"
        back = next(
            (n for n in range(len(out) - 1, max(-1, len(out) - 3), -1)
             if _night_between(out[n], ent) or _second_day(out[n], ent)
             or _night_of_days(out[n], ent)),
            None,
        )
        if back is None:
            out.append(ent)
        else:
            out[back:] = [SpacySpan(ent.doc, out[back].start, ent.end, label="DATE")]
    return out


def _night_of_days(first: Span, second: Span) -> bool:
    """ "the night of" + "Sunday to Monday": a night the recogniser tagged apart from the
    two days it falls between, told right after it."""
    return (
        first.label_ in _TIME_LABELS
        and second.label_ == "DATE"
        and second.start == first.end
        and first[-1].lower_ in ("of", "between")
        and any(t.lower_ == "night" for t in first)
        and any(t.lower_ in ("to", "and", "-") for t in second)
    )


def _night_between(first: Span, second: Span) -> bool:
    """ "the (intervening) night of / between X and" then "Y": a night, a link, the first
    day and "and" (in the entity or in the untagged words after it), then the second day."""
    if first.label_ not in _TIME_LABELS or not (
        second.label_ in _TIME_LABELS
        or _day_of_its_month(first.doc[first.start : second.start], second)
    ):
        return False
    if _counts_a_noun(second[-1]):
        return False  # "on the night of 8 March and 3 others were abducted"
    gap = first.doc[first.end : second.start]
    if len(gap) > _NIGHT_GAP or first.sent.start != second.sent.start:
        return False
    words = [t.lower_ for t in first.doc[first.start : second.start]]
    if "night" not in words or words[-1] != "and":
        return False
    link = words.index("night") + 1
    told = first.doc[first.start + link + 1 : second.start - 1]
    return link < len(words) - 1 and words[link] in _NIGHT_LINKS - {"and"} and all(
        _day_word(t) for t in told
    )


def _day_of_its_month(first: Span, second: Span) -> bool:
    """ "the night of June 12 and" + "13": a day's number the recogniser took for a count,
    after a month the words before it name (in the night's entity or left untagged after
    it: "the night" + "between June 12 and" + "13")."""
    months = date_words().months
    return (
        second.label_ == "CARDINAL"
        and len(second) == 1
        and second.text.isdigit()
        and 1 <= int(second.text) <= _MONTH_DAYS
        and any(t.lower_.rstrip(".") in months for t in first)
        and not _counts_a_noun(second[0])  # "the night of June 4 and 5 people were killed"
    )


_MONTH_DAYS = 31


def _second_day(first: Span, second: Span) -> bool:
    """ "June 1" + "and" + "2": the second of two days the month names once."""
    return (
        first.label_ == "DATE"
        and second.start == first.end + 1
        and second_day_of_month(second[0])
    )


def second_day_of_month(num: Token) -> bool:
    """ "on June 1 and 2", "May 30 and 31": a day's number after "and" and a day of a month,
    which the recogniser tags a count (one that counts people has its noun: "June 1 and 2
    others")."""
    doc, months = num.doc, date_words().months
    if num.i < 3 or not num.text.isdigit() or not 1 <= int(num.text) <= _MONTH_DAYS:
        return False
    link, day, month = doc[num.i - 1], doc[num.i - 2], doc[num.i - 3]
    return (
        link.lower_ in ("and", "&")
        # "the night of June 1" is a TIME; "the night between" + "June 1" may go untagged
        and (day.ent_type_ in _TIME_LABELS or _after_a_night_link(month))
        and day.text.isdigit()
        and month.lower_.rstrip(".") in months
        and not _counts_a_noun(num)
    )


def _after_a_night_link(month: Token) -> bool:
    """The month follows "night of" or "night between" ("the night between June 1 and 2")."""
    doc = month.doc
    return (
        month.i >= 2
        and doc[month.i - 1].lower_ in _NIGHT_LINKS - {"and"}
        and doc[month.i - 2].lower_ == "night"
    )


def paired_day_before_month(num: Token) -> bool:
    """ "on 4 and 5 May", "the night of 4 & 5 May": the second of two days' numbers written
    before the month they share, which the recogniser leaves out of any date (the first of
    the pair it tags a date, or a count)."""
    doc, months = num.doc, date_words().months
    if num.i < 2 or num.i + 1 >= len(doc) or not _a_day_number(num):
        return False
    return (
        doc[num.i - 1].lower_ in _PAIR_LINKS
        and _a_day_number(doc[num.i - 2])
        and doc[num.i + 1].lower_.rstrip(".") in months
        and doc[num.i + 1].text[:1].isupper()
    )


def _a_day_number(tok: Token) -> bool:
    return tok.text.isdigit() and 1 <= int(tok.text) <= _MONTH_DAYS


_PAIR_LINKS = frozenset({"and", "&"})


def _day_word(tok: Token) -> bool:
    """A word of a day: a weekday, a month, a day's number ("Saturday", "March", "3", "3rd")."""
    tables = date_words()
    word = tok.lower_.rstrip(".")
    return word in tables.weekdays or word in tables.months or tok.like_num or (
        word[:-2].isdigit() and word[-2:] in ("st", "nd", "rd", "th")
    )


_ANNIVERSARY_BASES = frozenset({"today", "yesterday"})


def joined_ago_days(ents: list[Span]) -> list[Span]:
    """The entities (in text order) with a stretch "ago" and the day it is counted from
    joined into one DATE: "Two years ago" + "today", "A year ago" + "Thursday"."""
    from spacy.tokens import Span as SpacySpan

    out: list[Span] = []
    for ent in ents:
        doc = ent.doc
        if out and out[-1].end == ent.start and _ago_before_day(out[-1]) and len(ent) == 1:
            out[-1] = SpacySpan(doc, out[-1].start, ent.end, label="DATE")
            continue
        untagged = _ago_before_day(ent) and not any(e.start == ent.end for e in ents)
        out.append(SpacySpan(doc, ent.start, ent.end + 1, label="DATE") if untagged else ent)
    return out


def joined_day_pairs(ents: list[Span]) -> list[Span]:
    """The entities (in text order) with two weekdays that only "and" parts joined into one
    DATE: "Saturday" + "Sunday" of "on Saturday and Sunday", "Sunday night" + "early Monday";
    and a weekday with the part of it the recogniser tagged apart ("since Friday" + "night",
    which left the weekday a modifier no preposition governs)."""
    from spacy.tokens import Span as SpacySpan

    out: list[Span] = []
    for ent in ents:
        before = out[-1] if out else None
        if before is not None and _part_of_the_day(before, ent):
            out[-1] = SpacySpan(ent.doc, before.start, ent.end, label="DATE")
            continue
        if (
            before is not None
            and before.end + 1 == ent.start
            and ent.doc[before.end].lower_ == "and"
            and _names_a_weekday(before)
            and _names_a_weekday(ent)
        ):
            out[-1] = SpacySpan(ent.doc, before.start, ent.end, label="DATE")
            continue
        out.append(ent)
    return out


def _part_of_the_day(day: Span, part: Span) -> bool:
    """ "Friday" + "night": a part of the day alone right after a weekday alone."""
    return (
        day.end == part.start
        and len(day) == 1
        and len(part) == 1
        and day.label_ in _TIME_LABELS
        and part.label_ in _TIME_LABELS
        and day[0].lower_ in date_words().weekdays
        and part[0].lower_ in DAY_PARTS
    )


def _names_a_weekday(ent: Span) -> bool:
    return ent.label_ in _TIME_LABELS and any(t.lower_ in date_words().weekdays for t in ent)


def _ago_before_day(ent: Span) -> bool:
    """The entity ends in "ago" and the word after it is a day to count from."""
    doc = ent.doc
    if ent.label_ != "DATE" or ent[-1].lower_ != "ago" or ent.end >= ent.sent.end:
        return False
    day = doc[ent.end].lower_
    return day in _ANNIVERSARY_BASES or day in date_words().weekdays


# "4/5 May", "4-5 May", "4 and 5 May": the day numbers written before a month, which the
# recogniser leaves out of the month's entity (or tags as a count)
# a day may be written as its ordinal: "on 5th and 6th May" (the recogniser tags "5th" apart)
_DAY_PAIR = re.compile(
    r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?:[/-](?:[1-9]|[12]\d|3[01]))?", re.IGNORECASE
)
_DAY_ORDINAL = re.compile(r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)", re.IGNORECASE)  # "6th May"
_DAY_LINKS = _PAIR_LINKS | {"-", "–"}  # "4-5 May" too
_LONE_DAY_LABELS = frozenset({"ORDINAL", "DATE"})
OF = "of"  # "the 2nd of December"
_DAYS_BEFORE = 3  # "4", "and", "5"


def with_days_before_month(ents: list[Span], sent: Span) -> list[Span]:
    """The entities with a month's widened over the day numbers written right before it
    ("the night of 4/5 May", "the intervening night of 4 and 5 May": "4/5 May", "4 and 5
    May"), when no other entity holds those words; two days and their month the recogniser
    left untagged ("on the night of" + "4 and 5 May") are a date of their own."""
    from spacy.tokens import Span as SpacySpan

    # a day the recogniser took for a count ("2/3" a CARDINAL) or a rank ("5th" an ORDINAL),
    # or tagged alone as a date ("1st" of "on 1st and 2nd December"), is no other entity's words
    held = {
        i for ent in ents
        if ent.label_ != "CARDINAL"
        and not (ent.label_ in _LONE_DAY_LABELS and _DAY_ORDINAL.fullmatch(ent.text))
        for i in range(ent.start, ent.end)
    }
    out: list[Span] = []
    widened = (_through_second_day(_through_month(e, held), held) for e in ents)
    for ent in sorted([*widened, *_untagged_pairs(sent, held)], key=lambda e: e.start):
        first = ent.start
        # a link may open the widening only where the entity opens with a day ("and" + "5 May")
        month_first = ent[0].lower_.rstrip(".") in date_words().months
        if ent.label_ == "DATE" and _opens_with_month(ent):
            while (
                first > ent.sent.start
                and ent.start - first < _DAYS_BEFORE
                and first - 1 not in held
                and (_DAY_PAIR.fullmatch(ent.doc[first - 1].text)
                     or (ent.doc[first - 1].lower_ in _DAY_LINKS
                         and (first != ent.start or not month_first)))
            ):
                first -= 1
            while first < ent.start and not _DAY_PAIR.fullmatch(ent.doc[first].text):
                first += 1  # a link opens no date: "and May 5"
        days = ent if first == ent.start else SpacySpan(ent.doc, first, ent.end, label="DATE")
        out.append(_from_first_date(days, held))
    return out


def _opens_with_month(ent: Span) -> bool:
    """The date opens with its month, or with one day's number and then it ("5 May", "5th of
    May")."""
    months = date_words().months
    if ent[0].lower_.rstrip(".") in months:
        return True
    first = ent[0]
    day = _a_day_number(first) or _DAY_ORDINAL.fullmatch(first.text) is not None
    # "2nd of December": an ordinal day may take "of" before its month
    month_at = 2 if day and len(ent) > 2 and ent[1].lower_ == OF and not _a_day_number(first) else 1
    return len(ent) > month_at and day and ent[month_at].lower_.rstrip(".") in months


def _through_month(ent: Span, held: set[int]) -> Span:
    """ "4 and" + "5 May": a date the recogniser ended at the link between two days, widened
    over the second day and the month after it when no other entity holds them."""
    from spacy.tokens import Span as SpacySpan

    end = ent.end
    if (
        ent.label_ != "DATE"
        or ent[-1].lower_ not in _PAIR_LINKS
        or end + 1 >= ent.sent.end
        or end in held
        or end + 1 in held
        or not paired_day_before_month(ent.doc[end])
    ):
        return ent
    return SpacySpan(ent.doc, ent.start, end + 2, label="DATE")


def _untagged_pairs(sent: Span, held: set[int]) -> list[Span]:
    """ "4 and 5 May" in no entity: a DATE over the two days and their month (the links
    read off the words' ids: a Token per word of every dated sentence cost more)."""
    from spacy.tokens import Span as SpacySpan

    doc = sent.doc
    return [
        SpacySpan(doc, link.i - 1, link.i + 3, label="DATE")
        for link in words_in(sent, _PAIR_LINK_IDS)
        if link.i - 1 >= sent.start
        and link.i + 3 <= sent.end
        and not held.intersection(range(link.i - 1, link.i + 3))
        and paired_day_before_month(doc[link.i + 1])
    ]


def _through_second_day(ent: Span, held: set[int]) -> Span:
    """ "the night between" + "June 1" + "and 2": a month's day (often found among the
    untagged words) widened over the second day after "and", which no entity holds."""
    from spacy.tokens import Span as SpacySpan

    end = ent.end
    if (
        ent.label_ != "DATE"
        or end + 1 >= ent.sent.end
        or ent.doc[end].lower_ not in _PAIR_LINKS
        or held.intersection((end, end + 1))
        or not second_day_of_month(ent.doc[end + 1])
        or not _a_nights_day(ent)
    ):
        return ent
    return SpacySpan(ent.doc, ent.start, end + 2, label="DATE")


_NIGHT_WORDS = ("night", "between", "of")  # "the night between", "the night of"


def _from_first_date(ent: Span, held: set[int]) -> Span:
    """ "the night between 30 November and" + "1 December": a night's second day with its
    month, widened back over the first day and its month the recogniser left untagged, so
    the night runs over both days (as "between November 30 and December 1" is read)."""
    from spacy.tokens import Span as SpacySpan

    doc, start = ent.doc, ent.start
    if (
        ent.label_ != "DATE"
        or len(ent) != 2
        or not _opens_with_month(ent)
        or start - 5 < ent.sent.start
        or held.intersection(range(start - 3, start))
        or doc[start - 1].lower_ not in _PAIR_LINKS
        or not _DAY_PAIR.fullmatch(doc[start - 3].text)
        or doc[start - 2].lower_.rstrip(".") not in date_words().months
        or doc[start - 5].lower_ != _NIGHT_WORDS[0]
        or doc[start - 4].lower_ not in _NIGHT_WORDS[1:]
    ):
        return ent
    return SpacySpan(doc, start - 3, ent.end, label="DATE")


def _a_nights_day(ent: Span) -> bool:
    """The day follows "night between" ("the night between June 1 and 2"): only a night's
    two days are written so ("on March 8 and 12 others were hurt" is a day and a count)."""
    doc, first = ent.doc, ent.start
    while first < ent.end and doc[first].lower_ in ("the", "night", "between"):
        first += 1
    return first >= 2 and doc[first - 1].lower_ == "between" and doc[first - 2].lower_ == "night"


_COUNTED_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_COUNTED_WORDS = frozenset({"others", "more"})


def _counts_a_noun(num: Token) -> bool:
    """ "the night between June 1 and 3 others": the number counts what follows it."""
    nxt = num.doc[num.i + 1] if num.i + 1 < len(num.doc) else None
    return nxt is not None and (nxt.pos_ in _COUNTED_TAGS or nxt.lower_ in _COUNTED_WORDS)


_PAIR_LINK_IDS = word_ids(_PAIR_LINKS)
