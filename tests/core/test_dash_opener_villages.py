"""A village the gazetteer lacks that opens a lead after a dateline's dash ("SOKOTO - Tungar
residents on Monday buried ...") is left out of the report's names, as "JOS - Gunmen" is
(``report_names.dash_openers``); it still ties the report to another that names the village
inside a sentence ("in Tungar village of Gwadabawa area") (issue #11, grouping). Two reports
opening with a common word ("Gunmen", "Suspected") or naming different villages stay apart.
Reports we wrote."""

from __future__ import annotations

import pytest

from core.group.incidents import describe_report
from core.model import Document
from tests.core.report_factory import REPORT_DAY
from tests.core.report_factory import reported_together as together


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("SOKOTO - Tungar residents on Monday buried 12 people killed by bandits, a local "
         "official said.\n",
         "Bandits killed 12 people in Tungar village of Gwadabawa area on Monday, police said.\n"),
        ("MAIDUGURI - Gajiram residents on Friday said insurgents killed 7 herders overnight.\n",
         "Insurgents killed seven herders in Gajiram, in Nganzai area of Borno, on Friday, "
         "residents said.\n"),
        ("QUETTA - Kili villagers on Wednesday said a wall collapse killed 4 children.\n",
         "Four children were killed when a wall fell on them at Kili village in Pishin "
         "district on Wednesday.\n"),
        ("JOS - Ropp residents on Thursday buried 8 people killed by gunmen.\n",
         "Gunmen killed 8 people in Ropp, Barkin Ladi Local Government Area of Plateau State, "
         "on Thursday, police said.\n"),
        ("KADUNA - Maraban residents said gunmen abducted 22 travellers on Sunday.\n",
         "Gunmen abducted 22 travellers on a highway near Maraban village of Kachia on "
         "Sunday.\n"),
    ],
)
def test_a_village_opening_the_lead_ties_reports_naming_it(first: str, second: str) -> None:
    assert together(first, second)
    assert together(second, first)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("JOS - Gunmen on Tuesday killed 9 people in Bokkos, police said.\n",
         "JOS - Gunmen on Tuesday killed 9 people in Mangu, police said.\n"),
        ("SOKOTO - Tungar residents on Monday buried 12 people killed by bandits, a local "
         "official said.\n",
         "Bandits killed 12 people in Kebbe village of Tangaza area on Monday, police said.\n"),
        ("KADUNA - Bandits on Sunday abducted 30 worshippers from a church in Kajuru.\n",
         "Bandits abducted 12 pupils from a school in Zaria on Sunday, police said.\n"),
        ("PESHAWAR - Police on Tuesday arrested 6 suspects in Mardan.\n",
         "Six suspects were arrested by Police in Kohat on Tuesday, officials said.\n"),
        ("MAIDUGURI - Suspected insurgents on Friday killed 7 herders in Gajiram.\n",
         "Suspected insurgents killed 5 fishermen in Baga on Friday, residents said.\n"),
        ("QUETTA - Kili villagers on Wednesday said a wall collapse killed 4 children.\n",
         "Four children were killed when a wall fell on them at Gulistan village in Killa "
         "Abdullah district on Wednesday.\n"),
    ],
)
def test_an_opening_word_alone_ties_no_incidents(first: str, second: str) -> None:
    assert not together(first, second)


def test_the_opening_village_is_still_no_name_of_its_own() -> None:
    report = describe_report(Document(
        id="d1", text="SOKOTO - Tungar residents on Monday buried 12 people killed by bandits.\n",
        published=REPORT_DAY))
    assert "tungar" not in report.names
    assert "tungar" in report.openers
