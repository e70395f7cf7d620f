"""Speakers by South Asian police ranks, on sentences we wrote: an acronym rank names its
range ("IGP Kashmir", "DIG Rajshahi Range") before the name, which the person's name does not
take; "the OC" or "the SSP" later is the officer named earlier with that rank; a given name
that is also a province's stays the name after a title that has no range ("Sgt.")."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 3, 14)


def read(text: str) -> tuple[list[tuple[str | None, str | None]], list[tuple[str, str | None]]]:
    result = run_documents([from_text(text, doc_id="d1", path="t.txt", published=PUB)])
    speakers = [(s.speaker, s.speaker_role) for s in result.statements]
    return speakers, [(c.number_text, c.attribution) for c in result.claims]


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        (
            '"Four militants have been killed so far," IGP Kashmir Imran Wani said on Monday.',
            "Imran Wani",
            "IGP Kashmir",
        ),
        (
            "Six robbers were held in the raid, DIG Rajshahi Range Abdul Karim told reporters.",
            "Abdul Karim",
            "DIG Rajshahi Range",
        ),
        # a title with no range keeps a given name that is a province's too
        ("Two men were hurt in the crash, Sgt. Victoria Lopez said.", "Victoria Lopez", "Sgt."),
        # a division or branch after an acronym rank is its post's
        ("Four robbers were held in Lyari, SSP City Tariq Mehmood Rana said.",
         "Tariq Mehmood Rana", "SSP City"),
        ("Two constables were hurt, SP Operations Nadia Gul Memon said.",
         "Nadia Gul Memon", "SP Operations"),
        # the district a district's officer serves, before a name of more words
        ("QUETTA: Deputy Commissioner Kech Waqar Ali Zehri said six men were detained.",
         "Waqar Ali Zehri", "Deputy Commissioner Kech"),
        # a bracketed unit closing a title the parser took for the sentence's end
        ("RAIPUR: Seven insurgents were killed in Sukma on Monday, Inspector General of Police "
         "(Dantewada Range) Meera Krishnan K said.",
         "Meera Krishnan K", "Inspector General of Police (Dantewada Range)"),
        ("LAHORE: Two robbers died in a shootout, Superintendent of Police (Investigation) "
         "Bilal Ahmed Butt told reporters.",
         "Bilal Ahmed Butt", "Superintendent of Police (Investigation)"),
        # the parser took the name for the object of the place's preposition before it
        ("KARACHI: Three suspects were held in Malir, DIG (East) Tariq Nawaz told reporters.",
         "Tariq Nawaz", "DIG (East)"),
    ],
)
def test_a_rank_s_range_is_no_part_of_the_name(text: str, speaker: str, role: str) -> None:
    speakers, _ = read(text)
    assert (speaker, role) in speakers


def test_the_rank_later_is_the_officer_named_with_it() -> None:
    text = (
        "Three shops were torched, said Sadar Police Station OC Rafiqul Islam on Sunday.\n\n"
        "Police detained seven people after the clash, the OC added.\n\n"
        "Nine others were injured, he said."
    )
    _, claims = read(text)
    by_figure = dict(claims)
    for figure in ("seven", "Nine"):
        assert (by_figure[figure] or "").endswith("Rafiqul Islam"), figure


@pytest.mark.parametrize(
    ("text", "speaker", "role"),
    [
        # a town of another country is a given name here ("Ali" is a town in India)
        ("LAHORE: Commissioner Ali Raza Khan said four people died in the collapse in Lahore.",
         "Ali Raza Khan", "Commissioner"),
        # a two-word name after a district keeps it: too short to hold a place and a name
        ("QUETTA: Deputy Commissioner Hamid Zehri said six men were detained in Turbat.",
         "Hamid Zehri", "Deputy Commissioner"),
    ],
)
def test_a_name_s_first_word_stays_the_name(text: str, speaker: str, role: str) -> None:
    speakers, _ = read(text)
    assert (speaker, role) in speakers


def test_the_officer_of_a_district_is_said_again_by_he() -> None:
    text = (
        "QUETTA: Deputy Commissioner Kech Waqar Ali Zehri told reporters that the workers "
        "were asleep when the attackers came.\n\n"
        "Three other workers were wounded, he added."
    )
    _, claims = read(text)
    assert (dict(claims)["Three"] or "").endswith("Waqar Ali Zehri")
