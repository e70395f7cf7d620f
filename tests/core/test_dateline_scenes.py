"""The dateline is where a report was filed from, the lead's scene where its incident
happened (issue #11, place): a later figure of the incident whose sentence names no town,
after a sentence that carries no place, goes under the scene the lead names, not the bureau's
town. A figure whose sentence writes the bureau's town, and a report whose lead is in the
bureau's town, keep it. Towns are real so the gazetteer knows them; the reports are invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language

_LEAD = (
    "QUETTA, May 3: At least four soldiers were killed when militants attacked a checkpost "
    "in Ranipur village in Kalat district on Tuesday.\n\n"
)


@pytest.mark.parametrize(
    ("later", "figure"),
    [
        (
            "Officials said the attackers came on foot. \"Four soldiers died "
            'and five were wounded," an official told reporters on Wednesday.',
            "five",
        ),
        (
            "Officials said the checkpost was set up to guard the highway. Seven suspects were "
            "arrested after the attack, police said.",
            "Seven",
        ),
        (
            "Officials said the attackers fled. Three other soldiers were wounded in the "
            "exchange of fire.",
            "Three",
        ),
    ],
)
def test_a_later_figure_with_no_town_goes_under_the_leads_scene(
    nlp: Language, later: str, figure: str
) -> None:
    place = place_of(nlp, _LEAD + later, figure)
    assert place is not None
    assert "Kalat" in place


def test_a_figure_whose_sentence_writes_the_bureaus_town_keeps_it(nlp: Language) -> None:
    text = (
        _LEAD + "Troops cordoned off the area and began a search.\n\n"
        "In Quetta, two policemen were injured in a separate attack on Tuesday."
    )
    assert place_of(nlp, text, "two") == "Quetta"


def test_a_lead_in_the_bureaus_town_keeps_it(nlp: Language) -> None:
    text = (
        "QUETTA, May 3: Four people were killed when a bomb went off in a market in "
        "Quetta on Tuesday.\n\n"
        "Officials said the bomb was hidden in a cart. Three others were wounded in the "
        "blast, police said."
    )
    assert place_of(nlp, text, "Three") == "Quetta"
