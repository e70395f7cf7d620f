"""A speaker with a title and a name written with bare initials, "Director General of Police
R K Bhat said ...": the merged initials are a word the parser never saw, and it hung them (and
the title on them) anywhere, so the figure's source lost its role ("R K Bhat") or was lost
("said Superintendent of Police T N Das" gave none). The source is the person with the role
(issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _sources(text: str) -> list[str | None]:
    return [c.attribution for c in run_texts(text, published=DAY).claims if c.value == 11]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Director General of Police R K Bhat said 11 militants were killed this year.",
         "Director General of Police R K Bhat"),
        ("Rebel violence in the hills fell to its lowest in years, Director General of Police "
         "R K Bhat said, adding that 11 militants were killed.",
         "Director General of Police R K Bhat"),
        ("Eleven militants were killed, Director General of Police R K Bhat told a news "
         "conference.", "Director General of Police R K Bhat"),
        ("Speaking at a function in Tarvo, Director General of Police R K Bhat said 11 "
         "militants were killed.", "Director General of Police R K Bhat"),
        ("Police chief R K Bhat told reporters that 11 men were arrested.",
         "Police chief R K Bhat"),
        ("Eleven people were arrested, said Superintendent of Police T N Das.",
         "Superintendent of Police T N Das"),
        ("Eleven people were arrested, said Superintendent of Police (City) T N Das.",
         "Superintendent of Police (City) T N Das"),
    ],
)
def test_the_titled_initials_speak(text: str, source: str) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the title and a written first name: read so already
        ("Inspector General of Police Ali Khan said 11 militants were killed this year.",
         "Inspector General of Police Ali Khan"),
        ("Deputy Commissioner of Police (South) Meena Rao said 11 men were arrested.",
         "Deputy Commissioner of Police (South) Meena Rao"),
        # the title alone
        ("Eleven militants were killed this year, the Director General of Police said.",
         "the Director General of Police"),
        # the initials with no title before them
        ("A K Singh, a shopkeeper in the market, said 11 people were hurt in the blast.",
         "A K Singh"),
        # a titled name that says nothing
        ("Officials including Superintendent of Police V K Mishra reached the spot where 11 "
         "bodies lay.", None),
        # capitals that are no one's initials
        ("The U S embassy said 11 people were injured in the attack.", "The U S embassy"),
        ("Police arrested 11 men near the U N compound on Monday, officials said.", "officials"),
        ("Eleven people were killed in D I Khan district on Monday, police said.", "police"),
    ],
)
def test_other_speakers_keep_their_reading(text: str, source: str | None) -> None:
    assert _sources(text) == [source]


def test_the_statement_keeps_name_and_role() -> None:
    text = "Eleven militants were killed, Director General of Police R K Bhat told reporters."
    statements = run_texts(text, published=DAY).statements
    assert [(s.speaker, s.speaker_role) for s in statements] == [
        ("R K Bhat", "Director General of Police")
    ]
