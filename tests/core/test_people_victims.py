"""A people's word as the noun of one victim ("A Palestinian was killed", "troops shot dead
an Israeli", "killed a Lebanese", a headline's "Syrian killed by landmine") counts one
(issue #11, counts). The word before a noun ("an Israeli strike killed two", "a Syrian
official said"), a people named in the plural ("Palestinians were killed") and a source
stay as they were. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Palestinian was killed by Israeli fire near Jenin on Sunday, medics said.",
            [("A Palestinian", "killed")],
        ),
        (
            "Israeli troops shot dead a Palestinian near Jenin on Sunday, medics said.",
            [("a Palestinian", "killed")],
        ),
        (
            "Israeli troops killed a 17-year-old Palestinian near Jenin on Sunday.",
            [("a 17-year-old Palestinian", "killed")],
        ),
        (
            "An Israeli was killed and three others were wounded in a stabbing near Ariel.",
            [("An Israeli", "killed"), ("three", "injured")],
        ),
        (
            "A drone strike killed a Lebanese in the village of Aita on Sunday.",
            [("a Lebanese", "killed")],
        ),
        (
            "A Syrian was wounded by a mine near Homs on Sunday, rescuers said.",
            [("A Syrian", "injured")],
        ),
        (
            "Syrian killed by landmine near Homs\n\nA mine went off on Sunday, rescuers said.",
            [("Syrian", "killed")],
        ),
        (
            "Ukrainian killed in Russian drone attack on Sumy\n\nThe attack came on Sunday, "
            "officials said.",
            [("Ukrainian", "killed")],
        ),
        (
            "A Palestinian and an Israeli were killed in a clash near Ariel on Sunday.",
            [("A Palestinian and an Israeli", "killed")],
        ),
    ],
)
def test_one_of_a_people_counts_one(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An Israeli strike killed two in the village of Aita on Sunday.", [("two", "killed")]),
        ("A Syrian official said the mine went off near Homs on Sunday.", []),
        ("Palestinians were killed near Jenin on Sunday, medics said.", []),
        (
            "Two Palestinians were shot dead near Jenin on Sunday, a Palestinian official said.",
            [("Two", "killed")],
        ),
        ("A Palestinian told reporters that troops fired on the crowd on Sunday.", []),
        ("Palestinians killed in raid on Jenin\n\nThe raid began at dawn, medics said.", []),
        # a people's word whose plural is itself may be many
        ("Chinese killed in attack on Karachi\n\nGunmen fired on a van, police said.", []),
        (
            "Israeli strikes kill 12 in Gaza\n\nThe strikes hit homes on Sunday, medics said.",
            [("12", "killed")],
        ),
        (
            "Gunmen killed at least five Chinese engineers and a Pakistani on Sunday.",
            [("at least five", "killed")],
        ),
    ],
)
def test_a_peoples_word_that_names_no_victim(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected
