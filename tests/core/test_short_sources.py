"""A source called again by a shorter name: its initials ("KHP said" after "the Kelmor Highway
Patrol said", "the FPO" after "the state Fiscal Prosecutor's Office (FPO)"), "the official"
after "an official in X", "the brigade" after a brigade a statement named. The figures are the
source's under the name the report introduced. Names, places and sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 9)


def sources(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.number_text: c.attribution for c in result.claims if c.is_core}


def test_initials_spelt_by_a_name_before() -> None:
    text = (
        "A driver fleeing troopers crashed into a van on the interstate late Tuesday, the "
        "Kelmor Highway Patrol said Wednesday.\n\nKHP said four people died and three others "
        "were hurt in the crash."
    )
    found = sources(text)
    assert (found["four"] or "").endswith("Kelmor Highway Patrol (KHP)")
    assert (found["three"] or "").endswith("Kelmor Highway Patrol (KHP)")


def test_a_name_cut_to_the_heads_of_its_words() -> None:
    text = (
        "Troops killed 12 rebels in the hills of Velmar from January to March, the navy's "
        "Northern Tarvos Command said on Monday.\n\nAnother 30 rebels were arrested in "
        "the quarter, according to NorTarCom's report."
    )
    assert sources(text)["30"] == "the navy's Northern Tarvos Command (NorTarCom)"


def test_a_cut_name_no_name_spells_stays() -> None:
    text = (
        "Troops killed 12 rebels in the hills of Velmar from January to March, the navy's "
        "Northern Tarvos Command said on Monday.\n\nAnother 30 rebels were arrested in "
        "the quarter, according to SouKelCom's report."
    )
    assert sources(text)["30"] == "SouKelCom"


def test_initials_given_in_brackets() -> None:
    text = (
        "The number of people killed in the attack on a bar in Velmar has risen to 14, the "
        "state Fiscal Prosecutor's Office (FPO) said on Monday.\n\nAccording to the FPO, "
        "gunmen entered the bar and fired at the people inside. Ten people died at the scene."
    )
    assert (sources(text)["Ten"] or "").endswith("state Fiscal Prosecutor's Office (FPO)")


def test_initials_no_name_spells_stay() -> None:
    text = (
        "Gunmen attacked a checkpoint in Velmar on Monday, the army said.\n\nThe KPF said "
        "four attackers were killed."
    )
    assert sources(text)["four"] == "The KPF"


def test_the_official_after_an_official() -> None:
    text = (
        "Six people were wounded in a grenade attack on a market in Velmar on Friday, a "
        "health official in the province told reporters.\n\nThe official, who asked not to be "
        "named, said two of the wounded died overnight in hospital."
    )
    assert (sources(text)["two"] or "").startswith("a health official")


def test_the_official_after_a_named_official_stays() -> None:
    text = (
        "Two men were shot dead in Kelmor on Thursday, district official Ravi Kant said. "
        "Four people were later detained, the official said."
    )
    assert sources(text)["Four"] != "district official Ravi Kant"


def test_a_body_by_its_kind() -> None:
    text = (
        "The rebels were killed in a clash on Thursday with troops in a hill village of "
        "Velmar, according to the Army's 9th Mountain Brigade.\n\nThe two arrested suspects "
        "were caught on Friday morning at a checkpoint in Kelmor, the brigade said."
    )
    assert "9th Mountain Brigade" in (sources(text)["two"] or "")


def test_initials_of_a_body_are_no_person_of_it() -> None:
    text = (
        "Four aid workers were killed in an air strike on a convoy near Velmar, a Kelmor "
        "Relief official said.\n\nThe KR said two trucks were destroyed and three drivers were "
        "wounded."
    )
    assert sources(text)["three"] != "a Kelmor Relief official"


def test_a_part_of_them_is_no_source() -> None:
    text = (
        "About 40 wounded were evacuated to the district hospital in Velmar, some of them by "
        "helicopter, a health worker in Velmar told us."
    )
    assert sources(text)["About 40"] == "a health worker in Velmar"


def test_a_body_by_its_capitalised_head() -> None:
    text = (
        "The Kelmor Commission for Civilian Protection, a Velmar-based monitor, said a car "
        "bomb went off near a market on Monday. Three civilians were killed in the blast, the "
        "Commission said.\n\nThe Commission has recorded at least 60 attacks in the province "
        "since January."
    )
    found = sources(text)
    assert (found["Three"] or "").startswith("Kelmor Commission")
    assert (found["at least 60"] or "").startswith("Kelmor Commission")


def test_a_capitalised_head_no_name_holds_stays() -> None:
    text = (
        "Gunmen attacked a bus near Velmar on Monday, Kelmor police said.\n\nFour passengers "
        "were killed, the Commission said."
    )
    assert sources(text)["Four"] == "the Commission"
