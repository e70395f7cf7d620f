"""A long conflict's toll is background, not the report's incident (issue #11, place): "dozens
of soldiers died in the province during the war", "a conflict that has cost 40,000 lives",
"the insurgency has killed thousands" keep their own place (or the province), are not dated
the incident's day and are flagged as recalling another happening; a figure of the day's
fighting stays the incident's. Towns are real so the gazetteer knows them; the reports are
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 5)


def claims_of(text: str) -> dict[str, Claim]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return {c.number_text: c for c in claims}


@pytest.mark.parametrize(
    "background",
    [
        "Helmand saw fierce fighting during the long war, and scores of British soldiers died "
        "in the province.",
        "Helmand saw fierce fighting during the long war, with scores of British soldiers "
        "killed in the province.",
    ],
)
def test_a_wars_dead_in_the_province_keep_the_province(background: str) -> None:
    text = (
        "KANDAHAR, Afghanistan (AFP) - Gunmen killed five policemen at a checkpoint in the "
        "city of Lashkar Gah on Monday, a provincial spokesman said.\n\n"
        f"{background}"
    )
    found = claims_of(text)
    background = found["scores"]
    assert background.location == "Helmand"
    assert background.date_start is None
    assert background.recalls
    assert found["five"].location == "Lashkar Gah"
    assert not found["five"].recalls


def test_a_conflicts_cost_takes_not_the_incidents_district() -> None:
    text = (
        "SRINAGAR, May 4: Four soldiers were killed and three injured in a gunfight with "
        "militants in Baramulla district of Jammu and Kashmir on Sunday, an army spokesman "
        "said.\n\n"
        "Rebels have fought Indian rule for three decades, a conflict that has cost tens of "
        "thousands of lives."
    )
    found = claims_of(text)
    cost = next(c for text_, c in found.items() if "thousands" in text_)
    assert "Baramulla" not in (cost.location or "")
    assert cost.date_start is None
    assert cost.recalls


def test_the_days_fighting_stays_the_incidents() -> None:
    text = (
        "SRINAGAR, May 4: Four soldiers were killed in a gunfight with militants in Baramulla "
        "district on Sunday, an army spokesman said.\n\n"
        "Two more soldiers were wounded in the fighting, which went on till late evening."
    )
    found = claims_of(text)
    assert "Baramulla" in (found["Two"].location or "")
    assert found["Two"].date_start == dt.date(2031, 5, 4)
    assert not found["Two"].recalls


def test_a_past_wars_dead_recall_it_but_the_toll_so_far_does_not() -> None:
    text = (
        "JUBA, May 4 (Reuters) - Gunmen killed six villagers in an attack on a cattle camp in "
        "Jonglei state on Sunday, officials said.\n\n"
        "Some two million people were killed in the country's civil war, which ended in 2005.\n\n"
        "Eleven soldiers have been killed in the conflict with the gunmen since March."
    )
    found = claims_of(text)
    assert found["Some two million"].recalls
    assert not found["Eleven"].recalls
    assert not found["six"].recalls
