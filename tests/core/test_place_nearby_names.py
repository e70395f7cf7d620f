"""A headline's "near X", "outside X" or "on the outskirts of X" where NER took the lone name X
for a people's, a person's or a body's (core/extract/unlabelled_places.py): X is the place of
the headline's figure, over the dateline city; a people's word is never a place. The bodies
the headline counts span from the day the lead gives the abduction to the day they were
found. Sentences we wrote, run through the whole pipeline (the headline parsed on its own)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUBLISHED = dt.date.fromisoformat("2031-05-14")  # a Wednesday
THURSDAY = dt.date.fromisoformat("2031-05-08")
SATURDAY = dt.date.fromisoformat("2031-05-10")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Bodies of two more found near Gwarkop: police\n\n"
            "QUETTA: Police said on Saturday that the bodies of two more of the labourers "
            "kidnapped from a construction camp had been recovered.\n",
            "Gwarkop",
        ),
        (
            "Bodies of three labourers found on the outskirts of Karvandi\n\n"
            "QUETTA: Levies officials said on Saturday that three labourers kidnapped last "
            "week had been found dead.\n",
            "Karvandi",
        ),
        (
            "Two shepherds shot dead outside Dashtuk\n\n"
            "QUETTA: Two shepherds were shot dead on Friday, Levies officials said.\n",
            "Dashtuk",
        ),
    ],
)
def test_a_headlines_name_near_its_figure_is_its_place(text: str, place: str) -> None:
    claims = core_claims_by_text([text], PUBLISHED)[text]
    assert claims[0].start < text.index("QUETTA")  # the headline's figure
    assert claims[0].location == place


@pytest.mark.parametrize(
    "text",
    [
        # a people's word says who
        "Two shot dead, three hurt near Afghans: police\n\n"
        "QUETTA: Two men were shot dead on Friday, police said.\n",
        # a body's name outside which it happened is its building, in the dateline's city
        "Two policemen hurt in scuffle outside Parliament\n\n"
        "QUETTA: Two policemen were hurt on Friday when protesters scuffled with them.\n",
    ],
)
def test_a_peoples_or_a_bodys_name_near_a_headlines_figure_is_no_place(text: str) -> None:
    claims = core_claims_by_text([text], PUBLISHED)[text]
    assert claims[0].location == "Quetta"


def test_a_headlines_bodies_span_from_the_abduction_the_lead_dates() -> None:
    text = (
        "Bodies of two more found near Gwarkop: minister\n\n"
        "QUETTA: The home minister said on Sunday that the bodies of two more of the "
        "labourers kidnapped from a camp near Gwarkop on Thursday were found in a gorge on "
        "Saturday.\n"
    )
    claims = core_claims_by_text([text], PUBLISHED)[text]
    headline = next(c for c in claims if c.start < text.index("QUETTA"))
    assert (headline.location, headline.date_start, headline.date_end) == (
        "Gwarkop",
        THURSDAY,
        SATURDAY,
    )
