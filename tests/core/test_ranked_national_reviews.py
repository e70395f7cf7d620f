"""A national review's figures that name no place: a headline place ranked among others ("X
bears the brunt as ...", "Y worst hit as ...") is a part of the review's area, not the area;
a review of a body whose reviews count over the country (a think tank) filed from the
capital is the country's, a city police's stays the city's. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

RELEASED = dt.date(2031, 1, 7)

RANKED = (
    "Zamfara bears the brunt as kidnappings climb in 2030\n\n"
    "Kidnappings rose by 12 percent last year, a security research group said in its yearly "
    "review on Tuesday.\n\n"
    "According to the Centre for Security Research, 530 attacks were recorded in 2030, in "
    "which 1,410 people were killed.\n\n"
    "Troops arrested 620 suspects during the year, the review said.\n"
)
WORST_HIT = (
    "Sinaloa worst hit as murders rise in 2030\n\n"
    "Murders rose by 7 percent last year, a monitoring group said on Wednesday.\n\n"
    "The group said 640 attacks on police were recorded in 2030, in which 310 officers were "
    "killed.\n"
)
OWN_HEADLINE = (
    "Zamfara kidnappings climb in 2030\n\n"
    "Kidnappings in the state rose by 12 percent last year, the state police said on Tuesday.\n\n"
    "Police recorded 230 attacks in 2030, in which 410 people were killed.\n"
)
THINK_TANK = (
    "Bandit attacks up 20pc in 2030, says think tank\n\n"
    "ABUJA - A think tank's annual review shows a 20 percent rise in bandit attacks in 2030.\n\n"
    "There were 830 attacks during the year, in which 2,210 people were killed.\n"
)
CITY_POLICE = (
    "Street crime down 12pc in 2030, say police\n\n"
    "ABUJA - Street crime fell by 12 percent in 2030, the city police said on Sunday.\n\n"
    "There were 6,100 robberies during the year, in which 48 people were killed.\n"
)
def places_of(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=RELEASED)])
    return {c.number_text: c.location for c in result.claims}


def test_a_ranked_headline_place_is_a_part_of_the_country() -> None:
    found = places_of(RANKED)
    assert found["530"] == "Nigeria"
    assert found["1,410"] == "Nigeria"
    assert found["620"] == "Nigeria"


def test_a_worst_hit_headline_place_is_a_part_of_the_country() -> None:
    found = places_of(WORST_HIT)
    assert found["640"] == "Mexico"
    assert found["310"] == "Mexico"


def test_a_headline_place_not_ranked_is_the_reviews() -> None:
    found = places_of(OWN_HEADLINE)
    assert found["230"] == "Zamfara"
    assert found["410"] == "Zamfara"


def test_a_think_tanks_review_filed_from_the_capital_is_the_countrys() -> None:
    found = places_of(THINK_TANK)
    assert found["830"] == "Nigeria"
    assert found["2,210"] == "Nigeria"


def test_a_city_polices_review_keeps_the_city() -> None:
    found = places_of(CITY_POLICE)
    assert found["6,100"] == "Abuja"
    assert found["48"] == "Abuja"
