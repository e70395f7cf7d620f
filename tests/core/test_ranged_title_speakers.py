"""An acronym title, the city it serves and the officer's name ("DSP Multan Ali Raza",
as Pakistani and Indian copy writes its police officers) speak as the officer: the tagger
ran the city into the name ("Quetta Ali Raza" a PERSON), so the statement spoke as
"Quetta Ali Raza" while the figure's source named the whole post (issue #11, sources).
The city is the title's when the report's country holds it. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 4, 9)


def _speakers(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.speaker_role) for s in run_texts(text, published=DAY).statements]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("KARACHI: Six suspects were detained in Korangi on Friday, DSP Karachi Ahmed Raza "
         "told reporters.", ("Ahmed Raza", "DSP Karachi")),
        ("KARACHI: Police arrested four robbers in Korangi on Tuesday, DSP Karachi Ahmed Raza "
         "said.", ("Ahmed Raza", "DSP Karachi")),
        ("QUETTA: Four robbers were arrested in Sariab on Tuesday, DSP Quetta Ahmed Raza said.",
         ("Ahmed Raza", "DSP Quetta")),
        ("MULTAN: Four robbers were arrested in the city on Tuesday, DSP Multan Ahmed Raza said.",
         ("Ahmed Raza", "DSP Multan")),
    ],
)
def test_the_city_is_the_titles(text: str, speaker: tuple[str, str]) -> None:
    assert _speakers(text) == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no city between the title and the name
        ("KARACHI: Five gunmen were arrested near the port on Sunday, DSP Nasir Mehmood said.",
         ("Nasir Mehmood", "DSP")),
        # a given name that is a town abroad, not in the report's country
        ("KARACHI: Five gunmen were arrested near the port on Sunday, DSP Nadia Mehmood said.",
         ("Nadia Mehmood", "DSP")),
        # three words of a name, none a place: the whole name
        ("KARACHI: Five gunmen were arrested near the port on Sunday, DSP Muhammad Nasir "
         "Mehmood said.", ("Muhammad Nasir Mehmood", "DSP")),
        # a town of the report's country that is the first of two given names ("Mohan Lal")
        ("JAIPUR: Two men were arrested with opium, DSP Mohan Lal Sharma said.",
         ("Mohan Lal Sharma", "DSP")),
        ("UDAIPUR: Three persons were arrested, SHO Mohan Singh Rathore said.",
         ("Mohan Singh Rathore", "SHO")),
        ("INDORE: Five people were arrested in the city, SP Dhar Singh Meena said.",
         ("Dhar Singh Meena", "SP")),
        # the city alone after the title: the office speaks
        ("KARACHI: Five gunmen were arrested near the port on Sunday, the DSP said.",
         ("DSP", None)),
    ],
)
def test_other_titles_keep_their_reading(text: str, speaker: tuple[str, str | None]) -> None:
    assert _speakers(text) == [speaker]
