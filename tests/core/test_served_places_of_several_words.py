"""An acronym title, a district or town of two or three words, and the officer's name ("DPO
Tando Allahyar Ali Raza", as Pakistani copy writes its police): the tagger splits the
place or runs it into the name, so the officer spoke as "Allahyar Ali Raza" (role "DPO
Tando"). The gazetteer knows the place whole in the report's country: it is the post's, and
the words after it the officer's name (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import speakers_and_sources

DAY = dt.date(2031, 4, 9)


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        ("PESHAWAR: According to DPO Lakki Marwat Nazir Khan, the attackers fled after three "
         "policemen were martyred.", ("Nazir Khan", "DPO Lakki Marwat"),
         "DPO Lakki Marwat Nazir Khan"),
        ("PESHAWAR: Three policemen were martyred, according to DPO Lakki Marwat Nazir Khan.",
         ("Nazir Khan", "DPO Lakki Marwat"), "DPO Lakki Marwat Nazir Khan"),
        ("PESHAWAR: DPO Dera Ismail Khan Ali Raza said three policemen were martyred.",
         ("Ali Raza", "DPO Dera Ismail Khan"), "DPO Dera Ismail Khan Ali Raza"),
        ("PESHAWAR: DPO North Waziristan Ali Raza said three policemen were martyred.",
         ("Ali Raza", "DPO North Waziristan"), "DPO North Waziristan Ali Raza"),
    ],
)
def test_the_place_is_the_posts(text: str, speaker: tuple[str, str], source: str) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        # the tagger kept the two-word place whole: read so already
        ("PESHAWAR: DPO Lakki Marwat Nazir Khan said three policemen were martyred.",
         ("Nazir Khan", "DPO Lakki Marwat"), "DPO Lakki Marwat Nazir Khan"),
        ("PESHAWAR: Three policemen were martyred, DPO Lakki Marwat Nazir Khan said.",
         ("Nazir Khan", "DPO Lakki Marwat"), "DPO Lakki Marwat Nazir Khan"),
        # a place of one word: as before
        ("QUETTA: DSP Quetta Ahmed Raza said six people were killed.",
         ("Ahmed Raza", "DSP Quetta"), "DSP Quetta Ahmed Raza"),
        ("PESHAWAR: DPO Charsadda Sohail Khalid said four policemen were injured.",
         ("Sohail Khalid", "DPO Charsadda"), "DPO Charsadda Sohail Khalid"),
        # a town before "Khan", no place of two words: the town alone is the post's
        ("PESHAWAR: DSP Mardan Khan Afridi said four policemen were injured in the attack.",
         ("Khan Afridi", "DSP Mardan"), "DSP Mardan Khan Afridi"),
        # a name of three words, none a place
        ("KARACHI: DSP Muhammad Nasir Mehmood said two robbers were killed.",
         ("Muhammad Nasir Mehmood", "DSP"), "DSP Muhammad Nasir Mehmood"),
        # the place alone after the title: no name to cut, today's reading kept
        ("PESHAWAR: The DPO Lakki Marwat said three policemen were martyred.",
         ("Lakki Marwat", "DPO"), "The DPO Lakki Marwat"),
    ],
)
def test_other_posts_keep_their_reading(
    text: str, speaker: tuple[str, str | None], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])
