"""The doer of two coordinated passive harms told in one "when" clause (issue #11, doer):
"Two soldiers were killed and three injured when militants ambushed a convoy" (the parser
hangs the clause on one harm, and makes "three" the subject of the bare "injured"); and a
passive harm's "by" naming people who are no word of a doer ("shot dead by robbers",
"stabbed to death by her husband"). A harm with a clause of its own keeps that clause's doer
or none; a thing or a beast in the "by" is no doer. Sentences we wrote."""

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
        ("Two soldiers were killed and three injured when militants ambushed a convoy in Tarvel "
         "on Sunday, officials said.",
         [("killed", "militants"), ("injured", "militants")]),
        ("A constable was martyred and two others were wounded when unknown gunmen opened fire "
         "on a police post in Tarvel.",
         [("killed", "unknown gunmen"), ("injured", "unknown gunmen")]),
        ("Four villagers were killed and six were injured when bandits stormed Tarvel village "
         "on Friday night.",
         [("killed", "bandits"), ("injured", "bandits")]),
    ],
)
def test_one_clause_tells_the_deed_of_both_harms(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no doer in the clause: none for either
        ("Eleven pilgrims were killed and 20 injured when a bus plunged into a gorge near "
         "Tarvel, officials said.",
         [("killed", None), ("injured", None)]),
        ("Three people were killed and two injured when their car hit a tree in Tarvel.",
         [("killed", None), ("injured", None)]),
        ("Two people were killed and five injured in a blast in Tarvel, police said.",
         [("killed", None), ("injured", None)]),
        # each harm with its own clause keeps its own
        ("Two soldiers were killed when militants ambushed a convoy in Tarvel, and three "
         "civilians were injured when a bus overturned near Ostrava.",
         [("killed", "militants"), ("injured", None)]),
        # the shared clause did no harm to its doers' own side: the other harm's people
        # fell to the other side, whom the sentence does not name
        ("Seven insurgents were killed and two soldiers injured when troops raided a hideout "
         "in Tarvel forest, the army said.",
         [("killed", "troops"), ("injured", None)]),
        ("Five militants were killed and a soldier martyred when security forces stormed a "
         "compound near Tarvel on Thursday.",
         [("killed", None), ("killed", None)]),
        ("Three attackers were killed and four policemen wounded when gunmen stormed a "
         "police station in Tarvel.",
         [("killed", None), ("injured", "gunmen")]),
    ],
)
def test_a_harm_without_the_clauses_doer_keeps_none(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A shopkeeper was shot dead by robbers in Tarvel on Sunday, police said.", "robbers"),
        ("A woman was stabbed to death by her husband in Tarvel on Sunday, police said.",
         "her husband"),
        ("A student was beaten to death by classmates in Tarvel, police said.", "classmates"),
        ("A guard was shot by a neighbour in Tarvel on Friday.", "a neighbour"),
        # words of a doer as before
        ("A farmer was shot dead by unidentified gunmen in Tarvel.", "unidentified gunmen"),
    ],
)
def test_people_in_the_by_of_a_harm_did_it(text: str, doer: str) -> None:
    assert [a for _, a in doers(text)] == [doer]


@pytest.mark.parametrize(
    "text",
    [
        "A boy was killed by a stray bullet in Tarvel on Sunday.",
        "Two children were mauled to death by stray dogs in Tarvel, officials said.",
        "A man was killed by a speeding truck in Tarvel on Sunday.",
        "A farmer was killed by lightning in Tarvel on Sunday.",
        "A worker was crushed to death by a falling wall in Tarvel.",
    ],
)
def test_a_thing_or_a_beast_in_the_by_did_nothing(text: str) -> None:
    assert [a for _, a in doers(text)] == [None]
