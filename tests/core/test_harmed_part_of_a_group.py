"""A part of a group counted before as the object of a harm of its own: "Troops cornered
four militants and shot dead one of them" read nothing (the parser hangs "dead" on "one" as
its adjective, so "shot" had no "dead"), and "Police surrounded five suspects and arrested
one of them" read nothing (only a killing of "one of them" counted); now killed 1 and
arrested 1, as "shot dead two of them" and "killed one of them" read (issue #11, counts).
Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Troops cornered four militants and shot dead one of them on Tuesday.",
         [(1.0, "killed")]),
        ("Police shot dead one of the robbers on the highway.", [(1.0, "killed")]),
        ("Police surrounded five suspects and arrested one of them in the raid.",
         [(1.0, "arrested")]),
        ("Gunmen stopped the bus and abducted one of them on Friday.", [(1.0, "kidnapped")]),
    ],
)
def test_the_part_harmed_is_counted(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # the group already had that harm: one of them, no more
        ("Two hostages were killed. The kidnappers beheaded one of them.", [(2.0, "killed")]),
        ("Four people were shot on Friday. A gunman wounded one of them in the leg.",
         [(4.0, "injured")]),
        ("Police arrested six men on Monday. Police arrested one of them again on Friday.",
         [(6.0, "arrested")]),
        # the group was counted dead: a wound or an abduction of one of them tells how they died
        ("Four people were killed in the market. The gunman wounded one of them before fleeing.",
         [(4.0, "killed")]),
        ("Two hostages were killed on Sunday. The militants had tortured one of them for days.",
         [(2.0, "killed")]),
        ("Three villagers were killed. The bandits had abducted one of them a week earlier.",
         [(3.0, "killed")]),
        # a part of things or animals counted before: no person
        ("The coast guard intercepted three fishing boats and detained one of them.", []),
        ("Police recovered two stolen cars on Monday and seized one of them.", []),
        ("Troops destroyed four hideouts in the valley and captured one of them.", []),
        ("Stray dogs attacked two calves in the village and injured one of them.", []),
        # no harm of its own
        ("Police arrested five suspects. Officers questioned one of them on Tuesday.",
         [(5.0, "arrested")]),
        ("Police arrested five suspects on Monday and one of them was later released.",
         [(5.0, "arrested")]),
        # read already
        ("Troops cornered four militants and shot dead two of them on Tuesday.",
         [(2.0, "killed")]),
        ("Troops cornered four militants and killed one of them on Tuesday.",
         [(1.0, "killed")]),
        # a group of people by a word of the held or of the attackers
        ("Militants seized five hostages and wounded one of them.",
         [(5.0, "kidnapped"), (1.0, "injured")]),
        ("Villagers chased three kidnappers and captured one of them.", [(1.0, "arrested")]),
        ("Police arrested four smugglers and injured one of them in the exchange of fire.",
         [(4.0, "arrested"), (1.0, "injured")]),
        # the dead are never arrested: "them" are others
        ("Gunmen killed two guards at the bank. Police later arrested one of them.",
         [(2.0, "killed"), (1.0, "arrested")]),
    ],
)
def test_other_parts_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
