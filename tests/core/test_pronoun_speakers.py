"""A pronoun that speaks stands for a person the report named before, never a place, a day or
an event that opened a sentence: "Baramulla was tense on Sunday. He said 12 militants were
killed." gave the source "Baramulla" (the speaker reader names a lone capitalised subject a
person when nothing says otherwise); "Eid", "Hurricane Ida", "Kashmir" too. The
pronoun resolves to the person named before, else to no one (issue #11, sources). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _sources(text: str) -> list[str | None]:
    return [c.attribution for c in run_texts(text, published=DAY).claims if c.value == 12]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a place, a festival, an event, a region: no one
        ("Baramulla was tense on Sunday. He said 12 militants were killed this year.", None),
        ("Eid passed off peacefully in the valley. He said 12 people were arrested.", None),
        ("Hurricane Ida struck the coast on Sunday. He said 12 people were killed.", None),
        ("Kashmir has seen a drop in violence. He said 12 militants were killed this year.",
         None),
        # the person named before the place
        ("Police chief Ann Roe visited the site on Monday. Baramulla was tense. She said 12 "
         "people were killed.", "Ann Roe"),
        ("Violence in the district is down, Superintendent of Police Ann Roe said. Baramulla "
         "was tense, though. She said 12 people were arrested.", "Ann Roe"),
    ],
)
def test_the_pronoun_is_no_place(text: str, source: str | None) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # an operation's name is no one's (test_operation_speakers)
        ("Operation Storm Shield began on Tuesday. He said 12 militants were killed.", None),
        # a one-word name with a role, or that the recogniser calls a person
        ("Ahmed, a shopkeeper, saw the blast. He said 12 people were killed.",
         "Ahmed, a shopkeeper"),
        ("Mahmoud ran to the market after the blast. He said 12 people were killed.", "Mahmoud"),
        # a lone name the recogniser calls a person who speaks, a town's name or not, and
        # one that acts, the gazetteer knowing no place of it (a reviewer's near misses)
        ("'We found two bodies,' Jackson said. He said 12 others were missing in the river.",
         "Jackson"),
        ("'We heard the shots and ran,' Taylor said. He said 12 people were wounded.", "Taylor"),
        ("Ruto visited the flood-hit district on Monday. He said 12 people had been killed.",
         "Ruto"),
        # a titled name that is also a town's
        ("Inspector Jackson said the road stayed shut. He said 12 people were hurt.",
         "Inspector Jackson"),
        ("Inspector General of Police Ali Khan visited the site on Monday. He said 12 people "
         "were killed.", "Ali Khan"),
        # a closing report before the pronoun
        ("Rebel violence in the hills is at its lowest in years, Inspector General of Police "
         "Ali Khan said on Sunday. Speaking at a press conference, he said 12 militants were "
         "killed.", "Inspector General of Police Ali Khan"),
        # a body and "it"
        ("The ministry issued a statement on Monday. It said 12 people were killed.",
         "The ministry"),
        # nothing named before: no one, as before
        ("The blast took place near a mosque on Friday. Speaking in Quetta, he said 12 people "
         "were killed.", None),
        ("Sunday was calm in the city. He said 12 people were killed.", None),
    ],
)
def test_people_and_bodies_keep_their_reading(text: str, source: str | None) -> None:
    assert _sources(text) == [source]
