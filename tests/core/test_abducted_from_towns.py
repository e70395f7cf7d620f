"""The town people were abducted "from" is where the abduction was ("Nine tribesmen were
kidnapped from Kurram", "Gunmen abducted 6 students from Kankara") (issue #11, place): NER
reads such a town as a person's or a body's name, and only an arrest's "from" took the town
back, so the figure had no place. A town the gazetteer knows, the object of "from" under a
verb of abduction, is now the scene whatever its label; a body's name, a rescue's "from", and
an arrest's keep today's reading. Sentences we wrote."""

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
        ("Nine tribesmen were kidnapped from Kurram on Monday.", 9, "Kurram"),
        ("Gunmen abducted 6 students from Kankara on Friday.", 6, "Kankara"),
        ("Three aid workers were kidnapped from Wajir, officials said.", 3, "Wajir"),
        ("Militants seized 7 soldiers from Chaman, the army said.", 7, "Chaman"),
        ("Four women were kidnapped from Jos and taken to Bauchi.", 4, "Jos"),
        ("Five children abducted from Lahore were recovered in Multan.", 5, "Lahore"),
    ],
)
def test_a_town_abducted_from_is_the_scene(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        ("Five men were kidnapped from their homes in Gwoza on Sunday.", 5, "Gwoza"),
        ("Two engineers were abducted from a site run by Descon in Kohat.", 2, "Kohat"),
        ("Police arrested 3 suspects from Kurram on Monday.", 3, "Kurram"),
        ("Troops rescued 12 hostages from Sambisa on Friday.", 12, None),
        ("Four engineers were abducted from Kohat on Sunday.", 4, "Kohat"),
    ],
)
def test_other_froms_keep_their_reading(
    nlp: Language, text: str, value: float, place: str | None
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # the abduction's own locative phrase names the scene; "from" the people's town
        (
            "Bandits kidnapped 3 traders from Zaria at a roadblock in Katsina state.",
            3,
            "Katsina state",
        ),
        ("Gunmen abducted 4 pupils from Funtua at a market in Zamfara state.", 4, "Zamfara state"),
        ("Kidnappers seized 2 farmers from Kankara at a river crossing in Sokoto.", 2, "Sokoto"),
    ],
)
def test_a_scene_told_apart_keeps_the_abduction(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]


@pytest.mark.parametrize(
    ("text", "value", "place"),
    [
        # the "from" name told as a person or a body by its appositive: no town abroad
        ("Bandits kidnapped 3 sons from Bello, a herder in Zamfara, on Friday.", 3, "Zamfara"),
        ("Gunmen abducted 2 nephews from Bello, a trader in Gusau.", 2, "Gusau"),
    ],
)
def test_a_name_told_as_no_place_is_no_town_taken_from(
    nlp: Language, text: str, value: float, place: str
) -> None:
    assert core_places(nlp, text, DAY) == [(value, place)]
