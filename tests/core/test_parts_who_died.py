"""One of a group of people, a clause set off by a comma telling what befell the one: "Police
shot one of the robbers, who later died" read nothing, the parser hanging the clause on
"robbers" (a people noun, whose clauses were kept off the count so that "two sons of the men
who died" stays on the men); a bare count is a part of the group, the set-off clause its own
(issue #11, counts). A clause with no comma ("one of the men who died": the dead, of whom
one), a plural one after "one" ("who were later caught": all of them) and a count of a noun
of its own stay as they were. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 6, 4)


def _read(nlp: Language, text: str) -> list[tuple[str, str, float]]:
    return [c for c in written_counts(nlp, text, PUBLISHED) if c[1] != "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police shot one of the robbers, who later died, officials said on Monday.",
         [("one", "killed", 1.0)]),
        ("Poachers ambushed the patrol and shot one of the wardens, who succumbed to his wounds.",
         [("one", "killed", 1.0)]),
        ("Police chased one of the gunmen, who was killed in a shootout on Friday.",
         [("one", "killed", 1.0)]),
        ("Villagers found one of the thieves, who died in hospital, police said.",
         [("one", "killed", 1.0)]),
        ("Rescuers reached one of the miners, who was injured in the collapse.",
         [("one", "injured", 1.0)]),
        # the group no people noun: as before
        ("Police shot one of the smugglers, who later died, officials said.",
         [("one", "killed", 1.0)]),
        ("Militants stormed the post. One of the guards died in hospital, police said.",
         [("One", "killed", 1.0)]),
    ],
)
def test_the_part_takes_its_clause(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the part did, no harm
        "Police surrounded the bank. One of the robbers escaped, police said.",
        "Police shot at one of the robbers, who fled on foot.",
        # restrictive: the group is the dead, "one" a part described
        "One of the men who died was a teacher from Lorvan.",
        "Police named one of the guards who died as a father of three.",
        # a plural clause after "one": said of the whole group
        "Police questioned one of the robbers, who were later charged with theft.",
        # a noun of its own before "of": the clause stays on the men
        "The sons of the men, who died in the flood, spoke to reporters.",
        # a counted group: one of the five, no harm of its own here
        "Police questioned one of the five robbers, who had fled the city.",
        # a non-person clause
        "One of the buses, which later burned, belonged to the school.",
        # the part named: one a toll counted, the clause tells who
        "Two gunmen died in the raid. Police identified one of the gunmen, who was killed at"
        " the gate, as Omar Farooq.",
        "Three soldiers died in the blast. One of the soldiers, who was killed instantly, was"
        " named as Corporal Ben Ito.",
    ],
)
def test_no_part_harmed(nlp: Language, text: str) -> None:
    assert [c for c in _read(nlp, text) if c[0].lower() == "one"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number a singular copula says of the one is an age, no count of more of them
        ("One of the raiders, who was killed by the guards, was 19.",
         [("One", "killed", 1.0)]),
        ("One of the pupils, who was hurt in the crush, was only 12, the school said.",
         [("One", "injured", 1.0)]),
        ("The porter, who died in hospital, was 23, police said.",
         [("porter", "killed", 1.0)]),
        # a plural copula tells the toll
        ("The dead were 14, police said.", [("14", "killed", 14.0)]),
        ("The death toll was 31, officials said on Monday.", [("31", "killed", 31.0)]),
    ],
)
def test_an_age_after_the_part(
    nlp: Language, text: str, expected: list[tuple[str, str, float]]
) -> None:
    assert _read(nlp, text) == expected
