"""A headline's source told short that the lead names in full, and "the UN" after a UN body
the report gave its initials: the figures are that body's under its full name. Names, places
and sentences invented."""

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


def headline_source(text: str) -> str | None:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return next(c.attribution for c in result.claims if c.is_core and c.sentence_start == 0)


def test_a_headline_source_the_lead_names_in_full() -> None:
    text = (
        "At least 412 civilians killed in Tarvos fighting this year, UN aid office says\n\n"
        "VELMAR, May 9 - At least 412 civilians were killed in Tarvos between January and April, "
        "the U.N. humanitarian aid office (KHAO) said in a report on Friday."
    )
    assert headline_source(text) == "the U.N. humanitarian aid office (KHAO)"


def test_a_headline_source_the_lead_does_not_name_stays() -> None:
    text = (
        "At least 412 civilians killed in Tarvos fighting this year, army says\n\n"
        "VELMAR, May 9 - At least 412 civilians were killed in Tarvos between January and April, "
        "the U.N. humanitarian aid office (KHAO) said in a report on Friday."
    )
    assert headline_source(text) == "army"


def test_the_un_after_a_un_body_with_initials() -> None:
    text = (
        "At least 300 civilians were killed in Tarvos between January and June, the United "
        "Nations Mission in Tarvos (UNMIT) said on Friday.\n\nThe UN documented 88 bomb attacks "
        "during the six months."
    )
    assert sources(text)["88"] == "the United Nations Mission in Tarvos (UNMIT)"


def test_initials_the_parse_kept_get_their_name() -> None:
    text = (
        "At least 300 civilians were killed in Tarvos between January and June, the United "
        "Nations Mission in Tarvos (UNMIT) said on Friday."
    )
    assert sources(text)["At least 300"] == "the United Nations Mission in Tarvos (UNMIT)"


def test_initials_the_text_never_defines_stay() -> None:
    text = "Gunmen killed 14 villagers in Velmar from March to May, KPW said on Friday."
    assert sources(text)["14"] == "KPW"


def test_the_un_after_no_un_body_stays() -> None:
    text = (
        "At least 300 civilians were killed in Tarvos between January and June, the Kelmor "
        "Peace Watch (KPW) said on Friday.\n\nThe UN documented 88 bomb attacks during the six "
        "months."
    )
    assert sources(text)["88"] == "The UN"
