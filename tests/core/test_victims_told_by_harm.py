"""One victim told without a numeral by how the harm is told (round 32): shot by oneself,
named by a harm noun ("the accidental shooting of a 4-year-old"), by an adjective ("a wounded
girl"), and a harm only an earlier report told ("despite earlier reports that a boy had
died"). Sentences we wrote; one case per line."""

from __future__ import annotations

import pytest

from core.model import Document
from core.pipeline import select_regions
from tests.core.claim_factory import casualty_spans

Row = tuple[float, str, str]



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "when he shot himself": the pronoun is the person the main clause names
        ("Relatives say a 4-year-old boy was staying at his aunt's farm when he accidentally "
         "shot himself in the leg.", [(1, "injured", "a 4-year-old boy")]),
        ("A 9-year-old girl was playing in the attic when she shot herself with a pistol.",
         [(1, "injured", "A 9-year-old girl")]),
        # a second subject the parse made of the words before ("Records ... detail how")
        ("Records released Monday by the Elm County sheriff detail how 3-year-old Ezra Vance "
         "got his father's gun and fatally shot himself.", [(1, "killed", "Ezra Vance")]),
        # two children, each named: the one who died and the one who lived
        ("The couple were charged over 5-year-old Lia Crane, who shot herself to death in May, "
         "and over a 5-year-old who shot himself in the foot in June.",
         [(1, "killed", "Lia Crane"), (1, "injured", "a 5-year-old")]),
    ],
)
def test_one_who_shot_themself(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the pronoun of the other sex speaks of someone else
        "A 9-year-old girl was playing in the attic when he shot himself with a pistol.",
        # threatened, not done
        "A man threatened to shoot himself during a standoff on Monday.",
    ],
)
def test_no_one_who_shot_themself(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "shooting of" a person: shot, so hurt; a death the noun tells is a death
        ("Police are investigating the accidental shooting of a 4-year-old in Elm Park.",
         [(1, "injured", "a 4-year-old")]),
        ("Deputies were called about the seemingly accidental shooting of the 7-year-old nephew "
         "of a pastor.", [(1, "injured", "the 7-year-old nephew")]),
        # the name set off after the relative, which the parse hangs on the verb
        ("Two adults were charged in the June 3 fatal shooting death of their granddaughter, "
         "6-year-old Lia Crane.", [(1, "killed", "Lia Crane")]),
        ("The couple was charged in the fatal shooting of their grandson.",
         [(1, "killed", "their grandson")]),
        # the verb denies the suspect, not the harm
        ("Police have not named a suspect in the fatal shooting of Jon Burns, 14.",
         [(1, "killed", "Jon Burns")]),
        ("Neighbors said a toddler's death on Sunday has shaken the street.",
         [(1, "killed", "a toddler")]),
    ],
)
def test_one_named_by_a_harm_noun(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police stopped the shooting of the video on Sunday.",
        "The killing of time was the main activity at the fair.",
        "The shooting of a film went on in the square.",
        "Police said a shooting that injured no one happened on Sunday.",
        "The county's first fatal shooting of a child this year shocked residents.",
        # a headline that ends on the deed
        "Town rocked by clashes over teenager's shooting",
    ],
)
def test_no_one_named_by_a_harm_noun(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == []


def test_shooting_of_a_person_is_parsed() -> None:
    sentence = "Officers investigated the shooting of a teen on Elm Road."
    text = f"The fair closed early.\n\n{sentence}\n\nThe roads reopened later."
    regions = [text[r.start : r.end] for r in select_regions(Document(id="d1", text=text),
                                                               statements=False)]
    assert any(sentence in r for r in regions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said a wounded girl was taken to hospital on Sunday.",
         [(1, "injured", "a wounded girl")]),
        ("A wounded teenager walked into the emergency room on Sunday.",
         [(1, "injured", "A wounded teenager")]),
        # a war's wound; a definite one may be someone counted already
        ("A wounded veteran spoke at the rally on Sunday.", []),
        ("The wounded girl was taken to hospital on Sunday.", []),
    ],
)
def test_one_called_wounded(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A boy was shot on Sunday in Elm Park, police said, despite earlier reports that a boy "
         "had died.", [(1, "injured", "A boy")]),
        ("Contrary to initial reports that a man died, police said he was in hospital.", []),
        # an earlier report told, not corrected: its claim stands
        ("Earlier reports said a man had died in the shooting.", [(1, "killed", "a man")]),
    ],
)
def test_a_death_an_earlier_report_told(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected


def test_a_wound_the_parse_made_a_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A boy who was found with a gunshot wound in his home on Sunday has died."
    assert casualty_spans(nlp, text) == [(1, "killed", "A boy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline drops the article before an age that owns the harm
        ("Dunmore family mourns 5-year-old's shooting death", [(1, "killed", "5-year-old")]),
        ("Vigil held for 16-year-old's killing in Elm Park", [(1, "killed", "16-year-old")]),
        ("Police probe 2-year-old's death at Riverton home", [(1, "killed", "2-year-old")]),
        # an age that owns no harm, and a named one (often counted unnamed before)
        ("Police said the 6-year-old's mother was not home.", []),
        ("Dunmore family mourns 5-year-old Ava Roe's shooting death", []),
    ],
)
def test_an_age_that_owns_the_harm_in_a_headline(nlp, text: str, expected: list[Row]) -> None:  # type: ignore[no-untyped-def]
    assert casualty_spans(nlp, text) == expected
