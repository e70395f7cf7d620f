"""A desk filing from a district's town whose lead puts the incident in a village of that
district ("the village of Y in X district"): the figures that name no place of their own are
the village's, written with its district, whether or not the report names its country (the
dateline's town is then written with it, "X, Country"). The reports are invented; the towns
are real or made up."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.home_units import lead_unit
from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 6)

REPORT = (
    "Five civilians killed in raid on Ansongo village\n\n"
    "Ansongo, 6 May 2031 (Lusa) — Five civilians were killed and two women were abducted "
    "when gunmen raided the village of Kounsare in {district}, Gao region, on Sunday, local "
    "sources told Lusa.\n\n"
    '"They shot five men in the market and took two girls with them," a village elder '
    "said.\n\n"
    "Soldiers reached the village on Monday, residents said.\n\n"
    "About 300 families have fled their homes since Sunday, the district administration "
    "said.\n\n"
    "The insurgency in Gao region, which began in 2012, has killed thousands of people in "
    "Mali.\n\n"
    "Burkina Faso has had troops deployed along the border since 2021.\n"
)


def place_of(text: str, number: str) -> str | None:
    doc = from_text(text, doc_id="d0", path="0.txt", published=PUB)
    return next(c.location for c in run_documents([doc]).claims if c.number_text == number)


def test_a_figure_naming_no_place_is_the_leads_village_of_the_datelines_district() -> None:
    text = REPORT.format(district="Ansongo district")
    assert place_of(text, "About 300") == "Kounsare, Ansongo district"


@pytest.mark.parametrize(
    ("found", "home", "unit"),
    [
        # the dateline's town written with the report's country holds its district's village
        ("Kounsare, Ansongo district", "Ansongo, Mali", "Kounsare, Ansongo district"),
        ("Kounsare, Ansongo district", "Ansongo", "Kounsare, Ansongo district"),
        # a village of another district is no unit within the town
        ("Kounsare, Ménaka district", "Ansongo, Mali", None),
        # a town written with a province, not a country, is read as written
        ("Kounsare, Ansongo district", "Ansongo, Gao region", None),
    ],
)
def test_the_leads_unit_within_the_reports_town(
    nlp: Language, found: str, home: str, unit: str | None
) -> None:
    word = nlp(found)[0]  # the token is the mention's; the unit is read from its name
    assert lead_unit([(word, found)], home) == unit
