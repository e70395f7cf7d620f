"""A lone word of a person's full name the text gives is no place where a person stands
("shots at Lopez" after "Maria Lopez"), but is the town after "in" ("in Warren" in a story
on a James Warren). Sentences written for the classes of issue #11, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims, report_places

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Maria Lopez was hurt in Waco on Sunday. "
            "The robbers fired several shots at Lopez, who was hit seven times.",
            "Waco",
        ),
        (
            "Officer Dan Hale was wounded in Tyler on Monday. "
            "The gunman fired six shots at Hale before he fled.",
            "Tyler",
        ),
        # after "in", the town, though a person bears its name
        (
            "James Warren was arrested on Friday. Two men were shot in Warren on Thursday.",
            "Warren",
        ),
        # a first and last name listed with persons is a person's (the recogniser may call
        # it a town); the town after "in" stays
        (
            "A man was shot in Tyler on Monday. Two others, Jon Rook and Nijia Ward, were "
            "wounded.",
            "Tyler",
        ),
        (
            "Two men, Jon Rook and Nijia Ward, were wounded in Warren on Thursday.",
            "Warren",
        ),
    ],
)
def test_a_persons_name_is_no_place(nlp: Language, text: str, place: str) -> None:
    assert read_claims(nlp, text, None)[-1].location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a given name that is also a country: the one wounded, or set off with an age
        (
            "A man was killed in a shooting late Friday, police said. "
            "Jordan, 20, was shot in the back and died at the scene.",
            None,
        ),
        (
            "Two men were wounded in a shooting on Saturday, police said. "
            "Chad was shot twice in the leg, said Sgt. Ivo Marsh.",
            None,
        ),
        # the name beside a person's noun, or after a person's title, speaks as a person
        (
            "Four farmers were killed in a dispute over cattle on Monday. "
            "Israel, the uncle of one of the dead, said two more were wounded.",
            None,
        ),
        (
            "Five guards were hurt when the wall fell on Tuesday, Mr. Jordan told reporters.",
            None,
        ),
        # given names among the casualties, the second a conjunct of the first
        (
            "Two people were killed when gunmen fired on a bus, officials said. "
            "Florence and Victoria were among the wounded.",
            None,
        ),
        # negative: the country a quake struck, the country beside a party's noun
        (
            "Jordan was hit by a strong quake on Monday, killing four people.",
            "Jordan",
        ),
        (
            "Three soldiers were killed on Sunday in Chad, a member of the African Union.",
            "Chad",
        ),
        (
            "Two people were killed when gunmen fired on a bus in Victoria on Sunday. "
            "Victoria and Geelong were among the towns on alert.",
            "Victoria",
        ),
    ],
)
def test_a_name_in_a_persons_role_is_no_place(
    nlp: Language, text: str, place: str | None
) -> None:
    assert read_claims(nlp, text, None)[-1].location == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the full name in one paragraph, the surname alone where a place may stand in the next
        (
            "Two hurt in robbery\n\nMaria Lopez was shot during a robbery at her home on "
            "Monday, police said.\n\nThe robbers fired several shots at Lopez before they "
            "fled, and one of the bullets hit her son, who was wounded.",
            None,
        ),
        # negative: after "in", the town, whoever bears its name in another paragraph
        (
            "Two hurt in shooting\n\nJames Warren was arrested on Friday.\n\nTwo men were "
            "shot in Warren on Thursday, police said.",
            "Warren",
        ),
    ],
)
def test_a_full_name_told_in_another_paragraph(text: str, place: str | None) -> None:
    assert report_places(text)[-1] == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the group named before an attack's noun struck; it stands nowhere
        ("Nine people were killed in an Al-Shabab attack on Monday, police said.", None),
        ("Four soldiers died in a Maoist ambush on Monday.", None),
        ("Three guards were killed in a Taliban raid on Monday.", None),
        # near misses: a town before the noun, and a group beside the town
        ("Two people died in a Karachi cylinder blast on Monday.", "Karachi"),
        ("Nine were killed in an ISIS attack in Mosul on Monday.", "Mosul"),
    ],
)
def test_a_group_before_an_attack_is_no_place(
    nlp: Language, text: str, place: str | None
) -> None:
    assert {c.location for c in read_claims(nlp, text, None)} == {place}


@pytest.mark.parametrize(
    "text",
    [
        "Nine civilians were killed, according to the UN Office for the Coordination of "
        "Relief Work (OCRW).",
        "Twelve people died in the floods, the UN Office for Disaster Relief said.",
    ],
)
def test_a_bodys_initials_before_its_office_are_no_town(nlp: Language, text: str) -> None:
    # "UN" of "the UN Office": the gazetteer knows a village Un
    assert {c.location for c in read_claims(nlp, text, None)} == {None}
