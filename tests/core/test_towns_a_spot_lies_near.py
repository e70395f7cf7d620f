"""A town named only as what the spot lies near ("40 km north of X") is no report's town
(issue #11, place): the figures no sentence places stay at the post the lead names, while a
report whose only place is a distance from a town still files them by that town. The reports
are invented; the towns are real or made up."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)

POST = (
    "The army post of Morlu, in the Namentenga province, came under attack on Sunday, the army "
    "chief said in a statement read on state television on Monday evening in Ouagadougou.\n\n"
    'According to the statement, "several dozen terrorists" riding motorbikes raided the post '
    "before sunrise, arriving from the Bourzanga area.\n\n"
    "Six soldiers and three militiamen were killed, and eight others were wounded and taken to "
    "Kaya for treatment.\n\n"
    "Morlu, about 40 km north of Boulsa, the provincial capital, had been attacked before.\n"
)


def places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


def test_a_town_the_post_lies_near_is_not_the_reports_town() -> None:
    assert places(POST) == [
        ("Six", "Morlu, Namentenga province"),
        ("three", "Morlu, Namentenga province"),
        ("eight", "Morlu, Namentenga province"),
    ]


def test_a_report_placed_only_by_a_distance_files_its_figures_by_the_town() -> None:
    text = (
        "Gunmen kill seven soldiers in Burkina Faso\n\n"
        "Gunmen killed seven soldiers about 40 km north of Koudougou on Sunday, the army said."
        "\n\nNine others were wounded, the army said.\n"
    )
    assert [where for _, where in places(text)] == ["Koudougou"] * 3
