"""A post, a comma, then the holder's name with his rank before it ("According to the police
spokesperson, DSP Ahmed Khan, ...", "..., the state police command's spokesperson, SP Adamu
Musa, told reporters"), as South Asian and West African copy writes its police sources: the
statement's speaker lost the rank from his post ("police spokesperson"), or spoke as "SP
Adamu Musa" when the recogniser left the name untagged, and the figure's source lost the
post ("SP Adamu Musa"). Now the rank goes with the post, the name alone is the speaker's,
and the source reads post, rank and name together (issue #11, sources). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import speakers_and_sources

DAY = dt.date(2031, 6, 2)


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        ("PESHAWAR: According to the police spokesperson, DSP Ahmed Khan, four militants were "
         "killed in the raid on Monday.", ("Ahmed Khan", "police spokesperson DSP"),
         "police spokesperson DSP Ahmed Khan"),
        ("KANO: Gunmen abducted 12 travellers on the highway on Sunday, the police "
         "spokesperson, SP Adamu Musa, told our correspondent.",
         ("Adamu Musa", "police spokesperson SP"), "police spokesperson SP Adamu Musa"),
        ("LAHORE: Three robbers were arrested on Friday, the police spokesman, Inspector "
         "Tariq Mehmood, said.", ("Tariq Mehmood", "police spokesman Inspector"),
         "police spokesman Inspector Tariq Mehmood"),
        ("MAIDUGURI: The army's spokesman, Brig. Gen. Musa Bello, said 20 insurgents were "
         "killed on Tuesday.", ("Musa Bello", "army's spokesman Brig. Gen."),
         "army's spokesman Brig. Gen. Musa Bello"),
        # the recogniser ran the rank into the name; a post held "in the state" is too long
        # beside a name for the source, which keeps rank and name
        ("LAGOS: The police command spokesman in the state, SP Benjamin Adeyemi, said 11 "
         "suspects were arrested on Thursday.",
         ("Benjamin Adeyemi", "police command spokesman in the state SP"),
         "SP Benjamin Adeyemi"),
        # the range or district an acronym title serves goes with the rank, not the name
        ("SRINAGAR: Seven militants were killed on Monday, the police spokesman, IGP Kashmir "
         "Vijay Kumar, said.", ("Vijay Kumar", "police spokesman IGP Kashmir"),
         "police spokesman IGP Kashmir Vijay Kumar"),
        ("LAHORE: Nine suspects were arrested on Friday, the city police chief, CCPO Lahore "
         "Bilal Siddique Kamyana, said.",
         ("Bilal Siddique Kamyana", "city police chief CCPO Lahore"),
         "city police chief CCPO Lahore Bilal Siddique Kamyana"),
    ],
)
def test_the_rank_goes_with_the_post(
    text: str, speaker: tuple[str, str], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the parser hung the post on the deed before it: the source still reads it whole
        ("KANO: Gunmen abducted 12 travellers on the highway on Sunday, the state police "
         "command's spokesperson, SP Haruna Kiyawa, told reporters.",
         "state police command's spokesperson SP Haruna Kiyawa"),
        ("KANO: Twelve travellers were abducted on the highway on Sunday, the state police "
         "command's spokesperson, SP Adamu Musa, told our correspondent.",
         "state police command's spokesperson SP Adamu Musa"),
    ],
)
def test_a_stranded_post_keeps_its_holder(text: str, source: str) -> None:
    assert speakers_and_sources(text, DAY)[1] == [source]


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        # no rank: as before
        ("LAHORE: Three robbers were arrested on Friday, the police spokesman, Tariq Mehmood, "
         "said.", ("Tariq Mehmood", "police spokesman"), "police spokesman Tariq Mehmood"),
        ("KANO: Gunmen abducted 12 travellers on the highway on Sunday, the state governor, "
         "Abubakar Bello, told reporters.", ("Abubakar Bello", "state governor"),
         "state governor Abubakar Bello"),
        # a rank with no name after it: the rank describes, names no one
        ("KANO: Gunmen abducted 12 travellers on Sunday, the police spokesperson, a "
         "superintendent, told our correspondent.",
         ("the police spokesperson", "a superintendent"), "the police spokesperson"),
        # an honorific is no rank: the post stays as it was
        ("LAHORE: Three robbers were arrested on Friday, the police spokesman, Mr Tariq "
         "Mehmood, said.", ("Tariq Mehmood", "police spokesman"),
         "police spokesman Mr Tariq Mehmood"),
        # a rank before one name: the rank stays with it
        ("LAGOS: The police spokesman in the state, Sgt Adeyemi, said 11 suspects were "
         "arrested on Thursday.", ("Sgt Adeyemi", "police spokesman in the state"),
         "Sgt Adeyemi"),
        ("LAGOS: The police spokesman in the state, Benjamin Adeyemi, said 11 suspects were "
         "arrested on Thursday.", ("Benjamin Adeyemi", "police spokesman in the state"),
         "Benjamin Adeyemi"),
        # the rank opens the name with no post before it: as before
        ("LAHORE: Three robbers were arrested on Friday, DSP Tariq Mehmood said.",
         ("Tariq Mehmood", "DSP"), "DSP Tariq Mehmood"),
        # a rank quoted by a body, no post of the person's own
        ("QUETTA: Five militants were killed on Monday, the military's media wing said in a "
         "statement, quoting Major Ali Raza.", ("Ali Raza", "Major"), "Major Ali Raza"),
        # a quarter the report never names as one after the acronym title, or a town of no
        # country the report hints: rank, area and name stay the speaker's, as before
        ("LAHORE: Two men were arrested on Friday, the officer in charge, SHO Civil Lines Rana "
         "Akram, told reporters.", ("SHO Civil Lines Rana Akram", "officer in charge"),
         "SHO Civil Lines Rana Akram"),
        ("Ten protesters were arrested on Monday, the district administration's spokesman, DC "
         "Karachi Irfan Ali, said.",
         ("DC Karachi Irfan Ali", "district administration's spokesman"),
         "district administration's spokesman DC Karachi Irfan Ali"),
    ],
)
def test_other_appositions_keep_their_reading(
    text: str, speaker: tuple[str, str], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])
