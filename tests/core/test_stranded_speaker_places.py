"""The town of a figure stays its place when the speaker's role and name follow it ("in
Lagos, the command's spokesman, Ada Obi, said"): the parser hangs the role on the town, which
was then read as a person so described, and the figure lost its place (issue #11, place).
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _claim(text: str, value: int) -> tuple[str | None, str | None]:
    claim = next(c for c in run_texts(text, published=DAY).claims if c.value == value)
    return claim.location, claim.attribution


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police have nabbed 14 suspected robbers in a sting operation in Lagos, the "
         "command's spokesman, Ada Obi, said on Monday.", "Lagos"),
        ("Soldiers arrested 14 suspects in a raid in Kano, the army's spokesman, Musa "
         "Garba, said.", "Kano"),
        ("Gunmen killed 14 villagers in an attack in Zamfara, the state's police spokesman, "
         "Yusuf Bello, said on Sunday.", "Zamfara"),
        ("Troops killed 14 insurgents near Maiduguri, the military's spokesperson, Grace "
         "Okon, told reporters.", "Maiduguri"),
    ],
)
def test_the_town_stays_the_place(text: str, place: str) -> None:
    location, source = _claim(text, 14)
    assert location == place
    assert source is not None


@pytest.mark.parametrize(
    "text",
    [
        # a person so described, no preposition of where before the name
        "Florence, the victim's sister, said 14 people were in the house.",
        # after "according to", not a preposition of where
        "Fourteen people were hurt, according to Florence, the victim's sister, Ann Roe.",
    ],
)
def test_a_described_person_is_no_place(text: str) -> None:
    location, _ = _claim(text, 14)
    assert location != "Florence"
