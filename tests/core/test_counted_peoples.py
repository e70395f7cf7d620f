"""People counted by their people's word (issue #11, counts): "troops shot dead three
Palestinians", "soldiers shot two Syrians" count three dead and two hurt, as "shot dead two
policemen" does, though the parser hangs "dead" on the people's word; the people alone
("Palestinians") and things shot ("rubber bullets", "two drones") count no one. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2030, 3, 4)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israeli troops shot dead three Palestinians in the West Bank on Sunday, the ministry "
         "said.", [("killed", 3.0)]),
        ("Troops shot dead two Afghans near the border post on Sunday.", [("killed", 2.0)]),
        ("Soldiers shot dead four Syrians trying to cross the frontier on Sunday.",
         [("killed", 4.0)]),
        ("Police shot dead two Iraqis at a checkpoint in Basra on Sunday.", [("killed", 2.0)]),
        ("Border guards shot two Syrians near the crossing on Sunday, officials said.",
         [("injured", 2.0)]),
    ],
)
def test_a_peoples_word_counted_by_a_numeral_names_people(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, DAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people by their kind, things shot, the people as a whole, a people's word as a modifier
        ("Troops shot dead two policemen in the town on Sunday.", [("killed", 2.0)]),
        ("Troops shot dead three Palestinian men in the West Bank on Sunday.", [("killed", 3.0)]),
        ("Troops shot 40 rubber bullets at the crowd on Sunday.", []),
        ("Gunners shot down two Syrian drones near the border on Sunday.", []),
        ("Troops shot at Palestinians throwing stones on Sunday, wounding five.",
         [("injured", 5.0)]),
    ],
)
def test_near_misses_stay(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert counted_figures(nlp, text, DAY) == expected
