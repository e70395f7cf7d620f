"""The word that opens a lead after a dateline's dash ("JOS - Gunmen on Tuesday ...",
"MAIDUGURI – Suspected insurgents ...", "DETROIT — Masked robbers ...") is capitalised as any
sentence start is, and is no name two reports share (issue #11, grouping): two different
incidents filed under such datelines were tied by "Gunmen" or "Suspected". A hyphen inside a
name ("Al-Shabaab", "ex-Marine Carlos Ruiz"), a name of two words or a town after the dash
("ST. LOUIS - Overland police"), a name the report also writes inside a sentence, and the
word after a colon dateline keep today's reading. Reports we wrote."""

from __future__ import annotations

import pytest

from tests.core.report_factory import report_names as names
from tests.core.report_factory import reported_together as together


def borno(town: str) -> str:
    return (
        f"Insurgents kill 11 farmers in {town}\n"
        f"MAIDUGURI - Suspected insurgents on Tuesday killed 11 farmers working on their farms "
        f"in {town}, Borno State, residents said.\n"
    )


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("JOS - Gunmen on Tuesday attacked a village in Bokkos, killing nine, police said.\n",
         "gunmen"),
        ("MAIDUGURI – Suspected insurgents killed 11 farmers in Damboa on Tuesday.\n",
         "suspected"),
        ("DETROIT — Masked robbers shot a clerk at a liquor store on Tuesday, police said.\n",
         "masked"),
        ("KADUNA - Bandits abducted 14 worshippers from a church in Kajuru on Sunday.\n",
         "bandits"),
    ],
)
def test_a_word_opening_the_lead_after_a_dash_is_no_name(text: str, word: str) -> None:
    assert word not in names(text)


def test_an_opening_word_ties_no_incidents() -> None:
    assert not together(borno("Konduga"), borno("Damboa"))


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("MOGADISHU - A former Al-Shabaab commander was shot dead in Balad on Tuesday.\n",
         "al-shabaab"),
        ("A gunman, an ex-Marine named Carlos Ruiz, shot two guards in Tulsa, police said.\n",
         "ruiz"),
        ("LAGOS - Kunle Adeyemi, a trader, was shot in Ikeja on Tuesday. Police said "
         "Kunle Adeyemi died in hospital.\n", "adeyemi"),
        ("The suspect - Darnell Pryor, 31 - was held in Gary, police said.\n", "pryor"),
        ("QUETTA: Levies official Rahim Kakar said two were hurt in Pishin.\n", "kakar"),
        ("ST. LOUIS - Overland police are looking for a gunman who shot two men.\n",
         "overland"),
    ],
)
def test_names_near_a_dash_stay_names(text: str, word: str) -> None:
    assert word in names(text)


def test_one_incident_under_dash_datelines_still_groups() -> None:
    first = borno("Konduga") + "Residents named one of the dead as Modu Kachallah.\n"
    second = borno("Konduga").replace("Suspected insurgents", "Boko Haram fighters") + (
        "Modu Kachallah, a farmer, was among the dead, residents said.\n")
    assert together(first, second)
