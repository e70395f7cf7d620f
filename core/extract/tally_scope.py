"""A tally over an area and a stretch of time ("Across the country, 1,240 people died in such
attacks last year"; "about 40 children in the province die annually") takes the area its
words give, not the town of the report's incident; so do the sentences after it that go on
with it ("Of them, ...", "Another 310 ...", "the figure was 280 a year earlier") while they
name no place of their own. The word lists live in ``core/rules/tallies.json``."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.claim_places import ROUNDUP_DAYS
from core.extract.compared_periods import told_back
from core.extract.dual_provinces import province_told_before
from core.extract.locus_places import anothers_gap, locus_area
from core.extract.nlp import lemmatised_as, word_ids, words_in
from core.extract.part_places import anothers_part
from core.extract.tree_distance import nearest
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.text.dates import Period

# A figure counted over a stretch longer than this is a tally; a month may be how a report
# dates its own incident ("killed two co-workers in September").
TALLY_DAYS = 31
# the pronouns that open a clause counting within a noun before it ("in which", "of whom")
_RELATIVES = frozenset({"which", "whom"})
_IN = "in"
_COUNTED_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})  # the people a verb counts
# "island-wide", "nation-wide": the tokenizer parts a hyphened scope word at its hyphen
_WIDE = "wide"
_HYPHEN = "-"


@dataclass(frozen=True, slots=True)
class TallyWords:
    """The word tables of ``rules/tallies.json``."""

    scope_words: dict[str, str]  # "nationwide" → "country"
    area_nouns: dict[str, str]  # "nation" → "country"
    spread: frozenset[str]  # "across": "across the country" tallies whatever its time
    habitual_words: frozenset[str]
    habitual_determiners: frozenset[str]
    openings: tuple[str, ...]
    phrases: re.Pattern[str]


@functools.cache
def tally_words() -> TallyWords:
    raw = load_rules("tallies")
    phrases = "|".join(re.escape(p) for p in raw["continuation_phrases"])
    return TallyWords(
        scope_words={str(k): str(v) for k, v in raw["scope_words"].items()},
        area_nouns={str(k): str(v) for k, v in raw["area_nouns"].items()},
        spread=frozenset(str(w) for w in raw["spread_prepositions"]),
        habitual_words=frozenset(str(w) for w in raw["habitual_words"]),
        habitual_determiners=frozenset(str(w) for w in raw["habitual_determiners"]),
        openings=tuple(str(w) for w in raw["continuation_openings"]),
        phrases=re.compile(rf"\b(?:{phrases})\b"),
    )


def scope_mentions(sent: Span, areas: dict[str, str]) -> list[tuple[Token, str]]:
    """The words of a sentence that give a tally's area (token, the area's name): "nationwide",
    "statewide", "the country", "the province" (what the report calls the country or the
    province, ``areas``), never a part of a name ("the Islamic State")."""
    words = tally_words()
    found: list[tuple[Token, str]] = []
    # only the words that may give an area: no Token is built for the rest of the sentence
    for tok in words_in(sent, _scope_ids()):
        low = _hyphened_scope(tok)
        if low in words.scope_words:
            kind = words.scope_words[low]
        # "in the country", "The country recorded 600 attacks this year"
        elif low in words.area_nouns and tok.dep_ in ("pobj", "nsubj") and _definite(tok):
            kind = words.area_nouns[low]
            own = province_told_before(tok, areas)  # "In Kano, ... across the state"
            if own is not None:
                found.append((tok, own))
                continue
        else:
            continue
        name = areas.get(kind) or (areas.get("province") if kind == "state" else None)
        if name is not None:
            found.append((tok, name))
    return found


@functools.cache
def _scope_ids() -> frozenset[int]:
    words = tally_words()
    return word_ids([*words.scope_words, *words.area_nouns, _WIDE])


def _hyphened_scope(tok: Token) -> str:
    """The word, or for the "wide" of "island-wide" the scope word it ends ("islandwide")."""
    if tok.lower_ != _WIDE or tok.i < 2 or tok.nbor(-1).text != _HYPHEN:
        return tok.lower_
    return tok.nbor(-2).lower_ + _WIDE


def _definite(tok: Token) -> bool:
    """ "the country", "the southern districts of the province", not "a country"."""
    return tok.text.islower() and any(c.lower_ == "the" and c.dep_ == "det" for c in tok.children)


def tally_area(
    num: Token,
    anchor: Token,
    named: list[tuple[Token, str]],
    scopes: list[tuple[Token, str]],
) -> str | None:
    """The area a figure tallies over when its own clause (at ``anchor``) gives one ("killed
    nationwide", "injured across the country", "martyred in the districts of the province")
    and no place the sentence names lies nearer its number ``num`` ("..., and 310 of them in
    Punjab")."""
    governing = [(tok, name) for tok, name in scopes if _governs(tok, anchor)]
    if not governing:
        return None
    best = nearest(
        num, [(t, (n, True)) for t, n in governing] + [(t, (n, False)) for t, n in named]
    )
    return best[0] if best is not None and best[1] else None


def _governs(tok: Token, anchor: Token) -> bool:
    """The scope word stands in the figure's own clause: on its verb or noun, or in a
    prepositional phrase hanging on them; not on a superlative ("the deadliest attack in the
    country") nor on another happening ("during a nationwide strike")."""
    near = {anchor.i}
    if anchor.dep_ != "nsubj":
        # a harm that is the subject of what followed ("the killing unleashed unrest across
        # the country") stands in none of the clauses above it
        near.update(t.i for t in anchor.ancestors)
    near.update(_antecedents(anchor))
    if tok.dep_ == "amod":
        # "a nationwide tally of 1,240": the counted noun or the figure's own, not a strike;
        # "arrested in nationwide raids": the sweeps the figure was counted in
        return tok.head.i == anchor.i or tok.head.i in {c.i for c in anchor.children} or (
            _counted_in(tok.head, anchor)
        )
    if tok.dep_ not in ("pobj", "prep"):
        return tok.head.i in near  # "killed statewide", "Nationwide, militants killed"
    top = tok
    while top.dep_ in ("pobj", "prep") and top.head.i != top.i:
        top = top.head
        if top.tag_ == "JJS":
            return False
    return top.i in near and not any(t.tag_ == "JJS" for t in top.children if t.i < tok.i)


def _counted_in(noun: Token, anchor: Token) -> bool:
    """The noun is what the figure's verb counts it in ("arrested in raids", "killed in
    clashes"), not what happened beside it ("during a strike")."""
    prep = noun.head
    verb = anchor.head if anchor.dep_ in _COUNTED_ROLES else anchor
    return noun.dep_ == "pobj" and prep.lower_ == _IN and prep.head.i == verb.i


def _antecedents(anchor: Token) -> list[int]:
    """ "52 shootings across the island this year, in which 38 people were killed": a clause
    opened by "in which" counts within the nouns of the clause it hangs on, whichever of
    them the parser took for the antecedent."""
    clause = anchor
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "in which 38 were killed and 27 injured"
    opened = any(
        c.dep_ == "prep" and any(g.lower_ in _RELATIVES and g.dep_ == "pobj" for g in c.children)
        for c in clause.children
    )
    if not opened or clause.dep_ not in ("advcl", "relcl"):
        return []
    head = clause.head
    return [head.i, *(c.i for c in head.children if c.dep_ in ("attr", "nsubj", "dobj"))]


def _spread(tok: Token) -> bool:
    """ "across the country", "throughout the province": over all of it, whatever the time."""
    return tok.head.lower_ in tally_words().spread


def _a_span_lemma(lemma: str) -> bool:
    return lemma.lower() in ("year", "month")


@functools.cache
def _habitual_word_ids() -> frozenset[int]:
    return word_ids(tally_words().habitual_words)


def habitual(anchor: Token) -> bool:
    """The figure happens every year ("die annually", "are killed every year")."""
    words = tally_words()
    near: set[int] | None = None  # the figure's clause, read only once a word calls for it
    # the words that may tell it, told on the ids: a Token only for them
    sent = anchor.sent
    told = {
        t.i: t
        for t in (*words_in(sent, _habitual_word_ids()), *lemmatised_as(sent, _a_span_lemma))
    }
    for tok in (told[i] for i in sorted(told)):
        if tok.lower_ in words.habitual_words:
            determined = True
        elif _a_span_lemma(tok.lemma_):
            determined = False
        else:
            continue
        if near is None:
            near = {anchor.i, *(t.i for t in anchor.ancestors)}
        if tok.head.i in near and (
            determined or any(c.lower_ in words.habitual_determiners for c in tok.children)
        ):
            return True
    return False


def continues_tally(sentence: str, days: int | None, *, own: bool) -> bool:
    """A sentence with no place of its own goes on with the tally before it: its figure is
    counted over a stretch longer than an incident's ("In 2023, 52 died"), or its words take
    the tally up ("Of them, ...", "Another 310 ...", "280 a year earlier"); a figure its own
    sentence dates to a day or a few is an incident's."""
    if days is not None and days > TALLY_DAYS:
        return True
    if days is not None and own:
        return False
    words = tally_words()
    low = sentence.lower().lstrip()
    return low.startswith(words.openings) or words.phrases.search(low) is not None


@dataclass(frozen=True, slots=True)
class Tally:
    """The area and the time a tally counts over, for the sentences that go on with it."""

    place: str
    period: Period | None
    counted: str = ""  # the lemma of what the tally counts ("attack" of "96 attacks")
    at: int = -1  # where in the text the sentence that counted it starts


def figure_tally(
    found: tuple[Token, Token],
    named: list[tuple[Token, str]],
    scopes: list[tuple[Token, str]],
    periods: Sequence[Period],
    *,
    text: str,
    carried: Tally | None,
    period: Period | None,
) -> tuple[str | None, Period | None]:
    """The area of a tally the words of the figure (number, anchor) give ("nationwide",
    "across the country"), else of the tally ``carried`` that its sentence (``text``, naming
    the places ``named``, the dates ``periods``) goes on with (None when it is no tally); and
    its time: a tally over an area, or one that happens every year, is not dated by a day its
    sentence does not give it (the report's incident day)."""
    num, anchor = found
    # "37 injured, most of them in X": a place told of a part is none of the figure's
    named = [(t, n) for t, n in named if not (anothers_part(t, num) or anothers_gap(t, num))]
    own = period is not None and any(
        (p.start, p.end) == (period.start, period.end) for p in periods
    )
    days = (period.end - period.start).days if period else None
    if days is None or days <= TALLY_DAYS:
        # "an attack in the province killed 50" places one incident; "since January, 18
        # were killed in the province" and "killed across the country" tally over it
        words = tally_words()
        scopes = [
            (t, n) for t, n in scopes if _hyphened_scope(t) in words.scope_words or _spread(t)
        ]
    area = tally_area(num, anchor, named, scopes)
    goes_on = area is None and not named and carried is not None
    if goes_on and carried is not None and (
        continues_tally(text, days, own=own) or _same_time(carried, period, num, own=own)
    ):
        # "up from 310 the previous year. Of those killed, ...": the report's period again
        return carried.place, period if own or told_back(carried.period) else carried.period
    if not own and (habitual(anchor) or (area is not None and (days or 0) <= ROUNDUP_DAYS)):
        period = None
    # "Tarn recorded 17 attacks": the place that counted it, over its whole area
    return area or locus_area(num, anchor, named), period


def _same_time(carried: Tally, period: Period | None, num: Token, *, own: bool) -> bool:
    """ "Kelmor saw 70 attacks in March. The attacks took 112 lives.": a figure
    whose sentence names no place and no time of its own, dated by the time of the tally
    before, and takes up what that tally counted ("the attacks"), counts over its area."""
    before = carried.period
    return (
        not own
        and period is not None
        and before is not None
        and (period.start, period.end) == (before.start, before.end)
        and any(
            t.lemma_.lower() == carried.counted
            and t.pos_ == "NOUN"
            and any(c.lower_ == "the" for c in t.children)
            for t in num.sent
        )
    )


def round_up(
    anchor: Token, named: list[tuple[Token, str]], place: str | None, period: Period | None
) -> str | None:
    """The place a figure counted over more than a month, or every year, gives the tally the
    sentences after may go on with ("In Sindh, 300 were killed last year."), when its
    sentence names it."""
    if not named or place is None:
        return None
    if period is not None and (period.end - period.start).days > TALLY_DAYS:
        return place
    return place if habitual(anchor) else None
