"""A counted group said again by its number: "Three militants were killed ... the three
militants were foreigners", "Four labourers were abducted ... The four labourers belonged to
Punjab", "the three were hiding in a hut", "two suspects were arrested ... the two men had
forged papers", "six people, including two guards ... the remaining four". A definite "the
N <noun>" (or a bare "the N") subject whose own clause says nothing of harm restates the
figure the report gave those people before, in its measure (one row per mention, as
checkers count restatements); a group the report never counted stays what it was, and a
group only referred to ("the names of the two men") is no statement about it."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

from core.extract.bare_ones import PERSON_MEASURES
from core.extract.burials import DEFINITE_WORDS, MOURNED_PREPOSITIONS, funeral_nouns
from core.extract.measures import Reading
from core.model import Claim, Measure
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.text.numbers import Amount

Known = dict[tuple[float, str], Measure]  # (value, counted noun's lemma) -> measure
# "the remaining four", "the other three": the rest of a group once a part was counted
REST_WORDS = frozenset({"remaining", "other"})


def restated(reading: Reading, value: float, span: Span, known: Known) -> Reading:
    """The reading of a definite figure with no measure of its own that restates a group
    counted before (``known``); else the reading as it was."""
    noun = reading.noun
    if reading.measure not in (None, "other") or span.start == 0:
        return reading
    if noun is None:
        return _bare_restated(reading, value, span, known)
    mourned = _mourned(noun)
    if noun.dep_ not in ("nsubj", "nsubjpass") and not mourned:
        return reading  # "released the names of the two men": a reference, no statement
    if span.doc[span.start - 1].lower_ not in DEFINITE_WORDS:
        return reading
    measure = known.get((value, noun.lemma_.lower()))
    if measure is None and not mourned and noun.lemma_.lower() in restating_people():
        # "two suspects were arrested ... the two men had forged papers": people named anew
        # by their sex or as people restate the one group of that number counted by its
        # role (after "three people were shot", "the three men" may be others among them)
        roles = {k: m for k, m in known.items() if k[1] not in restating_people()}
        measure = _one_measure(value, roles)
    if measure is None or (mourned and measure != "killed"):
        return reading
    return Reading(measure=measure, noun=noun, anchor=reading.anchor, rule=f"{RESTATED}{measure}")


def _mourned(noun: Token) -> bool:
    """The group whose funeral or burial is told ("the three soldiers' funerals", "the
    burial of the two guards"): the dead said again, when the report counted them dead."""
    owner = noun.head
    if noun.dep_ == "pobj" and owner.lower_ in MOURNED_PREPOSITIONS:
        owner = owner.head
    elif noun.dep_ != "poss":
        return False
    # "funeral prayers for the three guards": a rite named by its funeral noun
    return owner.lemma_.lower() in funeral_nouns() or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in funeral_nouns()
        for c in owner.children
    )


def _bare_restated(reading: Reading, value: float, span: Span, known: Known) -> Reading:
    """ "Police arrested three suspects ... The three were hiding in a hut": a definite bare
    number as a subject restates the one group of that number the report counted before
    (two groups of that number, or none, leave it as it was)."""
    num = span.root
    if num.pos_ != "NUM" or num.dep_ not in ("nsubj", "nsubjpass") or len(span) != 1:
        return reading
    before = span.doc[span.start - 1]
    if before.lower_ in REST_WORDS and before.head.i == num.i and span.start > 1:
        # "arrested six people, including two guards. The remaining four are cousins": the
        # rest of a group once its part was counted
        if span.doc[span.start - 2].lower_ not in DEFINITE_WORDS:
            return reading
        measure = _rest_measure(value, known)
    elif before.lower_ in DEFINITE_WORDS:
        measure = _one_measure(value, known)
    else:
        return reading
    if measure is None:
        return reading
    return Reading(measure=measure, anchor=reading.anchor, rule=f"{RESTATED}{measure}")


def _one_measure(value: float, known: Known) -> Measure | None:
    """The measure of the groups of ``value`` counted before, when they share one."""
    measures = {m for (v, _), m in known.items() if v == value}
    return next(iter(measures)) if len(measures) == 1 else None


def _rest_measure(value: float, known: Known) -> Measure | None:
    """The measure of a group counted before less a part of it counted in the same measure,
    ``value`` being what is left, when only one measure leaves it."""
    measures = {
        m
        for (whole, _), m in known.items()
        for (part, _), n in known.items()
        if n == m and 0 < part < whole and whole - part == value
    }
    return next(iter(measures)) if len(measures) == 1 else None


@functools.cache
def restating_people() -> frozenset[str]:
    words: list[str] = load_rules("measures")["restating_people"]
    return frozenset(words)


def remember(known: Known, readings: Iterable[tuple[Amount, Token, Span, Reading]]) -> None:
    """The groups a sentence counted in a core measure, by their number and noun."""
    for amount, _, _, reading in readings:
        noun = reading.noun or _toll_group(reading)
        if reading.measure in PERSON_MEASURES and noun is not None:
            known[(amount.value, noun.lemma_.lower())] = reading.measure


def _toll_group(reading: Reading) -> Token | None:
    """The people a toll counts: "the toll of militants killed ... rose to three"."""
    anchor = reading.anchor
    if anchor is None or not reading.rule.startswith("toll"):
        return None
    return next(
        (
            obj
            for subj in anchor.children if subj.dep_ in ("nsubj", "nsubjpass")
            for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of"
            for obj in prep.children if obj.dep_ == "pobj" and obj.pos_ == "NOUN"
        ),
        None,
    )


RESTATED = "restated:"


def with_restated_fields(claims: list[Claim]) -> list[Claim]:
    """The claims, each restatement with the day and place of the figure it says again (the
    last one before it of the same value and measure): "the three militants were foreigners
    who had crossed in September" restates Monday's toll, not a count of September's."""
    out: list[Claim] = []
    for claim in claims:
        said = _said_before(claim, out) if claim.rule.startswith(RESTATED) else None
        out.append(
            claim
            if said is None
            else dataclasses.replace(
                claim,
                date_start=said.date_start,
                date_end=said.date_end,
                date_text=said.date_text,
                location=said.location,
            )
        )
    return out


def _said_before(claim: Claim, before: list[Claim]) -> Claim | None:
    return next(
        (
            c
            for c in reversed(before)
            if c.value == claim.value
            and c.measure == claim.measure
            and not c.rule.startswith(RESTATED)
        ),
        None,
    )
