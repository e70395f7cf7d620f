"""Forces named by their men are doers (issue #11, actor): "Rangers arrested four alleged
target killers in Lyari" had no doer, nor "Commandos killed five terrorists", "Paramilitaries
shot dead three protesters": rangers, commandos, jawans and paramilitaries were no words of
a doer (measures.json agent_nouns), as soldiers and troops are. As victims they are counted
as before. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def doers(text: str) -> list[object]:
    return report_fields(text, "measure", "value", "actor", published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KARACHI: Rangers arrested four alleged extortionists during a raid in Lyari on"
         " Friday, a spokesperson said.", [("arrested", 4.0, "Rangers")]),
        ("Rangers detained two suspects in Orangi Town on Monday.",
         [("arrested", 2.0, "Rangers")]),
        ("Commandos killed five terrorists in a raid in North Waziristan, the army said.",
         [("killed", 5.0, "Commandos")]),
        ("Paramilitaries shot dead three protesters in Kashmir on Monday.",
         [("killed", 3.0, "Paramilitaries")]),
        # as victims, as before
        ("Three jawans were killed in an IED blast in Sukma on Monday.",
         [("killed", 3.0, None)]),
        ("Two commandos were injured in the operation, the army said.",
         [("injured", 2.0, None)]),
        ("Two Rangers personnel were martyred in an attack in Karachi on Sunday.",
         [("killed", 2.0, None)]),
        ("Park rangers found two bodies in a forest near Nakuru on Monday.",
         [("killed", 2.0, None)]),
    ],
)
def test_forces_named_by_their_men(text: str, expected: list[object]) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one ranger harmed is a victim, as a jawan or a constable is (review)
        ("A forest ranger was killed by poachers in Kaziranga on Sunday.",
         [("killed", 1.0, None)]),
        ("Poachers shot dead a ranger in Garamba National Park, officials said.",
         [("killed", 1.0, None)]),
        ("A ranger was injured when a leopard attacked him near Pune on Monday.",
         [("injured", 1.0, None)]),
        ("Gunmen killed a wildlife ranger and his son near Tsavo on Friday.",
         [("killed", 2.0, "Gunmen")]),
        ("A jawan was martyred in an IED blast in Sukma on Monday.", [("killed", 1.0, None)]),
    ],
)
def test_one_ranger_harmed_is_a_victim(text: str, expected: list[object]) -> None:
    assert doers(text) == expected
