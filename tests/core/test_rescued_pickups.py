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


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # a police, navy, coast guard or patrol craft taking suspects: an arrest
        ("A navy frigate picked up 14 pirates after a firefight off Somalia.",
         [(14.0, "arrested")]),
        ("A coast guard cutter picked up 9 smugglers with 200 kg of heroin.",
         [(9.0, "arrested")]),
        ("A patrol boat picked up 4 suspected poachers in the mangroves.", [(4.0, "arrested")]),
        ("Police boats picked up 11 suspects in a raid on the river delta.",
         [(11.0, "arrested")]),
        ("A police launch picked up 7 men suspected of illegal fishing on the lake.",
         [(7.0, "arrested")]),
        ("An Indian navy vessel picked up 10 fishermen for poaching near the border.",
         [(10.0, "arrested")]),
        ("Twelve pirates were picked up by a navy ship.", [(12.0, "arrested")]),
        # survivors the police took, or held after: an arrest still
        ("Police picked up four survivors of the riot for questioning.", [(4.0, "arrested")]),
        ("Police picked up 5 survivors of the wreck who were accused of trafficking.",
         [(5.0, "arrested")]),
        ("Police picked up 6 survivors of the clash and charged them with arson.",
         [(6.0, "arrested")]),
        ("Coast guards picked up 4 survivors and arrested them for illegal entry.",
         [(4.0, "arrested")]),
    ],
)
def test_a_pick_up_by_the_law_holds_suspects(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    "text",
    [
        # a navy craft picking up migrants or survivors, for no deed: a rescue still
        "A navy boat picked up 30 migrants in a rescue off Libya.",
        "A navy ship picked up 20 migrants for the second time this week.",
        "A lifeboat picked up 6 survivors and took them to hospital.",
        "A merchant tanker picked up the 12 crew of the sinking freighter.",
    ],
)
def test_a_navy_rescue_stays_a_rescue(nlp: Language, text: str) -> None:
    assert all(m != "arrested" for _, m in core_figures(nlp, text))
