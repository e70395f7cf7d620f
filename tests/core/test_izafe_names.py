"""A place name joined by a Persian izafe ("Pul-i-Khumri", "Sar-e Pul", "Qala-e-Naw") is one
place whatever the spelling: read whole in the text and in a dateline in capitals, looked up
as the gazetteer spells it, and reports spelling it differently are one incident. Sentences
invented; the towns are real, so the gazetteer knows them."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.nlp import load_nlp
from core.group.figure_places import place_name
from core.ingest.files import from_text
from core.pipeline import run_documents
from core.settings import Settings
from core.text import places
from core.text.datelines import find_dateline
from tests.core.claim_factory import report_places as places_of


@pytest.mark.parametrize(
    ("name", "known"),
    [
        ("Sar-e-Pul", "Sar-e Pul"),  # the izafe written with two hyphens
        ("Sar-i-Pul", "Sar-e Pul"),  # and with its other vowel
        ("Qala-e-Naw", "Qala i Naw"),  # the other vowel, spaces for hyphens
        ("Kot-Addu", "Kot Addu"),  # a hyphen for a space
        ("Ohio-Kentucky", None),  # two places joined are no one place
    ],
)
def test_a_hyphenated_name_is_looked_up_as_the_gazetteer_spells_it(
    name: str, known: str | None
) -> None:
    found = places.candidates(name)
    assert (found[0].name if found else None) == known


def test_a_unit_after_an_izafe_name_resolves_to_the_unit() -> None:
    found = places.resolve("Sar-i-Pul province")
    assert found is not None
    assert found.level == "admin1"
    assert found.key == "AF-SAR"


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Four were hurt in Pul-i-Khumri on Monday.", "Pul-i-Khumri"),
        ("Four were hurt in Sar-e Pul province on Monday.", "Sar-e Pul"),
        # no place of that name: a group's name keeps its pieces
        ("Four men of Lashkar-e-Taiba were held on Monday.", None),
        # a quarter the gazetteer lacks, where a place stands: one word, not its tail
        ("Two guards were shot dead in Bagh-e-Sabz on Monday.", "Bagh-e-Sabz"),
        ("A grenade went off at Chaman-e-Gul late on Friday.", "Chaman-e-Gul"),
        # near misses: a group's name after "in", a party's after "of"
        ("Six youths enlisted in Jaish-e-Adl last year.", None),
        ("A leader of Jamaat-e-Islami spoke on Monday.", None),
    ],
)
def test_an_izafe_place_name_is_one_token(text: str, joined: str | None) -> None:
    doc = load_nlp(Settings().model)(text)
    words = [t.text for t in doc]
    if joined is None:
        assert all("-" not in w or w == "-" for w in words)
    else:
        assert joined in words


@pytest.mark.parametrize(
    ("dateline", "city"),
    [
        ("PUL-I-KHUMRI (Wire): Four people were wounded in a blast on Monday.", "Pul-i-Khumri"),
        ("SAR-I-PUL, Afghanistan (Wire) — Four people were wounded on Monday.", "Sar-i-Pul"),
        ("Pul-e-Khumri, Oct 8 (Wire) Four people were wounded in a blast.", "Pul-e-Khumri"),
    ],
)
def test_a_dateline_keeps_a_hyphenated_town_whole(dateline: str, city: str) -> None:
    found = find_dateline(dateline)
    assert found is not None
    assert found.city == city


def test_a_dash_after_a_town_is_still_a_dateline() -> None:
    found = find_dateline("KARACHI - Two men were shot dead near a market.")
    assert found is not None
    assert found.city == "Karachi"


def test_an_izafe_town_is_the_scene_whole() -> None:
    text = "KABUL: Five people were killed in a blast at a mosque in Pul-i-Khumri city on Friday."
    assert places_of(text) == ["Pul-i-Khumri city"]


def test_an_izafe_province_is_not_clipped_to_its_tail() -> None:
    text = "KABUL: Five people were killed in a blast in Sar-e Pul province on Friday, police said."
    assert places_of(text) == ["Sar-e Pul province"]


def test_reports_spelling_one_town_differently_are_one_incident() -> None:
    first = (
        "Mosque blast kills six\n\nOctober 8, 2030\n\nSAR-E-PUL CITY (Wire): Six worshippers "
        "were killed when a blast hit a mosque in Sar-e-Pul city on Friday, officials said."
    )
    second = (
        "Eight dead in mosque blast\n\nOctober 8, 2030\n\nSAR-I-PUL, Afghanistan (Wire) — A "
        "blast at a mosque in northern Sar-i-Pul province killed eight people on Friday, a "
        "spokesman said."
    )
    third = (
        "Toll rises to 11\n\nOctober 9, 2030\n\nKABUL: The death toll from Friday's bombing of "
        "a mosque in Sar-e Pul province has risen to 11, a health official said on Saturday."
    )
    docs = [
        from_text(t, doc_id=f"d{i}", published=dt.date(2030, 10, 8 + (i == 2)))
        for i, t in enumerate((first, second, third))
    ]
    result = run_documents(docs)
    killed = {c.id for c in result.claims if c.measure == "killed"}
    assert len({c.document_id for c in result.claims if c.id in killed}) == 3
    assert len([e for e in result.events if set(e.claim_ids) & killed]) == 1


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Jani-Khel", "Jani Khel"),
        ("Kala-i-Shahr", "Kala-e Shahr"),
        ("Kala e Shahr", "Kala-i-Shahr"),
    ],
)
def test_spellings_of_a_name_the_gazetteer_lacks_compare_alike(one: str, other: str) -> None:
    assert place_name(one) == place_name(other)


def test_different_names_stay_apart() -> None:
    assert place_name("Kala-i-Shahr") != place_name("Kala Shahr")


def test_a_quarter_joined_by_an_izafe_is_the_figures_place_whole() -> None:
    text = (
        "Gunmen kill two in Karachi\n\n"
        "KARACHI: Two watchmen were shot dead in Naya-e-Shehr on Sunday night, police said.\n"
    )
    found = places_of(text, dt.date(2031, 3, 10))
    assert found
    assert all("Naya-e-Shehr" in (place or "") for place in found), found
