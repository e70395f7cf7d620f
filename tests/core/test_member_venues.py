"""The venue the counted people belong to, told in the subject ("two teachers at a school in
Quetta were shot dead in Mastung"), is no scene when the verb names its own place (issue #11,
place): the subject's "at" was read as the figure's own place ("nine were in X, seven in
Y"). A venue with no other place beside it, the object's venue ("killed four students at a
school"), a place where words were said, and a destination ("taken to Afghanistan") keep
today's reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_places

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 6, 4)


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Two teachers at a school in Quetta were shot dead in Mastung.", 2, "Mastung"),
        ("Four workers at Adiala Jail in Rawalpindi were injured in a crash in Islamabad.", 4,
         "Islamabad"),
    ],
)
def test_the_verbs_place_is_the_scene(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Gunmen killed 4 students at a school in Peshawar, police in Islamabad said.", 4,
         "Peshawar"),
        ("Three workers at a factory in Lahore were injured, officials in Islamabad said.", 3,
         "Lahore"),
        ("Two students at a school in Quetta were injured when a wall collapsed.", 2, "Quetta"),
        ("Four staff at the embassy in Kabul were killed in a blast.", 4, "Kabul"),
        ("Nine workers at a mine in Harnai were killed in a methane explosion in the mine.", 9,
         "Harnai"),
        ("Five employees at a bank in Lahore were abducted by robbers from Gujranwala.", 5,
         "Lahore"),
        # a destination is no scene of the verb's
        ("Three workers at a mine in Chitral were kidnapped and taken to Afghanistan, "
         "officials said.", 3, "Chitral"),
        ("Two employees at a bank in Zahedan were abducted and taken to Pakistan on Monday.",
         2, "Zahedan"),
        ("Four students at a university in Gaza were detained and taken to Israel, the "
         "ministry said.", 4, "Gaza"),
        ("Six workers at a farm in Zamfara were kidnapped and taken to Niger, residents said.",
         6, "Zamfara"),
    ],
)
def test_a_venue_with_no_other_scene_keeps_its_reading(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]
