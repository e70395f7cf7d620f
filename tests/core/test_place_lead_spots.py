"""A spot the gazetteer lacks, where the lead sets its incident with the province holding the
report's town, is the report's place over that town, which the headline and lead never write
(named later, where residents spoke or an earlier attack was); the province alone says less
than the spot written with it. Sentences and places invented; positive and negative cases."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.claim_places import place_mentions
from core.extract.lead_spots import a_spots_province, unknown_lead_spot
from core.extract.nlp import Chunk

if TYPE_CHECKING:
    from spacy.language import Language

_HEADLINE = "Rebels say 9 soldiers killed in Meta post attack\n\n"
_LEAD = (
    "Rebels said on Friday they killed nine soldiers in Thursday's attack on an army post in "
    "Loma Verdosa, in the central Colombian department of Meta.\n\n"
)
_LATER = "Church leaders in Mesetas said families had fled after the attack.\n"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # the lead's spot, with the province holding the report's town
        (_HEADLINE + _LEAD + _LATER, "Loma Verdosa, Meta"),
        # the lead writes the report's town: it stays
        (_HEADLINE + _LEAD.replace("Loma Verdosa", "Mesetas") + _LATER, "Mesetas"),
        # no province in the lead: nothing to write the spot with
        (
            "Rebels say 9 soldiers killed in post attack\n\n"
            + _LEAD.replace(", in the central Colombian department of Meta", "")
            + _LATER,
            "Mesetas",
        ),
        # a spot the lead names only where words were said is no scene
        (
            _HEADLINE
            + "Rebels said in a statement read in Loma Verdosa, in the central Colombian "
            "department of Meta, that they killed nine soldiers on Thursday.\n\n"
            + _LATER,
            "Mesetas",
        ),
    ],
)
def test_the_leads_unknown_spot_over_a_town_named_later(
    nlp: Language, text: str, place: str
) -> None:
    chunks, offset = [], 0
    for para in text.split("\n\n"):  # parsed a paragraph at a time, as reports are
        chunks.append(Chunk(offset, nlp(para)))
        offset += len(para) + 2
    assert unknown_lead_spot(chunks, "Mesetas", place_mentions) == place


@pytest.mark.parametrize(
    ("place", "home", "held"),
    [
        ("Meta", "Loma Verdosa, Meta", True),
        ("Meta", "Mesetas, Meta", False),  # a town the gazetteer knows: its own rules
        ("Caquetá", "Loma Verdosa, Meta", False),
        ("Meta", "Loma Verdosa", False),
    ],
)
def test_the_province_a_spot_is_written_with(place: str, home: str, held: bool) -> None:
    assert a_spots_province(place, home) is held
