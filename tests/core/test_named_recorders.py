"""A statistics review's figures are the body's the text names, not a description of it nor
its document: "a Tarnbury-based think tank, VPS,", "VPS, a think tank,", "the annual report
of VPS", a headline's "says think tank" before a lead naming the body by its initials. The
description or the document stays the source only when no name is given. Sentences, bodies
and places we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import run_texts

PUB = dt.date(2033, 1, 3)
LATER = "\n\nThe think tank said 140 police officers were among the dead."


def sources(text: str) -> dict[str, str | None]:
    claims: list[Claim] = run_texts(text, published=PUB).claims
    return {c.number_text: c.attribution for c in claims if c.measure != "other"}


@pytest.mark.parametrize(
    "lead",
    [
        "Insurgents staged 260 attacks in 2032 that left 530 people dead, a Tarnbury-based "
        "think tank, VPS, said in its yearly review.",
        "Insurgents staged 260 attacks in 2032 that killed 530 people, a Tarnbury-based "
        "think tank, VPS, said in its yearly review.",
        "Insurgents staged 260 attacks in 2032 that left 530 people dead, VPS, a "
        "Tarnbury-based think tank, said on Monday in its yearly review.",
        "Insurgents staged 260 attacks in 2032 that left 530 people dead, according to the "
        "yearly review of VPS.",
        "Insurgents staged 260 attacks in 2032 that left 530 people dead, according to the "
        "yearly security review of the Tarnbury-based think tank VPS issued on Monday.",
    ],
)
def test_the_name_beside_a_description_or_a_document_is_the_source(lead: str) -> None:
    found = sources("Insurgent violence in 2032\n\nTARNBURY: " + lead + LATER)
    assert found["260"] == "VPS"
    # a later figure's source may keep the description the parse gave the name
    assert all((found[f] or "").endswith("VPS") for f in ("530", "140"))


def test_headline_description_gives_way_to_bare_initials_of_the_lead() -> None:
    text = (
        "530 killed in insurgent attacks in 2032, says think tank\n\n"
        "TARNBURY: Insurgents staged 260 attacks in 2032 that left 530 people dead, VPS said "
        "in its yearly review on Monday." + LATER
    )
    claims = run_texts(text, published=PUB).claims
    assert {c.attribution for c in claims if c.measure != "other"} == {"VPS"}


def test_a_document_of_a_named_body_is_the_body() -> None:
    found = sources(
        "TARNBURY: Bandits abducted 75 people in 2032, according to the yearly report of "
        "the Orland Institute for Peace."
    )
    assert found["75"] == "the Orland Institute for Peace"


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # no name given: the description stays
        (
            "Insurgents staged 260 attacks in 2032, a Tarnbury-based think tank said on Monday "
            "in its yearly review.",
            "a Tarnbury-based think tank",
        ),
        # what a tally is of is no author
        (
            "Insurgents staged 260 attacks in 2032, according to a tally of the attacks.",
            "a tally of the attacks",
        ),
    ],
)
def test_no_name_keeps_the_description(lead: str, source: str | None) -> None:
    found = sources("TARNBURY: " + lead)
    assert found["260"] == source


def test_headline_description_kept_when_the_lead_names_no_body() -> None:
    text = (
        "530 killed in insurgent attacks in 2032, says think tank\n\n"
        "TARNBURY: Insurgents staged 260 attacks in 2032 that left 530 people dead."
    )
    assert sources(text)["530"] == "think tank"


@pytest.mark.parametrize(
    ("lead", "source"),
    [
        # the possessor of a body's figures, and the author of data shown after the verb
        ("According to the NPS's year-end figures, 260 suspects were arrested in 2032.", "the NPS"),
        ("At least 260 people were abducted across Norland in 2032, shows data compiled by "
         "VPS.", "VPS"),
        # negative: figures with no owner and no speaker before them name no one (the issue:
        # a source is a person or a body, never a stray phrase); data no one compiled neither
        ("According to the figures, 260 suspects were arrested in 2032.", None),
        ("At least 260 people were abducted across Norland in 2032, shows new data.", None),
    ],
)
def test_the_owner_of_figures_is_the_source(lead: str, source: str | None) -> None:
    found = sources("TARNBURY: " + lead)
    assert next(v for k, v in found.items() if k.endswith("260")) == source
