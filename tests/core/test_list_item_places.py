"""A figure of a list with its own place ("nine were in X, seven in Y and four in Z") was
counted in that place, whatever place the verb it borrows names; a region of several
provinces the lead names (Darfur, Kashmir) is what a report filed from a town inside it
tells of, not the bureau's town. The reports are invented; the places are real."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 4, 8)


def places_of(text: str) -> dict[str, set[str | None]]:
    doc = from_text(text, doc_id="d0", path="0.txt", published=PUB)
    out: dict[str, set[str | None]] = {}
    for claim in run_documents([doc]).claims:
        out.setdefault(claim.number_text, set()).add(claim.location)
    return out


BREAKDOWN = (
    "Army says 31 militants killed in eastern provinces in first quarter\n\n"
    "JALALABAD: Security forces killed 31 militants between January and March, "
    "the army's eastern corps said on Monday.\n\n"
    "Among the dead, nine were in Kunar, seven in Nangarhar, four in Khost and three in "
    "Paktia, the corps said.\n"
)


def test_every_item_of_a_breakdown_keeps_its_own_province() -> None:
    found = places_of(BREAKDOWN)
    assert found["nine"] == {"Kunar"}
    assert found["seven"] == {"Nangarhar"}
    assert found["four"] == {"Khost"}
    assert found["three"] == {"Paktia"}


def test_a_part_whose_own_phrase_names_no_place_keeps_the_verbs() -> None:
    found = places_of(BREAKDOWN.replace("seven in Nangarhar,", "including seven in uniform,"))
    assert found["nine"] == {"Kunar"}
    assert found["seven"] == {"Kunar"}


QUARTER = (
    "Army counts 140 rebel surrenders, 36 arrests in first quarter\n\n"
    "NYALA (Southwire / 08 April) — Some 140 rebel fighters surrendered to troops in "
    "{area} between January and March, the army's regional command said Tuesday.\n\n"
    "Another 36 rebels were arrested and 15 were killed in 21 clashes, according to the "
    "command's quarterly report.\n"
)


def test_a_region_holding_the_bureau_is_the_reports_place() -> None:
    found = places_of(QUARTER.format(area="eastern Darfur"))
    # the region cut by its compass word as the text writes it, as a country's is
    assert found["36"] == {"eastern Darfur"}
    assert "Nyala" not in str(found)


def test_the_bureaus_own_town_in_the_lead_stays_the_reports_place() -> None:
    found = places_of(QUARTER.format(area="the city's outlying villages"))
    assert "Darfur" not in str(found)
    assert found["36"] <= {"Nyala", "Nyala, Sudan"}
