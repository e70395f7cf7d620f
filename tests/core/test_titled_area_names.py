"""An acronym title, the area its post serves and the officer's name ("SSP Tando Ali Hassan",
as Pakistani copy writes its police): which words are the area and which the name. The
recogniser's own grouping and the given-name closers decide: a quarter it ran into the
title's entity ("SSP Tando" a body) is the post's even when the gazetteer does not know it;
a title it ran into the person is the title, not a word of his name; "Khan" closes a Pashtun
given name before the clan name, so the word before it is his, unless that word is a town of
the report's country or one the recogniser ran into the title: "Khan" opens given names too
("DPO Kohat Khan Zeb" is Khan Zeb, DPO of Kohat). The statement's speaker is the officer the
figure's source names (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import speakers_and_sources

DAY = dt.date(2031, 4, 9)


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        # a quarter the gazetteer does not know, run into the title's entity
        ("KARACHI: SSP Baldia Imran Shah said two robbers were killed in an encounter on "
         "Monday.", ("Imran Shah", "SSP Baldia"), "SSP Baldia Imran Shah"),
        # the acronym title run into the person's entity
        ("KARACHI: SSP Ghulam Nabi Memon said two robbers were killed.",
         ("Ghulam Nabi Memon", "SSP"), "SSP Ghulam Nabi Memon"),
        ("LAHORE: SSP Abdul Rehman Khan said three robbers were arrested.",
         ("Abdul Rehman Khan", "SSP"), "SSP Abdul Rehman Khan"),
        ("PESHAWAR: SHO Gul Bahadar Khan said four policemen were injured.",
         ("Gul Bahadar Khan", "SHO"), "SHO Gul Bahadar Khan"),
        # "Khan" closes the given name: the word before it is the officer's
        ("PESHAWAR: DSP Sher Khan Afridi said four policemen were injured in the attack.",
         ("Sher Khan Afridi", "DSP"), "DSP Sher Khan Afridi"),
    ],
)
def test_the_area_and_the_name(
    text: str, speaker: tuple[str, str], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        # a closing report: the tagger named the person already
        ("KARACHI: Two robbers were killed in an encounter on Monday, SSP Baldia Imran Shah "
         "said.", ("Imran Shah", "SSP Baldia"), "SSP Baldia Imran Shah"),
        # a known town, a division, a station: the post's, as before
        ("QUETTA: DSP Quetta Ahmed Raza said six people were killed.",
         ("Ahmed Raza", "DSP Quetta"), "DSP Quetta Ahmed Raza"),
        ("LAHORE: SP Investigation Raja Tahir said five men were arrested.",
         ("Raja Tahir", "SP Investigation"), "SP Investigation Raja Tahir"),
        ("LAHORE: SHO Saddar Police Station Tariq Mehmood told reporters that three suspects "
         "were arrested.", ("Tariq Mehmood", "SHO Saddar Police Station"),
         "SHO Saddar Police Station Tariq Mehmood"),
        ("PESHAWAR: DPO Charsadda Sohail Khalid said four policemen were injured in the "
         "attack.", ("Sohail Khalid", "DPO Charsadda"), "DPO Charsadda Sohail Khalid"),
        ("PESHAWAR: DPO Bannu Zia Ud Din said four policemen were injured.",
         ("Zia Ud Din", "DPO Bannu"), "DPO Bannu Zia Ud Din"),
        # three words of a name, none a place; two words of a name
        ("KARACHI: DSP Muhammad Nasir Mehmood said two robbers were killed.",
         ("Muhammad Nasir Mehmood", "DSP"), "DSP Muhammad Nasir Mehmood"),
        ("KARACHI: DSP Nasir Mehmood said two robbers were killed.",
         ("Nasir Mehmood", "DSP"), "DSP Nasir Mehmood"),
        # a served town before a name that does not open on a closer
        ("KARACHI: SSP Korangi Faisal Naqvi said two robbers were killed.",
         ("Faisal Naqvi", "SSP Korangi"), "SSP Korangi Faisal Naqvi"),
        # a known town before "Khan", which opens given names too: the post's
        ("KOHAT: DPO Kohat Khan Zeb said two people were shot dead in a land dispute.",
         ("Khan Zeb", "DPO Kohat"), "DPO Kohat Khan Zeb"),
        ("QUETTA: DSP Mastung Khan Zaman said three levies men were injured in the blast.",
         ("Khan Zaman", "DSP Mastung"), "DSP Mastung Khan Zaman"),
        ("PESHAWAR: DPO Nowshera Khan Wali Khan said four suspects were held.",
         ("Khan Wali Khan", "DPO Nowshera"), "DPO Nowshera Khan Wali Khan"),
        ("PESHAWAR: DSP Mardan Khan Afridi said four policemen were injured in the attack.",
         ("Khan Afridi", "DSP Mardan"), "DSP Mardan Khan Afridi"),
        ("PESHAWAR: Four policemen were injured, DSP Mardan Khan Afridi said.",
         ("Khan Afridi", "DSP Mardan"), "DSP Mardan Khan Afridi"),
        # no dateline to place the town: the recogniser ran it into the title's entity
        ("Three policemen were martyred, DPO Kohat Khan Zeb told reporters.",
         ("Khan Zeb", "DPO Kohat"), "DPO Kohat Khan Zeb"),
        # no place hints a country and the recogniser split the title from the town: a
        # district the gazetteer knows is the post's all the same
        ("Two constables were martyred, DPO Bannu Khan Zaman told reporters.",
         ("Khan Zaman", "DPO Bannu"), "DPO Bannu Khan Zaman"),
        ("DPO Bannu Khan Zaman said two constables were martyred in the ambush.",
         ("Khan Zaman", "DPO Bannu"), "DPO Bannu Khan Zaman"),
        ("DPO Swabi Khan Wali said three suspects were arrested in a raid.",
         ("Khan Wali", "DPO Swabi"), "DPO Swabi Khan Wali"),
    ],
)
def test_other_posts_keep_their_reading(
    text: str, speaker: tuple[str, str], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])
