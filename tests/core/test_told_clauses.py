"""Issue #11, attribution: what a speaker told a listener when the parser hung the clause on
the listener ("Sources told KZPQ 12 News the gunman was taken into custody"), and unnamed
speakers told by a household role ("The landlord told investigators ..."). Sentences,
people, stations and places we invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.nlp import Chunk
from core.extract.statements import find_statements
from core.extract.told_clauses import told_clause
from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 3, 4)


def statements(nlp: Language, text: str) -> list[tuple[str, str]]:
    found = find_statements([Chunk(0, nlp(text))], document_id="d1", text=text)
    return [(s.speaker, s.content) for s in found]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("Sources told KZPQ 12 News the gunman was taken into custody.",
         "Sources", "the gunman was taken into custody"),
        ("A neighbor told KTVX 4 News the boy died at the scene.",
         "A neighbor", "the boy died at the scene"),
        ("The landlady told police the tenant had fired two shots at the men.",
         "The landlady", "the tenant had fired two shots at the men"),
        ("The landlord told investigators that he heard three shots.",
         "The landlord", "he heard three shots"),
        # a "that" the parse hung as a relative word opens what was told (round 33 variant)
        ("A neighbor told KZPQ 12 News that three people were shot.",
         "A neighbor", "three people were shot"),
    ],
)
def test_the_clause_told_is_the_statement(
    nlp: Language, text: str, speaker: str, content: str
) -> None:
    assert (speaker, content) in statements(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a true relative clause on the listener, its object left out: nothing told
        "Police told the man they arrested about the charges.",
        "Officers informed the woman they stopped of her rights.",
        "The landlord owns the building on Vane Street.",
    ],
)
def test_a_relative_clause_on_the_listener_is_no_statement(nlp: Language, text: str) -> None:
    assert statements(nlp, text) == []


def test_a_station_s_number_told_that_is_no_count(nlp: Language) -> None:
    """ "told KZPQ 12 News that three people were shot": the station's number is no count of
    the shot (a passive clause with its own subject leaves no object out), the three are the
    neighbor's."""
    text = ("Two men were wounded in Fenwick on Sunday. A neighbor told KZPQ 12 News that "
            "three people were shot.")
    hurt = [(c.value, c.attribution) for c in counted_claims(nlp, text, PUB)
            if c.measure == "injured"]
    assert hurt == [(2, None), (3, "A neighbor")]


def test_a_figure_told_to_a_station_is_the_teller_s(nlp: Language) -> None:
    text = ("A clerk was shot dead at a store in Marlow on Sunday. Sources told KZPQ 12 News "
            "the gunman was taken into custody.")
    arrests = [c for c in counted_claims(nlp, text, PUB) if c.measure == "arrested"]
    assert [c.attribution for c in arrests] == ["Sources"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Witnesses told KBLM 9 News a gunman shot two clerks.", "shot"),
        ("Sources told KVLR 12 News the driver was taken into custody.", "taken"),
        ("Police told the man they arrested about the charges.", None),
        ("Officers informed the woman they stopped of her rights.", None),
        ("Police said the man they arrested was armed.", None),
        ("A neighbor told KZPQ 12 News that three people were shot.", "shot"),
        ("Police told the officer that they arrested about the charges.", None),
    ],
)
def test_told_clause(nlp: Language, text: str, told: str | None) -> None:
    verb = next(t for t in nlp(text) if t.dep_ == "ROOT")
    clause = told_clause(verb)
    assert (clause.text if clause is not None else None) == told
