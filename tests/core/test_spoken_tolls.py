"""A bare figure a second voice "spoke of" after a toll counts what the toll counted: "The
army said 40 people were killed. Residents spoke of 50." gave no claim, so the disagreement a
checker most needs went unseen (issue #11, counts). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _claims(text: str) -> dict[float, tuple[str, str | None]]:
    return {c.value: (c.measure, c.attribution) for c in run_texts(text, published=DAY).claims}


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("A local official put the toll at 40 dead. A security source spoke of 50.",
         ("killed", "A security source")),
        ("The army said 40 people were killed. Residents spoke of 50.", ("killed", "Residents")),
        ("The army said 40 people were killed, while residents spoke of 50.",
         ("killed", "residents")),
        ("The ministry said 12 people were wounded in Tarvo. Doctors talked of 50.",
         ("injured", "Doctors")),
        ("Police said 20 men were abducted from the bus. Relatives spoke of 50.",
         ("kidnapped", "Relatives")),
    ],
)
def test_the_second_voice_counts(text: str, reading: tuple[str, str]) -> None:
    assert _claims(text)[50] == reading


@pytest.mark.parametrize(
    "text",
    [
        # a year, no count
        "Twelve people were killed. Survivors spoke of 2019, when the last attack came.",
        # a noun of its own
        "The mayor spoke of 50 years of peace in the valley.",
        # no toll told before it
        "The new mayor spoke of 50 at the opening of the school.",
        # the toll two sentences back
        "Twelve people were killed. Schools stayed shut on Monday. Residents spoke of 50.",
    ],
)
def test_no_toll_spoken_of(text: str) -> None:
    assert _claims(text).get(50, ("other", None))[0] not in ("killed", "injured")


@pytest.mark.parametrize(
    ("text", "value", "source", "actor"),
    [
        # no speaker read in its sentence: none lent from the toll before
        ("Police said 9 protesters were injured on Monday. Organisers spoke of more than 40.",
         40, None, None),
        # who spoke is no doer
        ("The army said 20 rebels were killed on Monday. The rebels spoke of nearly 5.", 5,
         "The rebels", None),
    ],
)
def test_no_voice_nor_doer_lent(text: str, value: int, source: str | None, actor: None) -> None:
    claim = next(c for c in run_texts(text, published=DAY).claims if c.value == value)
    assert (claim.attribution, claim.actor) == (source, actor)


def test_one_is_no_rival_toll() -> None:
    text = "The ministry said 12 people were killed on Monday. The minister spoke of 1 in a video."
    assert 1 not in _claims(text)
