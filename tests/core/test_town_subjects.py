"""A town the parser made a second subject of a harm is no doer (issue #11, doer):
"Clashes between rival militias in the Libyan capital Tripoli killed at least 27" gave the
doer "Tripoli". A country may be one ("Russia struck Kyiv ..., killing 4"). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import report_fields

PUB = dt.date(2031, 9, 17)


def doers(text: str) -> list[object]:
    return report_fields(text, "actor", published=PUB)


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Clashes between rival militias in the Libyan capital Tripoli killed at least 27 "
         "people overnight, the health ministry said on Tuesday.", None),
        ("Fighting between two clans in the Somali town of Galkayo killed 9 people on Monday.",
         None),
        # a country is a doer as before
        ("Russia struck Kyiv with missiles overnight, killing 4 people, officials said.",
         "Russia"),
        ("Pakistan killed 12 militants in airstrikes in Afghanistan, the Taliban said.",
         "Pakistan"),
        # a capital that is its verb's only subject stands for its state, as before
        ("Moscow fired a salvo of cruise missiles at Odesa before dawn, killing 3 dock "
         "workers, the regional governor said.", "Moscow"),
        ("Ankara launched air raids on Kurdish positions in northern Syria, killing 11 "
         "fighters, the defence ministry said on Friday.", "Ankara"),
        ("Tehran executed 4 men it accused of working for a foreign spy agency, the judiciary's "
         "news outlet said.", "Tehran"),
    ],
)
def test_a_town_does_no_deed(text: str, doer: str | None) -> None:
    assert doers(text) == [doer]
