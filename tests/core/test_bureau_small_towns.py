"""A wire lead that puts the happening only in a part of the country ("in eastern Nepal")
leaves its figures filed under the bureau's town for want of a place; the small town a later
sentence says it happened in is the scene though the gazetteer lacks it ("The clashes erupted
in <town>"); a lead that names the bureau's town itself keeps it. Sentences invented."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 10)


def places_of(text: str) -> list[str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [c.location for c in result.claims if c.measure in ("killed", "injured")]


def test_a_small_town_told_after_a_regional_lead_is_the_scene() -> None:
    text = (
        "Three killed in clash in southern Nepal\n\n"
        "KATHMANDU (Reuters) - Three people were killed and 11 wounded when police clashed "
        "with traders at a bazaar in southern Nepal on Friday, officials said.\n\n"
        "The clashes erupted in Gaushala, a small market town, after police tried to close "
        "unlicensed stalls, a local official said."
    )
    places = places_of(text)
    assert places
    assert all(p == "Gaushala" for p in places)


def test_a_lead_naming_the_bureaus_town_keeps_it() -> None:
    text = (
        "Three killed in clash in Kathmandu\n\n"
        "KATHMANDU (Reuters) - Three people were killed and 11 wounded when police clashed "
        "with traders at a bazaar in Kathmandu on Friday, officials said.\n\n"
        "The clashes erupted in Gaushala, a small market town, after police tried to close "
        "unlicensed stalls, a local official said."
    )
    assert all(p is not None and "Gaushala" not in p for p in places_of(text))
