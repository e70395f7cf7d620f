"""An acronym title, the quarter its post serves and an officer whose name opens on "Khan"
("SHO Farooqabad Khan Wali said", as Pakistani copy writes its station officers) spoke as
"Farooqabad Khan Wali", the quarter taken for his given word as in "DSP Sher Khan Afridi"
(the same parse). The gazetteer knows no quarter; a word the report writes as a place
elsewhere ("shot dead in Farooqabad", "the Nasirpur area") is the post's, and the officer
speaks as "Khan Wali" with the post "SHO Farooqabad"; the figure's source keeps the whole
post and name (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import speakers_and_sources

DAY = dt.date(2031, 4, 9)


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        ("PESHAWAR: Two men were shot dead in Farooqabad on Sunday, SHO Farooqabad Khan Wali "
         "said.", ("Khan Wali", "SHO Farooqabad"), "SHO Farooqabad Khan Wali"),
        ("KARACHI: Three suspects were arrested in the Nasirpur area on Monday, SSP Nasirpur "
         "Khan Zeb told reporters.", ("Khan Zeb", "SSP Nasirpur"), "SSP Nasirpur Khan Zeb"),
        ("LAHORE: Four robbers were arrested near the Qadirabad police station on Friday, SHO "
         "Qadirabad Khan Afzal said.", ("Khan Afzal", "SHO Qadirabad"),
         "SHO Qadirabad Khan Afzal"),
        # the recogniser took the title and the quarter into the person
        ("LAHORE: Four robbers were arrested in Gulshanpur on Friday, SHO Gulshanpur Khan "
         "Bahadur said.", ("Khan Bahadur", "SHO Gulshanpur"), "SHO Gulshanpur Khan Bahadur"),
        ("KARACHI: Six men were arrested in Tarikhabad on Monday, SSP Tarikhabad Khan Zaman "
         "told reporters.", ("Khan Zaman", "SSP Tarikhabad"), "SSP Tarikhabad Khan Zaman"),
    ],
)
def test_the_quarter_is_the_posts(
    text: str, speaker: tuple[str, str], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # no quarter: the word before "Khan" is his own
        ("PESHAWAR: Two policemen were killed in an attack on Sunday, DSP Sher Khan Afridi "
         "said.", ("Sher Khan Afridi", "DSP")),
        ("QUETTA: Five people were injured in a blast on Monday, SHO Gul Khan Kakar said.",
         ("Gul Khan Kakar", "SHO")),
        # the word after "in" opens a name there, no place
        ("PESHAWAR: Two men were shot dead in Sher Khan's shop on Sunday, DSP Sher Khan "
         "Afridi said.", ("Sher Khan Afridi", "DSP")),
        ("QUETTA: A guard was wounded outside Gul Khan Kakar's house on Monday, SHO Gul Khan "
         "Kakar said.", ("Gul Khan Kakar", "SHO")),
        # a place the report names, but not before the name
        ("PESHAWAR: Two men were shot dead in Farooqabad on Sunday, DSP Sher Khan Afridi "
         "said.", ("Sher Khan Afridi", "DSP")),
        # a quarter before a name that opens on no "Khan": as before
        ("PESHAWAR: Two men were shot dead in Farooqabad on Sunday, SHO Farooqabad Imran "
         "Shah said.", ("Imran Shah", "SHO Farooqabad")),
        # a title that is no acronym
        ("PESHAWAR: Two men were shot dead in Farooqabad on Sunday, Inspector Sher Khan "
         "Afridi said.", ("Sher Khan Afridi", "Inspector")),
        # a given name closed by a word that never opens one
        ("JAIPUR: Two men were arrested in Mohan Nagar on Sunday, SHO Mohan Singh Rathore "
         "said.", ("Mohan Singh Rathore", "SHO")),
        # the first word of a quarter's name ("Faisal Town", "Shah Faisal Colony"), not the
        # quarter: the officer's given name may be the same word
        ("LAHORE: A guard was shot dead at a petrol pump in Faisal Town on Sunday, SP Faisal "
         "Raza Abidi said.", ("Faisal Raza Abidi", "SP")),
        ("KARACHI: Two men were killed in Shah Faisal Colony on Monday, SHO Faisal Mehmood "
         "Khan said.", ("Faisal Mehmood Khan", "SHO")),
        # a person's possessive after "at", no place
        ("PESHAWAR: Four men were arrested at Khan's farmhouse on Sunday, DSP Khan Zeb "
         "Afridi said.", ("Khan Zeb Afridi", "DSP")),
    ],
)
def test_a_given_word_stays_his(text: str, speaker: tuple[str, str]) -> None:
    assert speakers_and_sources(text, DAY)[0] == [speaker]
