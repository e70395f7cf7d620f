"""A place whose name holds a numeral is read whole (issue #11, places): a district the
gazetteer knows with its numeral ("South 24 Parganas", which the parser tears into "South"
and a PERSON "Parganas"), and a town's numbered part written after its locality
("Latifabad Unit 7", "North Karachi Sector 11-B"), filed as the part of the locality
("Unit 7, Latifabad") as "Sector 11-B of North Karachi" is. The numeral is nobody's count
and the sentence's count and source stay right. A numbered part of a body ("Cell Block 7",
"Ward 5 of the Civil Hospital"), a count after a place and a name with no numeral keep
today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PUBLISHED = dt.date(2031, 6, 4)


def _read(text: str) -> list[tuple[str, str | None, str | None]]:
    result = run_texts(text, published=PUBLISHED)
    return [(c.number_text, c.location, c.attribution) for c in result.claims if c.is_core]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in South 24 Parganas said 3 people were killed in a clash on Monday.",
         [("3", "South 24 Parganas", "Police in South 24 Parganas")]),
        ("Four people were hurt when a wall fell in South 24 Parganas on Sunday, officials said.",
         [("Four", "South 24 Parganas", "officials")]),
        ("Three people were injured in Latifabad Unit 7 on Monday, police said.",
         [("Three", "Unit 7, Latifabad", "police")]),
        ("A shopkeeper was killed in Gulshan-e-Iqbal Block 13-D on Tuesday, police said.",
         [("A shopkeeper", "Block 13-D, Gulshan-e-Iqbal", "police")]),
        ("Two guards were shot dead in North Karachi Sector 11-B on Tuesday, police said.",
         [("Two", "Sector 11-B, North Karachi", "police")]),
    ],
)
def test_a_name_with_a_numeral_is_the_place(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two inmates were injured in Cell Block 7 on Monday, prison officials said.",
         [("Two", None, "prison officials")]),
        ("Two nurses were hurt in Ward 5 of the Civil Hospital on Monday, officials said.",
         [("Two", None, "officials")]),
        ("Five people died in a fire in North 24 Parganas district on Sunday, rescuers said.",
         [("Five", "North 24 Parganas district", "rescuers")]),
        ("Police in Kohat said 24 Afghans were arrested on Monday.",
         [("24", "Kohat", "Police in Kohat")]),
        ("Police said 3 people were killed in South Delhi on Monday.",
         [("3", "South Delhi", "Police")]),
        ("Two soldiers of Unit 7 were wounded in Kupwara on Monday, the army said.",
         [("Two", "Kupwara", "the army")]),
        ("Two men were shot dead in Sector G-9 on Friday, police said.",
         [("Two", "Sector G-9", "police")]),
        # a numbered part "of" a body whose possessive the parser joins on its owner
        ("FRESNO: Two inmates were stabbed in Unit 7 of the Men's Central Jail, deputies said.",
         [("Two", "Fresno", "deputies")]),
        ("BOSTON: Three patients died in Unit 6 of St. Mary's Hospital, officials said.",
         [("Three", "Boston", "officials")]),
        ("The blast in Peshawar killed 12 Shia worshippers on Friday, police said.",
         [("12", "Peshawar", "police")]),
    ],
)
def test_near_misses_keep_their_reading(
    text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(text) == expected
