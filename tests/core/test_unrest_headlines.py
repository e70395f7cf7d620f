"""A headline files its figures under the town it names the unrest by ("Bandarban violence: 12
more held"), though NER reads the town as a body's name; a town naming a body that is no unrest
("Bandarban Press Club") places nothing. Sentences invented; towns real."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 10)


def headline_place(text: str) -> str | None:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    first = min(result.claims, key=lambda c: c.start)
    return first.location


def test_the_town_the_headline_names_the_violence_by_places_its_arrests() -> None:
    text = (
        "Bandarban violence: 14 more held, army steps up patrols\n\n"
        "Police arrested 14 more people on Tuesday over Sunday's clashes in Bandarban's "
        "Lama upazila that left three people dead, officials said."
    )
    assert "Bandarban" in (headline_place(text) or "")


def test_no_headline_place_comes_from_a_body_named_after_a_town() -> None:
    text = (
        "Bandarban Press Club: 14 members held\n\n"
        "Police arrested 14 members of a press club on Tuesday, officials said."
    )
    assert "Bandarban" not in (headline_place(text) or "")
