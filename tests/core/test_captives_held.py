"""Issue #11, detection: in a report of a kidnapping, people said to have been taken ("52
children had been taken", "twelve were taken from the dormitory") or to be still held ("41
remain in captivity", the abductors "took 25 pupils into the forest", "are still holding 19
of the pupils", "three are still with the kidnappers", "in the hands of the
kidnappers", a headline's "40 pupils still held") are the captives, kidnapped, and so is a
part of captives counted as missing ("including 11 girls") or of those taken ("Those taken
included 14 girls"); "taken to hospital", a report of no kidnapping and suspects "held"
keep what they were. Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_claims_by_text, figures

if TYPE_CHECKING:
    from spacy.language import Language

    from core.model import Claim

PUB = dt.date(2031, 3, 4)

RAID = "Gunmen stormed a boarding school in the village of Tarko on Friday and abducted 52 pupils. "
FLOOD = "Floods swept through the village of Tarko on Friday and destroyed 52 homes. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (RAID + "A teacher said 48 children had been taken.", [("48", "kidnapped")]),
        (RAID + "Twelve girls were taken from the dormitory, a parent said.",
         [("Twelve", "kidnapped")]),
        (RAID + "Eleven pupils escaped on Saturday, while 41 remain in captivity.",
         [("41", "kidnapped")]),
        (RAID + "Troops freed 30 of them, but 22 are still with the kidnappers.",
         [("22", "kidnapped")]),
        (RAID + "At least 19 are still being held, the headmaster said.",
         [("At least 19", "kidnapped")]),
        (RAID + "Some 40 pupils remain held, the headmaster said.", [("Some 40", "kidnapped")]),
        (RAID + "Elders said 35 pupils were missing, including 11 girls.",
         [("35", "kidnapped"), ("11", "kidnapped")]),
        (RAID + "Those taken included 14 girls, a teacher said.", [("14", "kidnapped")]),
        (RAID + "Some 30 remain in the hands of the kidnappers, the governor said.",
         [("Some 30", "kidnapped")]),
        (RAID + "Those taken to hospital included 14 girls.", []),
        (RAID + "The kidnappers are still holding 19 of the pupils, a parent said.",
         [("19", "kidnapped")]),
        (RAID + "The bandits took 25 pupils and a teacher into the forest.",
         [("25", "kidnapped")]),
        (RAID + "A mother said her son and two nephews were still being held.",
         [("her son and two nephews", "kidnapped")]),
        (RAID + "Three teachers and 19 pupils remain in captivity, the headmaster said.",
         [("Three", "kidnapped"), ("19", "kidnapped")]),
        # things the abductors took; people taken by no abductor
        (RAID + "The bandits took 25 cattle from the village.", []),
        (RAID + "Ambulances took 12 pupils to hospital.", [("12", "injured")]),
        # taken somewhere else, or never told to be captives
        (RAID + "Five wounded guards were taken to hospital.", [("Five", "injured")]),
        (FLOOD + "A teacher said 48 children had been taken.", []),
        (FLOOD + "Eleven pupils escaped on Saturday, while 41 remain in shelters.", []),
        (FLOOD + "Elders said 35 pupils were missing, including 11 girls.", []),
        (FLOOD + "Those taken included 14 girls, a teacher said.", []),
        (FLOOD + "A mother said her son and two nephews were still being held.",
         [("her son and two nephews", "arrested")]),
    ],
)
def test_people_taken_or_still_held_in_a_kidnapping_are_its_captives(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    lead = [("52", "kidnapped")] if text.startswith(RAID) else []
    assert figures(nlp, text) == lead + expected


HEADLINED = [
    ("Gunmen storm school in Tarko; 40 pupils still held\n\n" + RAID,
     [("40", "kidnapped"), ("52", "kidnapped")]),
    ("Church raid in Tarko: 25 worshippers abducted, three still held\n\n"
     "Armed men seized 25 worshippers at a church in Tarko on Sunday.",
     [("25", "kidnapped"), ("three", "kidnapped"), ("25", "kidnapped")]),
    # a report of a shooting: the suspects still held are arrests; held, not still
    # held, they are arrests in a kidnapping too
    ("Tarko market shooting: four dead, two still held\n\n"
     "A gunman killed four traders at the market in Tarko on Sunday.",
     [("four", "killed"), ("two", "arrested"), ("four", "killed")]),
    ("Tarko raid: 20 villagers abducted, two held\n\n"
     "Armed men abducted 20 villagers in Tarko on Sunday.",
     [("20", "kidnapped"), ("two", "arrested"), ("20", "kidnapped")]),
]


@functools.cache
def _reports() -> dict[str, list[Claim]]:
    """The headlined reports through the whole pipeline (a headline is parsed on its own)."""
    return core_claims_by_text([text for text, _ in HEADLINED], PUB)


@pytest.mark.parametrize(("text", "expected"), HEADLINED)
def test_a_headlines_still_held_are_captives_of_a_kidnapping_told_after_it(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c.number_text, c.measure) for c in _reports()[text]] == expected
