"""The named spot a sentence after the lead says the incident happened at ("The bomb went off
at the Hazara bazaar in Loralai") is where the checker files the lead's figures, with its town,
not with the province the sentence describes the town by; a named area "near" which a clash
broke out is filed with the sub-district the lead gives. An unnamed spot ("a busy market") or
one of another, earlier incident leaves the scene as it was. Sentences invented; towns and
districts real."""

from __future__ import annotations

import datetime as dt

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 5, 10)


def places_of(text: str) -> list[str | None]:
    """The places of the casualty figures."""
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [c.location for c in result.claims if c.measure != "other"]


def test_the_named_bazaar_a_bomb_struck_files_the_leads_figures_with_its_town() -> None:
    text = (
        "Bomb kills six in Pakistan\n\n"
        "QUETTA, Pakistan (Reuters) - A bomb fixed to a bicycle killed six people and wounded "
        "14 in a busy shopping area in southwestern Pakistan on Friday, officials said.\n\n"
        "The bomb struck the Hazara bazaar in Loralai, a trading town in Balochistan province, "
        "district official Karim Khan said.\n\n"
        "Three of the dead were traders, he said."
    )
    assert set(places_of(text)) == {"Hazara bazaar, Loralai"}


def test_an_unnamed_market_keeps_the_town() -> None:
    text = (
        "Bomb kills six in Pakistan\n\n"
        "QUETTA, Pakistan (Reuters) - A bomb fixed to a bicycle killed six people and wounded "
        "14 in a busy shopping area in southwestern Pakistan on Friday, officials said.\n\n"
        "The bomb struck a crowded market in Loralai, a trading town in Balochistan province, "
        "district official Karim Khan said."
    )
    assert all(p is not None and "bazaar" not in p and "market" not in p for p in places_of(text))
    assert all(p is not None and p.startswith("Loralai") for p in places_of(text))


def test_a_named_area_near_which_a_clash_broke_out_is_filed_with_the_leads_upazila() -> None:
    text = (
        "Two killed in Bandarban clash\n\n"
        "Two people were killed and nine injured in a clash between supporters of two local "
        "leaders in Bandarban's Lama upazila on Saturday, police said.\n\n"
        "The clash broke out after an argument near the Gajalia Bazar area in the morning, "
        "said Lama Police Station OC Abdul Karim."
    )
    places = places_of(text)
    assert places
    assert all(p == "Gajalia Bazar area, Lama upazila, Bandarban" for p in places)


def test_a_named_spot_of_an_earlier_blast_does_not_move_the_scene() -> None:
    text = (
        "Bomb kills six in Pakistan\n\n"
        "QUETTA, Pakistan (Reuters) - A bomb fixed to a bicycle killed six people and wounded "
        "14 in Loralai, a trading town in Balochistan province, on Friday, officials said.\n\n"
        "A similar bomb struck the Hazara bazaar in Loralai last year."
    )
    assert all("bazaar" not in (p or "") for p in places_of(text))


def test_the_clash_at_a_union_files_the_rising_toll_under_the_union_in_its_upazila() -> None:
    text = (
        "Feni clash: toll rises to 4\n\n"
        "Staff Correspondent\n\n"
        "The death toll from Monday's clash over a pond in Feni's Sonagazi upazila has risen "
        "to four after another injured man died at a hospital on Wednesday.\n\n"
        "The clash at Char Darbesh union left more than 30 people injured, according to police."
    )
    places = places_of(text)
    assert places
    assert all(p == "Char Darbesh union, Sonagazi upazila, Feni" for p in places)


def test_a_clash_at_a_union_recalled_from_another_year_does_not_move_the_scene() -> None:
    text = (
        "Feni clash: toll rises to 4\n\n"
        "Staff Correspondent\n\n"
        "The death toll from Monday's clash over a pond in Feni's Sonagazi upazila has risen "
        "to four after another injured man died at a hospital on Wednesday.\n\n"
        "The clash at Char Darbesh union in 2019 left more than 30 people injured."
    )
    assert all("Darbesh" not in (p or "") for p in places_of(text)[:2])
