"""A post whose phrase runs through two prepositions ("The spokesman for police in Tamba,
Ann Roe, said"), then the holder's name set off by commas: the parser hangs the name on the
last place or body of the phrase, a level deeper than the readers looked, and the speaker
was "The spokesman" with no name. The name speaks, the post is the role, the source names
both (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import speakers_and_sources

DAY = dt.date(2031, 4, 9)


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        ("KANO: The spokesman for police in Kano, Abdullahi Haruna Kiyawa, said 12 people were "
         "arrested.", ("Abdullahi Haruna Kiyawa", "spokesman for police in Kano"),
         "spokesman for police in Kano Abdullahi Haruna Kiyawa"),
        ("The spokesperson for the police in Kano State, Abdullahi Kiyawa, said 12 people were "
         "arrested.", ("Abdullahi Kiyawa", "spokesperson for the police in Kano State"),
         "spokesperson for the police in Kano State Abdullahi Kiyawa"),
        ("The spokesman for residents of Gwoza, Musa Ali, said 9 people were killed.",
         ("Musa Ali", "spokesman for residents of Gwoza"),
         "spokesman for residents of Gwoza Musa Ali"),
    ],
)
def test_the_name_after_the_nested_post_speaks(
    text: str, speaker: tuple[str, str], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        # one preposition deep: read so already
        ("The police spokesman in Kharan, Ali Raza, said 3 people were killed.",
         ("Ali Raza", "police spokesman in Kharan"), "police spokesman Ali Raza"),
        ("A spokesman for the army in the northeast, Musa Bello, said 30 militants were killed.",
         ("Musa Bello", "spokesman for the army in the northeast"), "Musa Bello"),
        ("A relative of the victims in Kano, Ada Obi, said five people were killed.",
         ("Ada Obi", "relative of the victims in Kano"), "Ada Obi"),
        # no name after the nested post: the post speaks
        ("The spokesman for police in Kano said 12 people were arrested.",
         ("The spokesman", None), "The spokesman for police in Kano"),
        # a place, not a name, after it
        ("The spokesman for police in Kano, Nigeria, said 12 people were arrested.",
         ("The spokesman", None), "The spokesman for police in Kano"),
        # a description, not a name, after it
        ("The spokesman for police in Kano, a former inspector, said 12 people were arrested.",
         ("The spokesman", None), "The spokesman for police in Kano"),
        # the town's province, which the tagger calls a person, after it
        ("The spokesman for the police in Kano, Kano State, said 12 people were arrested.",
         ("The spokesman", None), "The spokesman for the police in Kano"),
        ("Officials in Dera Ismail Khan, Khyber Pakhtunkhwa, said five policemen were killed.",
         ("Officials", None), "Officials in Dera Ismail Khan"),
    ],
)
def test_other_posts_keep_their_reading(
    text: str, speaker: tuple[str, str | None], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        # a person's noun two prepositions deep: the name after it is that person's (the dead
        # officer may be a figure of his own: the arrests' source is the last)
        ("A spokesman for the family of the slain officer, Ali Raza, said two suspects were "
         "arrested.", ("A spokesman", None), "A spokesman for the family of the slain officer"),
        ("The lawyer for the widow of the slain journalist, Ahmed Noor, said five suspects were "
         "charged.", ("The lawyer", None), "The lawyer for the widow of the slain journalist"),
        ("The spokesman for the mother of the slain student, Amina Bello, said two suspects "
         "were arrested.", ("The spokesman", None),
         "The spokesman for the mother of the slain student"),
    ],
)
def test_a_name_after_a_persons_noun_is_not_the_speakers(
    text: str, speaker: tuple[str, None], source: str
) -> None:
    speakers, sources = speakers_and_sources(text, DAY)
    assert (speakers, sources[-1]) == ([speaker], source)
