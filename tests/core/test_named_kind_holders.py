"""A place named by its kind and "of" ("the village of X in Y district") is filed with the unit
the kind noun is set in, not as the bare village nor as the district alone; a village named so
with no unit after it stays as it is. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

_DAY = dt.date(2031, 3, 14)
_HEAD = "Four farmers killed in village raid\n\n"


def place_of(sentence: str) -> str | None:
    found = [c for c in run_texts(_HEAD + sentence, published=_DAY).claims
             if c.number_text == "four"]
    assert found, "no claim on 'four'"
    return found[0].location


@pytest.mark.parametrize("kind", ["village", "town"])
def test_the_kind_of_a_name_in_a_district(kind: str) -> None:
    sentence = (
        f"Gunmen killed four farmers when they raided the {kind} of Nkanyeta in Kasungu "
        "district on Sunday, police said."
    )
    assert place_of(sentence) == "Nkanyeta, Kasungu district"


def test_the_kind_of_a_name_alone_stays_the_name() -> None:
    sentence = "Gunmen killed four farmers when they raided the village of Nkanyeta, police said."
    assert place_of(sentence) == "Nkanyeta"
