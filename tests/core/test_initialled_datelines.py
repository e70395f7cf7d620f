"""Issue #11, places: Pakistani desks write a town by the initials of its first words ("DI
KHAN:", "DG KHAN:", "RY KHAN:", "TT SINGH:", "MB DIN:"); in a dateline's capitals the title
case of the initials ("Di Khan") is no one's spelling of the town, which is written as the
gazetteer names it, as "D.I. KHAN:" and "DI Khan" already were. The press forms of Rahim Yar
Khan, Toba Tek Singh and Mandi Bahauddin are aliases too. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import places_read

if TYPE_CHECKING:
    from spacy.language import Language

LEAD = "Two policemen were martyred when militants attacked their patrol on Sunday, police said."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"DI KHAN: {LEAD}", "Dera Ismail Khan"),
        (f"DG KHAN: {LEAD}", "Dera Ghazi Khan"),
        (f"DI KHAN, Mar 3: {LEAD}", "Dera Ismail Khan"),
        ("RY KHAN: Two dacoits were killed in an encounter with police on Sunday, police said.",
         "Rahim Yar Khan"),
        ("TT SINGH: Two brothers were shot dead over a land dispute on Sunday, police said.",
         "Toba Tek Singh"),
        ("MB DIN: Three people were killed when a bus overturned on Sunday, police said.",
         "Mandi Bahauddin"),
        ("Two dacoits were killed in an encounter with police in RY Khan on Sunday.",
         "Rahim Yar Khan"),
    ],
)
def test_initials_name_the_town(nlp: Language, text: str, expected: str) -> None:
    assert set(places_read(nlp, text, None)) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name whose first word is no initials, spelt out, dotted, a country, an unknown
        (f"AL AIN: {LEAD}", "Al Ain"),
        (f"DERA ISMAIL KHAN: {LEAD}", "Dera Ismail Khan"),
        (f"D.I. KHAN: {LEAD}", "Dera Ismail Khan"),
        (f"NEW DELHI: {LEAD}", "New Delhi"),
        (f"UK: {LEAD}", "UK"),
        (f"NA KHAN: {LEAD}", "Na Khan"),
    ],
)
def test_near_misses_stay(nlp: Language, text: str, expected: str) -> None:
    assert set(places_read(nlp, text, None)) == {expected}
