"""A post that serves a named person, then the holder's name set off by commas ("The
spokesman of Governor Ann Roe, Bo Lind, said"): the parser hangs the holder's name on the
principal's, and the tagger often calls it a body, so the principal was read as the speaker.
The holder speaks and is the figure's source; the principal is part of the post (issue #11,
sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import speakers_and_sources

DAY = dt.date(2031, 4, 9)


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        ("ABUJA: The spokesman of Governor Ali Musa, Ada Obi, said five people were killed in "
         "the attack.", ("Ada Obi", "spokesman of Governor Ali Musa"), "Ada Obi"),
        ("ABUJA: Five people were killed in the attack, the spokesman of Governor Ali Musa, "
         "Ada Obi, said.", ("Ada Obi", "spokesman of Governor Ali Musa"), "Ada Obi"),
        ("ABUJA: The aide to President Bola Tinubu, Bayo Onanuga, said 30 people were killed.",
         ("Bayo Onanuga", "aide to President Bola Tinubu"), "Bayo Onanuga"),
        ("ABUJA: A spokesman to Governor Ali Musa, Tunde Bello, said eight people were "
         "kidnapped.", ("Tunde Bello", "spokesman to Governor Ali Musa"), "Tunde Bello"),
        ("ABUJA: The spokesman of Senator Ali Musa, Ada Obi, said 9 people were arrested.",
         ("Ada Obi", "spokesman of Senator Ali Musa"), "Ada Obi"),
    ],
)
def test_the_holder_speaks(text: str, speaker: tuple[str, str], source: str) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        # no name after the principal's: today's reading
        ("ABUJA: The spokesman of Governor Ali Musa said five people were killed in the "
         "attack.", ("Ali Musa", "spokesman of Governor"), "The spokesman of Governor Ali Musa"),
        # a clause or a description after the principal, no name
        ("ABUJA: The spokesman of Governor Ali Musa, who visited the scene, said five people "
         "were killed.", ("Ali Musa", "spokesman of Governor"),
         "The spokesman of Governor Ali Musa"),
        ("ABUJA: The spokesman of Governor Ali Musa, a former general, said five people were "
         "killed.", ("Ali Musa", "spokesman of Governor"), "The spokesman of Governor Ali Musa"),
        # the holder named after a post of no named person, or after a possessive
        ("ABUJA: The spokesman of the governor, Ada Obi, said five people were killed in the "
         "attack.", ("Ada Obi", "spokesman of the governor"), "Ada Obi"),
        ("ABUJA: Governor Ali Musa's spokesman, Ada Obi, said five people were killed in the "
         "attack.", ("Ada Obi", "Governor Ali Musa's spokesman"), "Ada Obi"),
        ("ABUJA: The media adviser to Governor Babagana Zulum, Isa Gusau, said 40 farmers were "
         "killed.", ("Isa Gusau", "media adviser to Governor Babagana Zulum"), "Isa Gusau"),
        # the holder's name tagged a person: read so already
        ("NAIROBI: A spokesman for Governor Anne Waiguru, Peter Kamau, said six people were "
         "killed in the clashes.", ("Peter Kamau", "spokesman for Governor Anne Waiguru"),
         "Peter Kamau"),
        ("KANO: The special adviser to Governor Abba Yusuf, Sanusi Tofa, said 17 people were "
         "injured.", ("Sanusi Tofa", "special adviser to Governor Abba Yusuf"), "Sanusi Tofa"),
        ("ABUJA: The lawyer for Ali Musa, Ada Obi, said five people were arrested.",
         ("Ada Obi", "lawyer for Ali Musa"), "Ada Obi"),
        # a body's post and a rank before the name
        ("LAGOS: A spokesperson for the Lagos State Police Command, Benjamin Hundeyin, said "
         "three suspects were arrested.",
         ("Benjamin Hundeyin", "spokesperson for the Lagos State Police Command"),
         "spokesperson for the Lagos State Police Command Benjamin Hundeyin"),
        ("ABUJA: The spokesman of the army, Brig. Gen. Onyema Nwachukwu, said 20 terrorists "
         "were killed.", ("Onyema Nwachukwu", "spokesman of the army Brig. Gen."),
         "spokesman of the army Brig. Gen. Onyema Nwachukwu"),
        # a body's name after the principal, which the tagger calls a body: no holder's
        ("ENUGU: The family of Pastor James Obi, Redeemed Christian Church, said four "
         "worshippers were kidnapped.", ("The family of Pastor James Obi", None),
         "The family of Pastor James Obi"),
        ("ABUJA: A spokesman for Bishop Paul Eze, Holy Trinity Church, said five worshippers "
         "were abducted.", ("A spokesman", None), "A spokesman for Bishop Paul Eze"),
        ("ABUJA: The lawyer for Chief Ade Bello, Crescent Sports Club, said three fans were "
         "killed.", ("The lawyer", None), "The lawyer for Chief Ade Bello"),
    ],
)
def test_other_posts_keep_their_reading(
    text: str, speaker: tuple[str, str], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])
