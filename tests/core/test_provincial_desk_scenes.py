"""Issue #11, grouping: a provincial desk files its province's stories under its own dateline
("PESHAWAR: Militants attacked a police station in Dera Ismail Khan"): the report's incident is
placed in the town of the desk's province its lead sentence places the deed in ("in", "near",
"at": rules/places.json desk_scene_words), not the desk's town (lead_places._scene_of_the_deed).
A town named otherwise (a man's home town, a resident's, where the dead or hurt were taken or
where words were said), in a later sentence, or of another province, and a lead that names the
desk's town again, keep the dateline. Sentences we wrote."""

from __future__ import annotations

import pytest

from core.group.incidents import describe_report
from core.model import Document
from tests.core.report_factory import REPORT_DAY


def report_place(text: str) -> str | None:
    place = describe_report(Document(id="d1", text=text, published=REPORT_DAY)).place
    return place.name if place else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PESHAWAR: Militants attacked a police station in Dera Ismail Khan on Sunday night, "
         "killing four policemen, officials said.", "Dera Ismail Khan"),
        ("QUETTA: Five labourers were shot dead when armed men attacked a construction site in "
         "Turbat on Monday, officials said.", "Turbat"),
        ("PESHAWAR: A bomb exploded near a mosque in Bannu on Friday, killing three "
         "worshippers, police said.", "Bannu"),
        ("LAHORE: Two men were killed when gunmen opened fire at a tea stall in Multan on "
         "Monday, police said.", "Multan"),
    ],
)
def test_the_deed_s_town_places_the_incident(text: str, expected: str) -> None:
    assert report_place(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a man's home town, a resident's: no deed placed there
        "PESHAWAR: A Charsadda man was shot dead by unidentified gunmen on Sunday, police said.",
        "PESHAWAR: Police arrested a resident of Mardan after two men were shot dead on "
        "Sunday, officials said.",
        # the desk's town named again
        "PESHAWAR: Two men from Bannu were shot dead in Peshawar on Sunday, police said.",
        # the town named in a later sentence only
        "PESHAWAR: Two policemen were shot dead on Sunday, officials said. The gunmen fled "
        "towards Bannu, they said.",
        # a town of another province
        "LAHORE: Two men were killed when gunmen opened fire at a tea stall in Quetta on "
        "Monday, police said.",
        # the town only where the dead or hurt were taken, or where words were said
        "PESHAWAR: The body of a shopkeeper shot dead by robbers was taken to a hospital in "
        "Mardan on Sunday, police said.",
        "PESHAWAR: Six people hurt when a gas cylinder exploded were shifted to a hospital in "
        "Charsadda on Sunday, rescue officials said.",
        "PESHAWAR: Speaking at a rally in Swabi on Sunday, the provincial minister condemned "
        "the killing of two teachers.",
    ],
)
def test_other_leads_keep_the_dateline(text: str) -> None:
    assert report_place(text) in {"Peshawar", "Lahore"}
