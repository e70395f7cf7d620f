"""The town a later sentence tells the report's incident at, inside the province its lead
gave: "Gunmen stormed a village in X state ... The gunmen arrived in Y, in Z district",
"killed four rebels in a raid in the southern province of X ... One soldier was wounded in a
gunfight in the town of Y". The lead's and the headline's figures are filed under the town,
even where the gazetteer lists no province for it; a town it puts in another province, and a
fight placed in a province, say nothing narrower. Sentences invented; villages invented,
towns and provinces real."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.fight_scenes import fight_noun
from core.extract.province_scenes import inside_told_province
from core.ingest.files import from_text
from core.pipeline import run_documents

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 13)


def claims_of(text: str) -> list[tuple[str, str | None]]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [(c.number_text, c.location) for c in result.claims if c.measure != "other"]


def test_the_village_the_attackers_arrived_in_files_the_leads_figures() -> None:
    text = (
        "Gunmen kill six in northwest Nigeria village raid\n\n"
        "KANO, Nigeria (Reuters) - Gunmen stormed a village in Nigeria's northwestern Katsina "
        "state overnight, killing six people and abducting 14 others, police said on Monday.\n\n"
        "The gunmen arrived in Yar Goje, in Faskari district, late on Sunday and went from "
        "house to house, a resident said."
    )
    places = {place for _, place in claims_of(text)}
    assert places == {"Yar Goje, Faskari district"}


def test_a_town_of_another_province_is_no_narrower_scene() -> None:
    text = (
        "Gunmen kill six in northwest Nigeria village raid\n\n"
        "ABUJA, Nigeria (Reuters) - Gunmen stormed a village in Nigeria's northwestern Katsina "
        "state overnight, killing six people and abducting 14 others, police said on Monday.\n\n"
        "The gunmen arrived in Kano late on Sunday, a resident said."
    )
    assert "Kano" not in {place for _, place in claims_of(text)}


def test_the_town_of_the_fight_the_wounded_were_hurt_in_files_the_lead() -> None:
    text = (
        "Troops kill five rebels in southern Philippines\n\n"
        "DAVAO, Philippines (AP) — Soldiers killed five communist rebels in a raid in the "
        "southern province of Cotabato on Tuesday, the army said.\n\n"
        "One soldier was wounded in a gunfight in the town of Pikit, an army spokesman said."
    )
    assert [place for _, place in claims_of(text)] == ["Pikit", "Pikit", "Pikit"]


def test_a_fight_placed_in_a_province_names_no_town() -> None:
    text = (
        "Troops kill five rebels in southern Philippines\n\n"
        "DAVAO, Philippines (AP) — Soldiers killed five communist rebels in a raid near the "
        "town of Pikit on Tuesday, the army said.\n\n"
        "One soldier was wounded in a gunfight in the province of Cotabato, an army spokesman "
        "said."
    )
    # the town, which the gazetteer puts in the province the sentences file the fight under
    assert claims_of(text)[1] == ("five", "Pikit")


def test_inside_a_told_province() -> None:
    assert inside_told_province("Katsina state", "Yar Goje, Faskari district") == (
        "Yar Goje, Faskari district"
    )
    # a town the gazetteer puts in another state; a village it cannot place at all
    assert inside_told_province("Katsina state", "Kano") is None
    assert inside_told_province("Katsina state", "Yar Goje") is None
    # a town of the province the lead writes; a town the gazetteer puts in the next province
    lead = "in a raid in the southern province of Sultan Kudarat on Tuesday"
    assert inside_told_province("Sultan Kudarat", "Isulan", lead) == "Isulan"
    assert inside_told_province("Sultan Kudarat", "Pikit", lead) is None


@pytest.mark.parametrize(
    ("sentence", "fight"),
    [
        ("One soldier was wounded in a gunfight in the town of Pikit.", "gunfight"),
        ("Two men were killed during a clash near Tandu village on Monday.", "clash"),
        # around a town, in a province, or no place at all: nothing narrower
        ("A boy was wounded in an accidental shooting in the Dayton area.", None),
        ("Two soldiers were killed in a clash in Cotabato province.", None),
        ("Two soldiers were killed in a clash on Monday.", None),
        # a fight no one was hurt in
        ("The army won a gunfight in the town of Pikit.", None),
    ],
)
def test_a_fight_the_hurt_were_hurt_in(nlp: Language, sentence: str, fight: str | None) -> None:
    found = fight_noun(next(iter(nlp(sentence).sents)))
    assert (found.text if found is not None else None) == fight
