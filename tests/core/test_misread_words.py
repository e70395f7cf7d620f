"""Readings of detection where the parser misreads the words around a count: a hyphened
modifier with a preposition in it ("off-duty"), a qualifier parsed as a preposition ("detained
around a dozen youth"), the state a "left" gives its object hung on another word, "shot dead"
read as a noun and its adjective before a count; and slight
wounds, of the living even in a report that counts dead. Each with a near miss that must stay
as it was. Sentences, people and places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition inside a hyphened modifier does not end the figure's phrase
        ("Two off-duty policemen were shot dead in the bazaar of Velmor.", [("Two", "killed")]),
        ("Five over-ground workers of the outfit were detained in Dastpur.",
         [("Five", "arrested")]),
        # near miss: a preposition of its own still ends it
        ("Four over ground workers were arrested.", []),
        # a qualifier the parser made a preposition of the verb
        ("By Saturday, soldiers had detained around a dozen youths in the old town, a spokesman "
         "said.",
         [("around a dozen", "arrested")]),
        # near misses: things, and a time after the verb's own object
        ("By Friday, troops had fired around 30 rounds at the hideout, officials said.",
         []),
        ("Gunmen killed two men around noon on Friday.", [("two", "killed")]),
        # a phrase after the subject that takes the verb for a noun ("a motorcycle shot")
        ("Gunmen on a motorcycle shot dead two shopkeepers in the Tarlow bazaar on Monday.",
         [("two", "killed")]),
        ("Gunmen shot dead two shopkeepers on Monday evening.", [("two", "killed")]),
        # near miss: a time after the state counts no one
        ("The two brothers were shot dead two days ago in Tarlow.", [("two", "killed")]),
    ],
)
def test_misread_words(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the state "left" gives its object, hung on another word by the parser
        ("Police arrested two men over the blast that left 14 people injured.",
         [("two", "arrested"), ("14", "injured")]),
        ("Militants fired on a convoy, leaving three soldiers wounded.", [("three", "injured")]),
        ("The raid on Velmor left 14 people, including six traders, dead.",
         [("14", "killed"), ("six", "killed")]),
        # near misses: no harm, or a state of other people with a subject of its own
        ("The flood left 14 people homeless.", []),
        ("The storm left 3,000 homes without power, injured crews said.", []),
    ],
)
def test_state_after_object(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A gunman killed two guards at the depot. Four other workers, who had suffered minor "
         "shrapnel wounds, went to a clinic on Tuesday.",
         [("two", "killed"), ("Four", "injured")]),
        # near miss: gunshot wounds may be the dead's too, in a report that counts dead
        ("A gunman killed two guards at the depot. Four workers, who had suffered gunshot "
         "wounds, were found nearby.",
         [("two", "killed")]),
    ],
)
def test_slight_wounds(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the age "of" one person is no count
        ("One of the injured, a boy of 12, later succumbed.", [("One", "killed")]),
        # near miss: a count of things after a person "of"
        ("One of the injured, a driver of 12 buses, later succumbed.", [("One", "killed")]),
        ("A father of three was killed in the firing.", [("A father", "killed")]),
    ],
)
def test_age_of_a_person(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(nlp, text) == expected
