"""People "picked up" by a ship, a boat or an ambulance, and survivors picked up by anyone,
were rescued, not arrested: "Seven survivors were picked up by a coast guard cutter's
lifeboat" read arrested 7 (issue #11, counts). A pick-up by the police, the army or gunmen
stays an arrest or a kidnapping. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "Seven survivors were picked up by a lifeboat on Sunday.",
        "A fishing trawler picked up eleven survivors near the reef.",
        "Nine crew members were picked up by a passing tanker after the ferry sank.",
        "Twenty migrants were picked up by a navy ship off the coast on Friday.",
        "Rescuers picked up 14 survivors from the rubble overnight.",
        "Three castaways were picked up by a cargo vessel after a week adrift.",
    ],
)
def test_a_rescue_is_no_arrest(nlp: Language, text: str) -> None:
    assert all(m != "arrested" for _, m in core_figures(nlp, text))


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Police picked up four suspects in the market on Sunday.", [(4.0, "arrested")]),
        ("Eight youths were picked up by police after the clash.", [(8.0, "arrested")]),
        ("The navy picked up six smugglers off the coast.", [(6.0, "arrested")]),
        ("Twelve men were rounded up by the army in the village.", [(12.0, "arrested")]),
        ("Gunmen picked up three traders on the highway.", [(3.0, "kidnapped")]),
        # an arrest verb of its own: the people are held whoever they are
        ("Four survivors of the raid were arrested by police.", [(4.0, "arrested")]),
        # a boat's crew arrested by the coast guard: the boat is no doer of the arrest
        ("The coast guard arrested nine men aboard a fishing boat.", [(9.0, "arrested")]),
    ],
)
def test_a_pick_up_by_the_law_or_gunmen_stays(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
