"""Issue #11, places: a dateline town the press spells in another transliteration than the
gazetteer's ("TULKAREM:" of "Tulkarm", "PESHAWER:", "NABLOS:", a doubled letter in
"JALLALABAD:") is read as that town when one change inside the name (a vowel dropped, added or
swapped for the vowel another transliteration writes, a letter doubled or made single) spells
one sizeable town and no other, in the region the dateline writes if any and in a country whose
names the press transliterates (core/text/transliterations.py). A name the gazetteer knows, a
label, a name one change away from two towns, and a change of the first or last letter keep
today's reading. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.text.transliterations import transliterated
from tests.core.claim_factory import places_read

if TYPE_CHECKING:
    from spacy.language import Language

LEAD = "Two young men were shot dead during a raid on Sunday, medics said."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"TULKAREM: {LEAD}", {"Tulkarm"}),
        (f"TULKARIM: {LEAD}", {"Tulkarm"}),
        (f"NABLOS: {LEAD}", {"Nablus"}),
        ("PESHAWER: Two policemen were killed when gunmen attacked a checkpost on Sunday, "
         "police said.", {"Peshawar"}),
        ("JALLALABAD: Three people were killed when a bomb exploded near a market on Sunday, "
         "officials said.", {"Jalalabad"}),
    ],
)
def test_a_dateline_spelt_otherwise_names_the_town(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert set(places_read(nlp, text, None)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"TULKARM: {LEAD}", {"Tulkarm"}),
        (f"JENIN: {LEAD}", {"Jenin"}),
        ("BANNU: Two policemen were killed when gunmen attacked a checkpost on Sunday, "
         "police said.", {"Bannu"}),
        (f"UPDATE: {LEAD}", {None}),
        # a town of the region the dateline writes, or none
        ("BRACKTON, Ohio - A man was shot dead outside a bar on Friday, police said.",
         {"Brackton, Ohio"}),
        ("NABLOS, Ohio - A man was shot dead outside a bar on Friday, police said.",
         {"Nablos, Ohio"}),
        # one change away from two towns (Kandahar, Kandhar): the name as written
        ("KANDEHAR: Three people were killed when a bomb exploded near a market on Sunday, "
         "officials said.", {"Kandehar"}),
        ("NOWSHEHRA: Two policemen were killed when gunmen attacked a checkpost on Sunday, "
         "police said.", {"Nowshehra"}),
        # a town a letter away lies in a country whose names are not transliterated: Sadda
        # of Kurram is no Spanish Sada, Hawara of the West Bank no New Zealand Hawera
        ("SADDA: Three tribesmen were shot dead in a land dispute on Sunday, police said.",
         {"Sadda"}),
        (f"HAWARA: {LEAD}", {"Hawara"}),
    ],
)
def test_other_datelines_keep_their_reading(
    nlp: Language, text: str, expected: set[str | None]
) -> None:
    assert set(places_read(nlp, text, None)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("TULKAREM", "tulkarm"),
        ("Peshawer", "peshawar"),
        ("Tulkarm", None),  # known as written
        ("Lahor", None),  # the last letter is never changed
        ("Nowshehra", None),  # not the Iranian Nowshahr: its last letters differ
        ("Kandehar", None),  # Kandahar and Kandhar alike
        ("Swat", None),  # too short a name to respell
        ("Brackton", None),  # no transliteration writes "a" for an "o" (Brockton)
        ("Sadda", None),  # the Spanish Sada: no country whose names are transliterated
        ("Hawara", None),  # the New Zealand Hawera
        ("Deraa", None),  # the Ethiopian Dera
    ],
)
def test_the_one_town_a_change_spells(name: str, expected: str | None) -> None:
    assert transliterated(name) == expected


def test_a_written_region_must_hold_the_town() -> None:
    assert (transliterated("TULKAREM", "West Bank"), transliterated("NABLOS", "Ohio")) == (
        "tulkarm", None
    )
