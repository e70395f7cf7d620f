"""Figures that recall a past event: a report on today's quake recalls "the 2004 tsunami
killed 230,000". Such a figure is dated long before its report's own incident; it may join the
figures other reports give for that same past event, never stand for its report's incident."""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from functools import cache

from core.group.vocabulary import SentenceInfo, find_phrases, rules, sentence_info
from core.model import Claim
from core.rules import load_rules
from core.text.dates import date_words

# A figure whose period ends this long before its report's day recalls a past event. A year,
# not days: a report published without a date is placed by its own figures, which may be
# dated a few days apart (the attack, the funeral, the arrest).
BACKGROUND_DAYS = 365
INCIDENT_DAYS = 3  # a figure dated this few days places its report's incident


def report_days(
    claims: Sequence[Claim], published: Mapping[str, int | None]
) -> dict[str, int]:
    """Each document's day (ordinal): its publication, else the latest day its figures dated
    to a day or a few give (the incident it reports); documents with neither are left out."""
    days: dict[str, int] = {}
    for c in claims:
        if c.date_start is None or c.date_end is None:
            continue
        first, last = sorted((c.date_start.toordinal(), c.date_end.toordinal()))
        if last - first + 1 <= INCIDENT_DAYS:
            days[c.document_id] = max(last, days.get(c.document_id, last))
    days.update({doc: day for doc, day in published.items() if day is not None})
    return days


def recalls_past(end: int | None, report_day: int | None) -> bool:
    """Whether a figure whose period ends on ``end`` recalls an event long before its report."""
    return end is not None and report_day is not None and end <= report_day - BACKGROUND_DAYS


# "almost two years after a quake that killed ...": a stretch this long before a shifter sets
# the clause after it apart from the report's own happening (days and weeks may be the same
# incident's aftermath: "two days after the blast, the toll rose to 40").
_LONG_UNITS = frozenset({"month", "year", "decade"})
_SHIFTERS = frozenset({"after", "since"})
_FRONTED_WORDS = 4  # "Almost two years after": a shifter this near the start opens the sentence
# "an earlier quake", "a previous attack": these recall a past event only before an incident
# word ("an earlier report said ..." revises the report's own figure).
_BEFORE_INCIDENT = frozenset({("a", "previous"), ("an", "earlier")})


def recalls_in_words(c: Claim, info: SentenceInfo) -> bool:
    """Whether an undated figure recalls a past event: as the extraction read it from the parse
    (``Claim.recalls``, ``core.extract.recalls``), else, for a claim read without it (one the
    checker added, or one an older project file holds), in its sentence's words: the figure
    stands after "two years after", the sentence says "last year" or "an earlier quake", or it
    dates its happening by a month alone ("a quake struck the region in September": a report
    tells its own incident's day)."""
    if c.date_start is not None or c.date_end is not None:
        return False
    if c.recalls is not None:
        return c.recalls
    at = c.start - c.sentence_start
    toks = info.tokens
    return (
        _set_apart(toks, at, c.sentence)
        or _recall_phrase(toks, info.triggers)
        or _month_alone(toks, c.sentence)
    )


def _set_apart(toks: Sequence[tuple[str, int, int]], at: int, sentence: str) -> bool:
    """The figure stands in the clause a "two years after" opens: to the sentence's end when
    it trails, to its first comma when it opens the sentence ("Two years after a quake that
    killed 900, the coast was hit again, injuring 5": the 5 is the report's own)."""
    units = date_words().units
    for i, (word, start, end) in enumerate(toks):
        if i == 0 or word not in _SHIFTERS or units.get(toks[i - 1][0]) not in _LONG_UNITS:
            continue
        comma = sentence.find(",", end)
        fronted = i <= _FRONTED_WORDS and comma != -1
        if start < at and not (fronted and at > comma):
            return True
    return False


def _recall_phrase(
    toks: Sequence[tuple[str, int, int]],
    triggers: Sequence[tuple[tuple[str, ...], int, int]],
) -> bool:
    incident_starts = {start for _, start, _ in triggers}
    for phrase, _, end in find_phrases(toks, rules().recall):
        if phrase not in _BEFORE_INCIDENT:
            return True
        following = [s for _, s, _ in toks if s > end]
        if following and following[0] in incident_starts:
            return True
    return False


def _month_alone(toks: Sequence[tuple[str, int, int]], sentence: str) -> bool:
    """ "in September" with no day and no year: a month the extraction could not place."""
    months: dict[int, str] = {}
    for name, number in date_words().months.items():  # the full name: the longest
        months[number] = max(name, months.get(number, ""), key=len)
    full = set(months.values())
    for i in range(len(toks) - 1):
        word, start, _ = toks[i + 1]
        if toks[i][0] != "in" or word not in full:
            continue
        if not sentence[start : start + 1].isupper():
            continue
        after = toks[i + 2][0] if i + 2 < len(toks) else ""
        if not after.isdigit():
            return True
    return False


@cache
def _back_references() -> frozenset[str]:
    return frozenset(load_rules("event_types")["back_references"])


def carried_recalls(
    claims: Sequence[Claim],
    texts: Mapping[str, str],
    days: Mapping[str, int],
    memo: dict[str, SentenceInfo],
) -> frozenset[tuple[str, int]]:
    """Sentences (document, start) that go on about the past event the sentence right before
    recalls, opening on a word that refers back ("A quake last year killed nine people in
    Turbat. It had its epicentre in Pasni, where 35 were injured."): their undated figures
    recall it too."""
    sentences: dict[tuple[str, int], tuple[str, bool]] = {}  # its text, all its figures past
    for c in claims:
        key = (c.document_id, c.sentence_start)
        last = c.date_end.toordinal() if c.date_end else None
        past = recalls_past(last, days.get(c.document_id)) or recalls_in_words(
            c, sentence_info(c.sentence, memo)
        )
        sentences[key] = (c.sentence, sentences.get(key, ("", True))[1] and past)
    out = set()
    for first, second in itertools.pairwise(sorted(sentences)):
        sentence, past = sentences[first]
        gap = texts.get(first[0], "")[first[1] + len(sentence) : second[1]]
        if not past or first[0] != second[0] or gap.strip():
            continue
        words = sentence_info(sentences[second][0], memo).tokens
        if words and words[0][0] in _back_references():
            out.add(second)
    return frozenset(out)
