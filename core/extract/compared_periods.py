"""The earlier period a statistics report sets its figures against, told back from the period
it counts over and not from the day it was published: in a review of 2031 published in
January 2032, "up from 310 the previous year", "a year earlier" and "the year before" are 2030
(while "last year", told from the day of publication, is 2031); in a review of the first
quarter, "the same quarter last year" and "the same period a year earlier" are that quarter a
year back. The year counted back from is one the sentence names before the expression ("Arson
rose to 90 in 2029 from 70 the year before": 2028), else the report's statistic. Such a period
dates the figures of its own sentence only: the sentences after count over the report's period
again. The words live in ``core/rules/dates.json`` (``compared_steps``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING

from core.extract.nlp import sentence_ents
from core.rules import load_rules, word_set
from core.text.dates import Period, month_end

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# a month runs 28 to 31 days (``Period.end`` is inclusive: 27 to 30 days between its ends)
MONTH_SPAN = (27, 30)
YEAR_SPAN = (364, 365)
# the shortest period "the same period last year" moves back: a month (not an incident's day)
SAME_PERIOD_DAYS = 27
YEAR = re.compile(r"(?:1[89]|2[0-9])\d\d")  # a year the tagger may open a date with


def _listed(key: str) -> frozenset[str]:
    """A word list of ``rules/dates.json`` (``comparison_preps`` and the rest)."""
    return word_set("dates", key)


@dataclasses.dataclass(frozen=True, slots=True)
class _Words:
    step: re.Pattern[str]  # "the previous year", "a year earlier"
    same: re.Pattern[str]  # "the same period last year"
    same_of: re.Pattern[str]  # "the corresponding quarter of 2030"
    span_back: re.Pattern[str]  # "same point last year", "this time a year ago"


@functools.cache
def _words() -> _Words:
    rules = load_rules("dates")["compared_steps"]
    before = "|".join(re.escape(w) for w in rules["before"])
    after = "|".join(re.escape(w) for w in rules["after"])
    spans = "|".join(re.escape(w) for w in rules["same_spans"])
    back = "|".join(re.escape(w) for w in rules["year_back"])
    alike = "|".join(re.escape(w) for w in rules["same_words"])
    this = "|".join(re.escape(w) for w in rules["this_words"])
    return _Words(
        step=re.compile(
            rf"(?:^|\s)(?:the (?:{before}) (?P<u1>year|month)|(?:a|the) (?P<u2>year|month) "
            rf"(?:{after}))$"
        ),
        same=re.compile(rf"(?:^|\s)the (?:{alike}) (?:{spans}) (?:{back})$"),
        same_of=re.compile(
            rf"(?:the )?(?:(?:{alike}) )?(?:{spans}) (?:of|in) (?P<year>\d{{4}})"
        ),
        span_back=re.compile(rf"\b(?:{alike}|{this}) (?:{spans})\b.*\b(?:{back})\b"),
    )


def span_kind(period: Period) -> str | None:
    """ "month" or "year" for a whole calendar month or year, else None."""
    days = (period.end - period.start).days
    if MONTH_SPAN[0] <= days <= MONTH_SPAN[1] and period.start.day == 1:
        return "month"
    if YEAR_SPAN[0] <= days <= YEAR_SPAN[1] and (period.start.month, period.start.day) == (1, 1):
        return "year"
    return None


def _back(base: Period, unit: str, text: str) -> Period:
    """The month or year before ``base`` (``unit`` "month"), or ``base`` a year back."""
    if unit == "month":
        start = (base.start.replace(day=1) - dt.timedelta(days=1)).replace(day=1)
        return Period(start=start, end=month_end(start.year, start.month), text=text)
    return years_before(base, 1, text)


def _step(ent: Span) -> tuple[str, Token] | None:
    """ "the previous year", "61 the year before" (the tagger takes in the figure): the unit
    counted back and the token of the unit; "the same period last year": "same"."""
    words = _words()
    text = " ".join(ent.text.lower().split())
    unit_tok = next((t for t in reversed(ent) if t.lower_ in ("year", "month")), None)
    m = words.step.search(text)
    if m is not None and unit_tok is not None:
        return str(m["u1"] or m["u2"]), unit_tok
    if words.same.search(text) is not None:
        same = next((t for t in ent if t.lower_ == "same"), ent.root)
        return "same", same.head if same.head.i in range(ent.start, ent.end) else ent.root
    if words.same.search(_with_its_noun(ent)) is not None:
        return "same", ent.root  # "the same period of last year", the tagger taking the year
    return None


def _with_its_noun(ent: Span) -> str:
    """The entity with the word before it and the noun phrase it completes with "of" ("the
    corresponding period of 2025", "the same months of last year"), which the tagger may
    leave out of it. Remembered on the parsed chunk: ``_step`` and ``_same_of`` ask of the
    same entity."""
    memo: dict[tuple[int, int], str] = ent.doc.user_data.setdefault("claimdesk_its_noun", {})
    key = (ent.start, ent.end)
    if key not in memo:
        memo[key] = _joined_with_its_noun(ent)
    return memo[key]


def _joined_with_its_noun(ent: Span) -> str:
    sent_start = ent.sent.start
    start = ent.start - 1 if ent.start > sent_start else ent.start
    prep = ent.root.head
    noun = prep.head
    if prep.lower_ in ("of", "in") and prep.i < ent.start and noun.pos_ == "NOUN":
        start = min(start, max(noun.left_edge.i, sent_start))
    return " ".join(ent.doc[start : ent.end].text.lower().split())


def compared_periods(
    sent: Span,
    periods: list[tuple[Token, Period, bool]],
    *,
    statistic: Period | None,
) -> list[tuple[Token, Period, bool]]:
    """The sentence's time expressions with those told back from the period the figures count
    over read from it (see the module); unchanged when the report gives no such period."""
    out = list(periods)
    for ent in sentence_ents(sent):
        if ent.label_ != "DATE":
            continue
        before = [
            p for t, p, _ in periods if t.i < ent.start and not _another_comparison(t, ent)
        ]
        step = _step(ent)
        if step is None:
            out = _unstepped(ent, out, periods, (before, statistic))
            continue
        unit, tok = step
        if unit == "same":
            # "412 raids from April to June, against 380 in the same quarter a year ago": the
            # period its sentence names before, else the report's statistic
            told = [*reversed(before), *(p for p in (statistic,) if p is not None)]
            base = next(
                (p for p in told if (p.end - p.start).days >= SAME_PERIOD_DAYS), None
            )
            unit = "year"
        else:
            told = [*reversed(before), *(p for p in (statistic,) if p is not None)]
            base = next((p for p in told if span_kind(p) == unit), None)
            if base is None and unit == "year":
                # "31 victims in May, against 40 a year earlier": that month a year back
                base = next(
                    (p for p in told if (p.end - p.start).days >= SAME_PERIOD_DAYS), None
                )
        if base is None:
            continue
        out = [(t, p, r) for t, p, r in out if not (ent.start <= t.i < ent.end)]
        if not _a_bare_reference(ent):
            out.append((tok, _back(base, unit, ent.text), False))
    return sorted(out, key=lambda x: x[0].i)




def _unstepped(
    ent: Span,
    out: list[tuple[Token, Period, bool]],
    periods: list[tuple[Token, Period, bool]],
    told: tuple[list[Period], Period | None],
) -> list[tuple[Token, Period, bool]]:
    """``out`` with a time expression that steps back by no word of its own read: a period
    told again ("March last year", ``_told_again``), "the corresponding quarter of 2030"
    (``_same_of_year``); ``told``, the periods its sentence names before it and the report's
    statistic."""
    before, statistic = told
    again = _told_again(ent, periods, before)
    found = again or _same_of_year(ent, [*reversed(before), statistic])
    if found is None:
        return out
    out = [(t, p, r) for t, p, r in out if not (ent.start <= t.i < ent.end)]
    if again is not None or not _bare_same_of(ent):
        out.append((ent.root, found, False))
    return out


def _told_again(
    ent: Span, periods: list[tuple[Token, Period, bool]], before: list[Period]
) -> Period | None:
    """ "fell to 45 in March from 12 in March last year" in a review of last year: a period
    told from the day of publication ("last year") that falls on the one its sentence names
    before the comparison is that one a year back: no figure is compared with its own period."""
    text = " ".join(ent.text.lower().split())
    if not any(text.endswith(" " + w) for w in _year_back_words()):
        return None
    own = [p for t, p, _ in periods if ent.start <= t.i < ent.end]
    if len(own) != 1 or not any((b.start, b.end) == (own[0].start, own[0].end) for b in before):
        return None
    words = ent.doc[ent.sent.start : ent.start]
    if not any(
        t.lower_ in _listed("comparison_preps") or t.lemma_.lower() in _listed("comparison_verbs")
        for t in words
    ):
        return None
    return years_before(own[0], 1, ent.text)


@functools.cache
def _year_back_words() -> tuple[str, ...]:
    return tuple(str(w) for w in load_rules("dates")["compared_steps"]["year_back"])


def _same_of_year(ent: Span, told: list[Period | None]) -> Period | None:
    """ "the corresponding quarter of 2030" (the tagger may leave the first words out of the
    entity): the period ``told`` first (the sentence's own before it, else the report's
    statistic) in that year, for a period a month or longer."""
    year = _same_of(ent)
    base = next(
        (p for p in told if p is not None and (p.end - p.start).days >= SAME_PERIOD_DAYS), None
    )
    if year is None or base is None:
        return None
    years = year - base.start.year
    if years >= 0 or base.start.year != base.end.year:
        return None
    return years_before(base, -years, ent.text)


def _same_of(ent: Span) -> int | None:
    """The year of "the corresponding quarter of 2030", "the same period in 2029"."""
    return named_same_year(_with_its_noun(ent))


def a_same_span_back(text: str) -> bool:
    """ "the same period last year", "the same point a year ago", "this time last year": the
    report's own stretch a year back."""
    return _words().span_back.search(" ".join(text.lower().split())) is not None


@functools.cache
def same_span_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that open a same-span phrase ("same", "this") and the words of one before
    its year-back words ("the same point", "this time")."""
    rules = load_rules("dates")["compared_steps"]
    openers = frozenset(str(w) for w in [*rules["same_words"], *rules["this_words"]])
    spans = frozenset(str(w) for w in rules["same_spans"] if " " not in str(w))
    return openers, openers | spans


def steps_back(text: str) -> bool:
    """ "a year earlier", "the previous month", "last year": a unit told back."""
    text = " ".join(text.lower().split())
    back = load_rules("dates")["compared_steps"]["year_back"]
    return _words().step.search(text) is not None or any(text.endswith(w) for w in back)


def named_same_year(text: str) -> int | None:
    """The year of "the same period of 2029", "the corresponding quarter in 2030"."""
    text = " ".join(text.lower().split())
    m = _words().same_of.search(text)
    if m is None or not any(w in text.split() for w in _alike_words()):
        return None
    return int(m["year"])


@functools.cache
def _alike_words() -> frozenset[str]:
    """ "same", "corresponding": the words that name the report's period in another year."""
    return frozenset(str(w) for w in load_rules("dates")["compared_steps"]["same_words"])


def years_before(base: Period, years: int, text: str) -> Period:
    """``base`` so many years earlier, a month's last day kept its month's last."""
    year = base.start.year - years
    start = base.start.replace(
        year=year, day=min(base.start.day, month_end(year, base.start.month).day)
    )
    end_year = base.end.year - years
    last = month_end(base.end.year, base.end.month).day == base.end.day
    end = month_end(end_year, base.end.month) if last else base.end.replace(year=end_year)
    return Period(start=start, end=end, text=text)


def measured_against(date: Token) -> bool:
    """The time expression is only the period a change is measured against ("a 9 percent
    rise over 2030"), with no figure of its own: it dates no figure after it either."""
    ent = next((e for e in sentence_ents(date.sent) if e.start <= date.i < e.end), None)
    return ent is not None and ent.label_ == "DATE" and _a_bare_reference(ent)


def _a_bare_reference(ent: Span) -> bool:
    """ "rose by a third in 2031 over the previous year, with 1,210 attacks": the period a
    change is measured against, with no figure of its own, which dates no figure of the
    sentence (the sentence's figures count over the report's period)."""
    prep = ent.root.head
    if prep.dep_ != "prep" or prep.i in range(ent.start, ent.end):
        return False
    if _taken_in_figure(ent):
        return False  # "compared to 24 the year before": the tagger took in the figure
    if _on_a_compared_figure(prep) or _trailing_comparison(ent.root) is not None:
        return False  # "up from 31 over the same months last year": 31's own period
    return _bare_prep(prep, ent.start, ent.end)


def _on_a_compared_figure(prep: Token) -> bool:
    """The period's preposition hangs on a comparison's own figure ("from 31 over ..."),
    which the parser may give it: the period is that figure's."""
    holder = prep.head
    return (
        holder.dep_ == "prep"
        and holder.lower_ in _listed("comparison_preps")
        and any(c.dep_ == "pobj" and c.like_num and c.i == prep.i - 1 for c in holder.children)
    )


def _bare_same_of(ent: Span) -> bool:
    """ "compared with the same period of 2030, 140 were abducted" (the tagger taking the
    year alone): the period named with the year is one a change is measured against, with no
    figure of its own (see ``_a_bare_reference``)."""
    prep = ent.root.head
    noun = prep.head
    holder = noun.head
    return (
        prep.lower_ in ("of", "in")
        and noun.pos_ == "NOUN"
        and noun.i < ent.start
        and holder.dep_ == "prep"
        and holder.i < noun.i
        and _bare_prep(holder, noun.left_edge.i, ent.end)
    )


def _bare_prep(prep: Token, start: int, end: int) -> bool:
    """The comparison preposition takes the period (tokens ``start`` to ``end``) with no
    figure of its own."""
    lower = prep.lower_
    if not (
        lower in _listed("comparison_preps") or lower in _listed("reference_preps")
        or (
            lower in _listed("compared_preps")
            and prep.head.lemma_.lower() in _listed("comparison_verbs")
        )
    ):
        return False
    after = next((t for t in prep.doc[end : prep.sent.end] if not t.is_punct), None)
    if after is not None and after.lower_ in _listed("told_of_period"):
        return False  # "..., when it had counted 655 raids": the period's own figures
    return not any(
        t.like_num and t.ent_type_ != "DATE" and not start <= t.i < end for t in prep.subtree
    )


def _taken_in_figure(ent: Span) -> bool:
    """ "compared to 24 the year before": the entity opens with the figure the preposition
    takes (a count, not a year), the period told back after it."""
    first = ent[0]
    return (
        first.i == ent.root.i
        and first.like_num
        and not YEAR.fullmatch(first.text)
        and len(ent) > 1
        and _step(ent) is not None
    )


def compared_back(date: Token) -> bool:
    """The time expression is one of those told back from the report's period (see the
    module): it dates the figures of its own sentence, not those of the sentences after."""
    ent = next((e for e in sentence_ents(date.sent) if e.start <= date.i < e.end), None)
    return ent is not None and ent.label_ == "DATE" and (
        _step(ent) is not None or _same_of(ent) is not None
    )


def told_back(period: Period | None) -> bool:
    """The period is one told back from the report's ("the previous year", "the same period
    last year"): the tally it dates is one compared with, which no later figure goes on with."""
    if period is None:
        return False
    words = _words()
    text = " ".join(period.text.lower().split())
    return words.step.search(text) is not None or words.same.search(text) is not None




def _comparison(date: Token) -> Token | None:
    """The comparison word whose phrase holds the date and a figure of its own ("compared
    with 17 such attacks in 2030"); not the "from" of a stretch the date begins ("from
    January to March"), nor one beyond the date's clause."""
    for up in date.ancestors:
        # "from January to March": the stretch's own start; "from 243 the year before": the
        # figure's, the date hung beside it
        if up.lemma_.lower() in _listed("comparison_verbs") or (
            up.dep_ == "prep"
            and up.lower_ in _listed("comparison_preps")
            and (date.head.i != up.i or date.dep_ == "npadvmod")
        ):
            figures = [
                t for t in up.subtree if t.like_num and t.i != date.i and t.ent_type_ != "DATE"
            ]
            return up if figures else None
        if up.pos_ in ("VERB", "AUX"):
            return _trailing_comparison(date)
    return _trailing_comparison(date)


def _trailing_comparison(date: Token) -> Token | None:
    """ "arresting 510 suspects, up from 458 arrests in 2029": the comparison phrase whose
    figure the date's phrase directly follows, which the parser hangs on the clause's verb
    beside it; the year is that figure's, not the verb's."""
    prep = date.head
    if date.dep_ != "pobj" or prep.dep_ != "prep" or prep.i == 0:
        return None
    clause = {prep.head.i, prep.head.head.i}
    before = date.doc[prep.i - 1]
    for up in (before, *before.ancestors):
        if up.i in clause:
            return None
        if (
            up.dep_ == "prep"
            and up.lower_ in _listed("comparison_preps")
            and up.right_edge.i == prep.i - 1
            and (up.head.i in clause or up.head.head.i in clause)
            and any(t.like_num and t.ent_type_ != "DATE" for t in up.subtree)
        ):
            return up
    return None


def _another_comparison(date: Token, ent: Span) -> bool:
    """The earlier date is that of another figure compared with ("raids had climbed from 610
    in 2028, while deaths were up from 1,205 the previous year"): the step is told back from
    the report's period, as that comparison's own is, not from that comparison's year."""
    comparison = _comparison(date)
    return comparison is not None and not (
        comparison.left_edge.i <= ent.root.i <= comparison.right_edge.i
    )


def compared_only(date: Token, anchor: Token, *, stepped: bool) -> bool:
    """The date is the period of a figure compared with ("29 attacks, compared with 17 in
    2030"), which dates that figure, not one outside the comparison; ``stepped``: the
    report's period is known, from which "the previous year" was told back."""
    comparison = _comparison(date)
    if comparison is not None:
        return anchor.i not in _compared_part(comparison)
    # "212 died, against 190 the previous year", "nearly double the 41 of the year before":
    # a time told back after a comparison word or a multiple dates the figures after it only
    return stepped and compared_back(date) and any(
        t.lower_ in _listed("comparison_preps")
        or t.lower_ in _listed("comparison_multiples")
        or t.lemma_.lower() in _listed("comparison_verbs")
        for t in date.doc[anchor.i + 1 : date.i]
    )


def _compared_part(comparison: Token) -> set[int]:
    """The tokens of a comparison phrase that tell the figure compared with: "with 31 attacks
    compared to 24 the year before": the subject the parser gives the comparison verb is the
    figure set against the earlier one, not compared with."""
    own = {t.i for c in comparison.children if c.dep_ in _SUBJECTS for t in c.subtree}
    return {t.i for t in comparison.subtree} - own


def compared_own(
    anchor: Token, dated: list[tuple[Token, Period]]
) -> list[tuple[Token, Period]]:
    """The dates that date a figure compared with: those of the comparison phrase that holds
    it ("86 from January to June, compared to 51 in the first half of 2030": the half of
    2030, however near the main clause's stretch lies in the tree), else all of them."""
    own = [
        (t, p)
        for t, p in dated
        if (c := _comparison(t)) is not None and anchor.i in _compared_part(c)
    ]
    return own or dated


def compared_date(date: Token) -> bool:
    """The date is the period of a figure compared with, which no sentence after goes on in."""
    return _comparison(date) is not None or _compared_clause(date)


_FIGURE_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "attr"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_TO = "to"  # "rose to 900": the figure a change ends on, the report's own


def _figure_in(tok: Token) -> bool:
    return any(t.like_num and t.ent_type_ != "DATE" for t in tok.subtree)


def _compared_clause(date: Token) -> bool:
    """ "Deaths were up from 1,500 in 2029": the date hangs on a clause whose only
    figures are the ones a change is measured from (its subject, object and any "to" phrase
    hold none), so it is the time of those, not of the report's figures."""
    prep = date.head
    if date.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    heads = [verb, *(c for c in verb.children if c.dep_ == "advmod")]
    froms = [
        c for h in heads for c in h.children
        if c.dep_ == "prep" and c.lower_ in _listed("comparison_preps") and _figure_in(c)
    ]
    if not froms:
        return False
    return not any(
        (c.dep_ in _FIGURE_ROLES or (c.dep_ == "prep" and c.lower_ == _TO)) and _figure_in(c)
        for h in heads for c in h.children
    )


_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
_SUPERLATIVE_ENDING = "iest"  # "bloodiest", which the tagger may read as a plain adjective


def _superlative(noun: Token) -> bool:
    """ "the deadliest month", "the most violent month", "the worst week"."""
    return any(
        c.dep_ == "amod"
        and (
            c.tag_ in _SUPERLATIVE_TAGS
            or c.lower_.endswith(_SUPERLATIVE_ENDING)
            or any(g.tag_ in _SUPERLATIVE_TAGS for g in c.children)
        )
        for c in noun.children
    )


def peak_named(date: Token) -> bool:
    """ "August, with 95 attacks, was the worst month", "The deadliest week was the
    last of June": a period named as the peak of the longer one a report counts over, which
    dates the figure told with it and not those of the sentences after."""
    verb = date.head
    if date.dep_ not in ("nsubj", "npadvmod", "attr") or verb.lemma_.lower() != "be":
        return False
    return any(
        c.i != date.i
        and c.dep_ in ("attr", "nsubj")
        and c.lemma_.lower() in _listed("peak_units")
        and _superlative(c)
        for c in verb.children
    )


_YEAR_UNIT = "year"
_WITHIN = "of"  # "the deadliest year of the decade": a peak inside a longer span


def record_year(date: Token) -> bool:
    """ "2031 was the deadliest year in a decade", "the bloodiest year since 2024": a year
    named a record against the years before it, the year a review counts over, not a peak
    within a longer one ("2029 was the worst year of the decade")."""
    peaks = [
        c for c in date.head.children
        if c.i != date.i and c.dep_ in ("attr", "nsubj") and c.lemma_.lower() == _YEAR_UNIT
    ]
    return bool(peaks) and all(
        not any(p.dep_ == "prep" and p.lower_ == _WITHIN for p in c.children) for c in peaks
    )
