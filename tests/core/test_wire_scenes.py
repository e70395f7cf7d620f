"""A wire's lead that files its toll under the bureau's town, named only in its dateline
("KABUL (AFP) - The death toll from Friday's attack on a mosque rose to 12"), gives way to the
place a later sentence tells the attack happened at ("The bomber blew himself up at the
mosque in X district"), a place the gazetteer knows (issue #11, place). Sentences invented;
districts real."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 10)


def places_of(text: str) -> set[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return {c.location for c in result.claims if c.measure != "other"}


def test_a_wires_toll_goes_to_the_scene_told_after() -> None:
    text = (
        "Toll rises to nine\n\n"
        "KABUL (AFP) - The death toll from Friday's suicide bombing at a market rose to nine "
        "on Saturday, officials said.\n"
        "The bomber blew himself up among shoppers in the Surkh Rod district of Nangarhar "
        "province, a police spokesman said."
    )
    assert places_of(text) == {"Surkh Rod district, Nangarhar province"}


def test_a_lead_that_names_the_bureaus_town_keeps_it() -> None:
    text = (
        "Toll rises to nine\n\n"
        "KABUL (AFP) - The death toll from Friday's suicide bombing at a market in Kabul rose "
        "to nine on Saturday, officials said.\n"
        "The bomber blew himself up among shoppers near the Surkh Rod district road, a police "
        "spokesman said."
    )
    assert places_of(text) == {"Kabul"}
