"""A bare figure a second voice "spoke of" after a toll was told (issue #11, counts and
sources): "The army said 40 people were killed. Residents spoke of 50." The number has no
noun of its own; it counts what the toll before it counted, in its sentence or the one before,
as "put it at 50" does (``tolls._antecedent_toll``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.measures import Reading
from core.extract.toll_measures import antecedent_harm, harm_named_before
from core.model import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

RULE = "toll:spoken"
MIN_TOLL = 2  # a bare "one" spoken of is a person, not a rival count
_YEARS = range(1800, 2200)  # "spoke of 2019": a year, no count


def spoken_of_toll(num: Token) -> Reading | None:
    """The bare number after the "of" of a verb that reports a figure through it ("spoke of
    50", "talked of 50"), with the casualties it counts named before it in its sentence or
    the one before."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.lemma_.lower() not in cues().figure_reporting_of:
        return None
    if num.text.isdigit() and (
        (len(num.text) == 4 and int(num.text) in _YEARS) or int(num.text) < MIN_TOLL
    ):
        return None  # a year; "spoke of 1 in a video": no rival toll
    named = harm_named_before(prep)
    measure = antecedent_harm(named) if named is not None else None
    if measure is None:
        return None
    # anchored on the figure, not the verb: who spoke is no doer ("The rebels spoke of 5")
    return Reading(measure=measure, anchor=num, rule=RULE)


def own_voices(claims: Sequence[Claim]) -> list[Claim]:
    """A figure spoken of is its speaker's only: when the reading of sources found no speaker
    in its sentence ("Organisers spoke of more than 40", the subject not read as one), it
    has none, never the voice of the toll before it."""
    return [
        dataclasses.replace(c, attribution=None)
        if c.rule == RULE and c.attribution is not None and c.attribution not in c.sentence
        else c
        for c in claims
    ]
