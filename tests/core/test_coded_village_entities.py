"""A canal-colony village named by its word and number ("Chak 214", "Chak 45") that the
recogniser took for a title or a date is the figure's place (issue #11, place): the place was
lost. A word of the settlement list in lower case, or a number after a common noun, keeps
today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Police said 4 men were arrested in Chak 214 of Faisalabad on Friday.", "Chak 214"),
        ("Two men were shot dead in Chak 45, Sargodha, on Friday.", "Chak 45, Sargodha"),
        ("Police arrested 4 men in Chak 214-RB on Friday.", "Chak 214-RB"),
    ],
)
def test_a_numbered_village_is_the_place(nlp: Language, text: str, place: str) -> None:
    assert {c.location for c in read_claims(nlp, text, DAY) if c.is_core} == {place}


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Police arrested 4 men in Sargodha on Friday, 45 days after the clash.",
         [(4.0, "Sargodha")]),
        ("Two men were shot dead in ward 45 of Sargodha on Friday.", [(2.0, "Sargodha")]),
        ("Police said the dera 12 men used as a hideout in Kasur was raided.", []),
        ("Gunmen killed 3 people near Pir Baba in Buner on Friday.", [(3.0, "Pir Baba, Buner")]),
        # a name's number counting the noun after it
        ("Mir 2 players said 3 people were hurt.", [(3.0, None)]),
    ],
)
def test_other_numbers_after_a_name_keep_their_reading(
    nlp: Language, text: str, figures: list[tuple[float, str | None]]
) -> None:
    claims = [c for c in read_claims(nlp, text, DAY) if c.is_core]
    assert [(c.value, c.location) for c in claims] == figures
