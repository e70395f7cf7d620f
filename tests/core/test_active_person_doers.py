"""People who did the deed themselves are its doers (issue #11, actor): "Police say a man
shot and killed his former girlfriend", "a teenager stabbed two classmates" had no doer,
because only words of a doer ("gunmen", "militants"), names and passive agents were taken:
the subject of an active harm or attack verb is who did it when it names people. A thing or
a beast is none; nor is the subject of a verb that is no deed ("lost control", "lost her
sons"), nor a passive's subject. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def doers(text: str) -> list[object]:
    return report_fields(text, "measure", "actor", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tulsa police say a man shot and killed his former girlfriend outside her flat.",
         [("killed", "a man")]),
        ("Police said a teenager stabbed two classmates at a school in Leeds on Tuesday.",
         [("injured", "a teenager")]),
        ("A policeman shot dead a robber during a bank heist in Multan on Monday.",
         [("killed", "A policeman")]),
        ("The woman shot and wounded an intruder in Tulsa, police said.",
         [("injured", "The woman")]),
        ("A soldier killed two of his colleagues at a base in Kashmir on Sunday.",
         [("killed", "A soldier")]),
    ],
)
def test_people_who_did_the_deed_are_its_doers(text: str, expected: list[object]) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a thing, a verb of no deed, a passive, a reflexive: as before
        ("Three people died when a truck hit their car near Sukkur on Sunday.",
         [("killed", None)]),
        ("A driver lost control of his bus and hit a wall, killing five passengers in Swat.",
         [("killed", None)]),
        ("A woman lost her two sons in the attack on the market in Bannu.",
         [("killed", None)]),
        ("A 6-year-old boy accidentally shot himself at his home in Toledo, police said.",
         [("injured", None)]),
        ("A man was shot and killed in Toledo on Sunday, police said.", [("killed", None)]),
        # the doer of his own death; the counted people the parser made a subject
        ("A 7-year-old boy fatally shoots himself, police say", [("killed", None)]),
        ("Police said a man fatally shot a woman and a girl then killed himself in Tulsa.",
         [("killed", None), ("killed", "a man")]),
        ("A jury convicted a man over a 2029 shooting at a Tulsa office that left a clerk dead"
         " and two managers wounded.", [("killed", None), ("injured", None)]),
        ("Two cyclists were injured when a man drove his car into them in Bristol.",
         [("injured", None)]),
        ("A farmer said his son was killed by bandits while he watched.",
         [("killed", "bandits")]),
        ("A survivor said the gunmen killed five people in the village.",
         [("killed", "the gunmen")]),
    ],
)
def test_no_people_doing_no_deed(text: str, expected: list[object]) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deed of the clause an arrest came after is no arrest of its doer's (review)
        ("Two men were arrested after a man shot three people at a mall in Texas.",
         [("arrested", None), ("injured", "a man")]),
        ("A man was arrested after his son shot two classmates in Michigan.",
         [("arrested", None), ("injured", "his son")]),
        ("Four people were detained after a woman threw acid on her neighbour in Multan.",
         [("arrested", None)]),
        ("Three teenagers were charged after a boy stabbed a classmate in Leeds.",
         [("arrested", None), ("injured", "a boy")]),
        ("Two youths were rounded up after a man stabbed a shopkeeper in Delhi.",
         [("arrested", None), ("injured", "a man")]),
        # a harm's: as the branch read it
        ("Three people were wounded when a man opened fire on a bus in Nairobi.",
         [("injured", "a man")]),
        ("Two people are dead after a man opened fire at a bar in Reno.",
         [("killed", "a man")]),
        ("Two girls were abducted after a man attacked their home in Kano.",
         [("kidnapped", "a man")]),
    ],
)
def test_an_arrest_after_a_persons_deed(text: str, expected: list[object]) -> None:
    assert doers(text) == expected
