"""Each figure of a list a statistics report ranks its areas by counts for the name written
right before it in its own item, however the parser hangs the gapped items: "X accounted for
N, Y for M and Z for K", "X recorded the highest toll, with N, followed by Y with M", "X
followed with N killed and M hurt" (both X's). The list's first item is the subject of its
clause. Never a party or a kind of victim ("Children accounted for N, women for M"), a day
("on June 3"). A place listed with two more ("in A, B and C") is read with all three."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.ranked_items import ranked_item_area
from core.model import Claim
from tests.core.claim_factory import run_texts

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2026, 7, 20)
REPORT = (
    "Kenya: 900 killed in cattle raids over six months, watchdog says\n\n"
    "NAIROBI: Cattle raiders killed 900 people in Kenya between January and June, the "
    "Nairobi-based Pastoral Peace Watch said in its half-year review on Monday.\n\n"
    "{body}\n\n"
    "The watchdog urged county governments to disarm the raiders.\n"
)


def _found(body: str) -> dict[str, Claim]:
    result = run_texts(REPORT.format(body=body), published=PUBLISHED)
    return {c.number_text: c for c in result.claims}


@pytest.mark.parametrize(("body", "expected"), [
    ("Turkana accounted for 240 of the deaths, Marsabit for 196 and Baringo for 141.",
     {"240": "Turkana", "196": "Marsabit", "141": "Baringo"}),
    ("Baringo county recorded the highest toll, with 177 deaths, followed by Turkana with 152 "
     "and Marsabit with 130.",
     {"177": "Baringo county", "152": "Turkana", "130": "Marsabit"}),
    ("The Velmora region accounted for 190 of the deaths and the Ostrava region for 150.",
     {"190": "Velmora region", "150": "Ostrava region"}),
    ("Turkana followed with 135 killed and 148 injured, and Marsabit with 120 killed.",
     {"135": "Turkana", "148": "Turkana", "120": "Marsabit"}),
])
def test_each_ranked_figure_takes_its_own_items_area(body: str, expected: dict[str, str]) -> None:
    found = _found(body)
    for figure, area in expected.items():
        assert found[figure].location == area


def test_a_kind_of_victim_listed_is_no_area() -> None:
    found = _found("Children accounted for 181 of the dead and women for 147, the review said.")
    assert found["181"].location == "Kenya"
    assert found["147"].location == "Kenya"


def test_a_party_ranked_is_no_area() -> None:
    found = _found("Raiders were blamed for 240 of the deaths, followed by the Kenya Police "
                   "Reserve with 96 and the Lake Raiders Front with 57.")
    assert found["96"].location == "Kenya"
    assert found["57"].location != "Lake Raiders Front"


def test_a_day_is_no_item() -> None:
    found = _found("Raiders killed 31 herders in Kilifi on May 22 and 29 more on June 3.")
    assert found["31"].location == "Kilifi"
    assert found["29"].location == "Kilifi"


def test_three_places_listed_are_read_together() -> None:
    found = _found("Raiders killed 610 herders in Kenya, Uganda and Ethiopia over the period.")
    assert found["610"].location == "Kenya and Uganda and Ethiopia"


def test_a_month_ranked_is_no_area() -> None:
    found = _found("Turkana accounted for 240 of the deaths and Marsabit for 196, and June was "
                   "the deadliest month, with 121.")
    assert found["121"].location != "June"


def test_areas_counted_together_are_no_one_item(nlp: Language) -> None:
    doc = nlp("Turkana recorded 240 deaths and Marsabit 196, while Kilifi, Kwale and Lamu "
              "together saw 75 deaths.")
    figure = next(t for t in doc if t.text == "75")
    assert ranked_item_area(figure) is None
    assert ranked_item_area(next(t for t in doc if t.text == "196")) == "Marsabit"
