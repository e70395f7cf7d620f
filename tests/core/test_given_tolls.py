"""Issue #11, who gives a figure in South Asian and wire copy: a source that "gave a lower
toll of" figures, reports "quoting" officials, a description whose name the parser hung on
its place ("the police spokesman in Kharan, Ann Roe,"), "the doctor" or "the Army officer"
said again of a named doctor or officer, a headline's "...: minister" the minister the
report names, and a place that "recorded" figures (where, not who). Each text runs through
the whole pipeline (claims and statements). Sentences we wrote; positive and negative
cases."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 6)

# (text, [(value, measure, attribution)]) for every core figure of the text
ATTRIBUTED: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    (
        "A district official in Kharan, who requested anonymity, gave a lower toll of four "
        "dead and six wounded.",
        [
            (4, "killed", "A district official in Kharan"),
            (6, "injured", "A district official in Kharan"),
        ],
    ),
    (
        "The provincial health minister gave a higher figure of 11 killed.",
        [(11, "killed", "The provincial health minister")],
    ),
    (
        "The district police spokesman in Kharan, Bashir Ahmed Khan, gave a lower toll of five "
        "dead and nine wounded.",
        [(5, "killed", "district police spokesman Bashir Ahmed Khan"),
         (9, "injured", "district police spokesman Bashir Ahmed Khan")],
    ),
    (
        "The police spokesman in Kharan, Bashir Ahmed Khan, said five people were killed.",
        [(5, "killed", "police spokesman Bashir Ahmed Khan")],
    ),
    (
        "Initial reports quoting police officials had put the number of people killed at four.",
        [(4, "killed", "police officials")],
    ),
    (
        "Dr Sana Malik, the medical superintendent of the hospital, said two of the injured "
        "died on the way. The doctor said that nine others were in stable condition.",
        [(2, "killed", "Dr Sana Malik"), (9, "injured", "doctor Sana Malik")],
    ),
    (
        "Bombings have grown common in the hills since 2020. The country recorded more than "
        "700 militant attacks in the first eleven months of the year, in which at least 900 "
        "people were killed, most of them members of the police force, according to the "
        "Institute for Peace Studies, a Lahore-based research group.",
        [
            (700, "attacks", "the Institute for Peace Studies"),
            (900, "killed", "the Institute for Peace Studies"),
        ],
    ),
    (
        "Balochistan registered 45 attacks in March, in which 60 people died, most of them "
        "labourers, according to the Institute for Peace Studies.",
        [
            (45, "attacks", "the Institute for Peace Studies"),
            (60, "killed", "the Institute for Peace Studies"),
        ],
    ),
    # a region the gazetteer knows, or a compass part of the country, is where, not who
    (
        "Mindanao recorded 14 bomb attacks in 2030.",
        [(14, "attacks", None)],
    ),
    (
        "Kurram recorded 14 bomb attacks in 2030.",
        [(14, "attacks", None)],
    ),
    (
        "Bannu recorded 9 bomb attacks in 2030.",
        [(9, "attacks", None)],
    ),
    (
        "The northeast recorded 40 attacks last year, the highest of any part of the country.",
        [(40, "attacks", None)],
    ),
    (
        "The northeast recorded 40 attacks last year, according to the Institute for Peace "
        "Studies.",
        [(40, "attacks", "the Institute for Peace Studies")],
    ),
    # a rank says who "the Army officer" or "the officer" said again is
    (
        "Brigadier Tariq Aziz, commander of the brigade, said five militants were killed. The "
        "officer said that 12 others were arrested.",
        [(5, "killed", "Brigadier Tariq Aziz"), (12, "arrested", "officer Tariq Aziz")],
    ),
    (
        "Colonel Usman Ghani told reporters that seven raiders were killed. The military "
        "officer added that two soldiers were injured.",
        [(7, "killed", "Colonel Usman Ghani"), (2, "injured", "military officer Usman Ghani")],
    ),
    (
        "Maryam Rafiq, a shopkeeper, said six people were killed. The officer said that four "
        "others were injured.",
        [(6, "killed", "Maryam Rafiq"), (4, "injured", "The officer")],
    ),
    # a headline's bare role is the person of that role the report names
    (
        "Two hostages freed near Panjgur: minister\n\nQUETTA: Balochistan Home Minister Ali "
        "Akbar Rind said on Saturday that two hostages had been freed.",
        [
            (2, "kidnapped", "Ali Akbar Rind"),
            (2, "kidnapped", "Balochistan Home Minister Ali Akbar Rind"),
        ],
    ),
    (
        "Four held over lynching: police chief\n\nLAHORE: Capital City Police Officer Bilal "
        "Siddique said four suspects had been arrested.",
        [
            (4, "arrested", "police chief"),
            (4, "arrested", "Capital City Police Officer Bilal Siddique"),
        ],
    ),
    (
        "14 detained in raids: police\n\nLAHORE: Police spokesman Ali Raza said 14 suspects "
        "were detained.",
        [(14, "arrested", "police"), (14, "arrested", "Police spokesman Ali Raza")],
    ),
    # a source that records or gives a figure as its own stays the source
    (
        "The hospital recorded 14 deaths from the heatwave this week.",
        [(14, "killed", "The hospital")],
    ),
    (
        "The provincial monitoring cell recorded 14 attacks in 2030.",
        [(14, "attacks", "The provincial monitoring cell")],
    ),
    (
        "Officials recorded 14 bomb attacks in 2030.",
        [(14, "attacks", "Officials")],
    ),
    (
        "Police gave details of the raid and said 12 suspects were arrested.",
        [(12, "arrested", "Police")],
    ),
    (
        "The minister gave a figure of 30 for the injured but said 7 were killed.",
        [(7, "killed", "The minister")],
    ),
]


@pytest.fixture(scope="module")
def attributed() -> dict[str, list[Claim]]:
    return core_claims_by_text([text for text, _ in ATTRIBUTED], PUB)


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_attribution(
    attributed: dict[str, list[Claim]],
    text: str,
    expected: list[tuple[float, str, str | None]],
) -> None:
    found = [(c.value, c.measure, c.attribution) for c in attributed[text]]
    assert found == expected
