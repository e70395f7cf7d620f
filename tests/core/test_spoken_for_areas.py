"""A provincial or state speaker's own figures in a national review: the figures a state
police spokesman or a provincial government official gives, with no place of their own,
are that state's or province's, not the country's the review around them covers. A national
body's speaker keeps the country; so does a state speaker's figure set over the whole
country ("across the country"); a town of the speaker's area the figure was given stays.
Such a body's own count is an event of its own beside the review, in its report and in
another outlet's that names the speaker without the title. Reports we wrote."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from core.extract.spoken_for_areas import MAX_TITLE_WORDS, speakers_area, titles_of
from core.ingest.files import from_text
from core.pipeline import run_documents
from core.text import places

RELEASED = dt.date(2026, 1, 8)


def places_of(text: str) -> dict[str, str | None]:
    result = run_documents([from_text(text, doc_id="d1", published=RELEASED)])
    return {c.number_text: c.location for c in result.claims if c.is_core}


NIGERIA = (
    "Insurgent violence killed 2,140 people across Nigeria in 2025, think tank says\n\n"
    "ABUJA: At least 2,140 people were killed and 980 injured in 610 attacks across Nigeria "
    "in 2025, the Centre for Democracy and Development (CDD) said in its annual review "
    "released on Tuesday.\n\n"
    "Borno suffered the most, with 1,010 people killed in 305 attacks.\n\n"
    "Borno State police spokesman Ahmed Musa disputed the review, saying his command kept a "
    "tally of its own. \"We buried 96 of our officers in 2025, more than in any year "
    "before,\" he told reporters.\n\n"
    "The CDD said armed gangs were behind most attacks in Zamfara.\n"
)

INDIA = (
    "Maoist violence fell sharply in 2025, says ministry\n\n"
    "NEW DELHI: Left-wing extremist violence killed 312 people across India in 2025, the "
    "Union Home Ministry said in its annual report on Monday.\n\n"
    "A Chhattisgarh police official said the state's own records showed 118 insurgents had "
    "been killed in encounters in 2025.\n\n"
    "A Jharkhand government spokesman said 40 civilians were killed across the country in "
    "such attacks last year.\n"
)

PAKISTAN = (
    "Attacks on police rose in 2025: report\n\n"
    "ISLAMABAD: Militants carried out 700 attacks in Pakistan during 2025, killing at least "
    "1,200 people, the Indus Security Research Forum (ISRF) said in its yearly report.\n\n"
    "The Punjab home department said on Friday that its counter-terrorism wing had arrested "
    "410 suspects during the year.\n\n"
    "\"Our force lost 62 men over the year,\" said Sindh police chief Ghulam Nabi, speaking "
    "to reporters.\n\n"
    "The Pakistan Army spokesman said 300 militants were killed in 2025.\n"
)


def test_a_state_police_spokesmans_own_figure_is_the_states() -> None:
    found = places_of(NIGERIA)
    assert found["96"] == "Borno"
    assert found["2,140"] == "Nigeria"


def test_a_state_officials_own_records_are_the_states() -> None:
    assert places_of(INDIA)["118"] == "Chhattisgarh"


def test_a_state_speakers_figure_across_the_country_keeps_the_country() -> None:
    assert places_of(INDIA)["40"] == "India"


def test_a_national_bodys_figures_keep_the_country() -> None:
    found = places_of(INDIA)
    assert found["312"] == "India"
    assert places_of(PAKISTAN)["300"] == "Pakistan"


@pytest.mark.parametrize(("figure", "province"), [("410", "Punjab"), ("62", "Sindh")])
def test_a_provincial_departments_figures_are_the_provinces(figure: str, province: str) -> None:
    assert places_of(PAKISTAN)[figure] == province


def test_a_town_of_the_speakers_area_stays() -> None:
    text = (
        "QUETTA: Gunmen killed four labourers at a construction site on Sunday, Balochistan "
        "police said.\n\n"
        "\"Seven more were wounded,\" a Balochistan police spokesman said.\n"
    )
    assert places_of(text)["four"] == "Quetta"


@pytest.mark.parametrize(
    ("attribution", "country", "area"),
    [
        ("Borno State police spokesman Ahmed Musa", "Nigeria", "Borno"),
        ("the governor of Zamfara", "Nigeria", "Zamfara"),
        ("a Sindh government official", "Pakistan", "Sindh"),
        ("the KP police", "Pakistan", "Khyber Pakhtunkhwa"),
        ("a Lahore-based think tank", "Pakistan", None),
        ("the Pakistan Centre for Peace Studies", "Pakistan", None),
        ("the Balochistan Liberation Army", "Pakistan", None),
    ],
)
def test_the_area_a_speakers_body_answers_for(
    attribution: str, country: str, area: str | None
) -> None:
    within = places.resolve(country)
    assert within is not None
    found = speakers_area(attribution, within=within)
    assert (found.name if found else None) == area


OTHER_OUTLET = (
    "2025 saw 610 attacks and 2,140 deaths across Nigeria\n\n"
    "LAGOS: Nigeria recorded 610 attacks in 2025 that left 2,140 people dead, according to "
    "the annual review of the Centre for Democracy and Development (CDD).\n\n"
    "Borno was the worst-hit state, with 1,010 deaths.\n\n"
    "A senior officer of the Borno State police, Ahmed Musa, said 96 officers had been "
    "killed in the state during the year.\n"
)


def _events(texts: list[str]) -> dict[tuple[str, str], str | None]:
    from core.ingest.files import from_text

    docs = [
        from_text(text, doc_id=f"d{i}", path=f"{i}.txt", published=RELEASED)
        for i, text in enumerate(texts)
    ]
    result = run_documents(docs)
    event = {c: e.id for e in result.events for c in e.claim_ids}
    return {(c.document_id, c.number_text): event.get(c.id) for c in result.claims}


@pytest.mark.slow
def test_a_state_bodys_own_count_is_its_own_event_in_both_reports() -> None:
    found = _events([NIGERIA, OTHER_OUTLET])
    # the state police's count is no part of the review's national event, nor of its state's
    assert found[("d0", "96")] not in (found[("d0", "At least 2,140")], found[("d0", "1,010")])
    assert found[("d1", "96")] != found[("d1", "1,010")]
    # told by two outlets, once with the speaker's title and once without, it is one event
    assert found[("d0", "96")] == found[("d1", "96")]
    assert found[("d0", "At least 2,140")] == found[("d1", "2,140")]


@pytest.mark.parametrize(
    ("name", "text", "titles"),
    [
        ("Ann Ode", "The Wend police spokeswoman Ann Ode said so.",
         ["The Wend police spokeswoman Ann Ode"]),
        ("Ann Ode", "A senior officer of the Wend police, Ann Ode, said so.",
         ["A senior officer of the Wend police, Ann Ode"]),
        ("Ann Ode", "It rained. Ann Ode said so.", []),
        ("the Wend police", "The Wend police said so.", []),
    ],
)
def test_the_titles_a_report_writes_before_a_name(name: str, text: str, titles: list[str]) -> None:
    assert titles_of(name, text) == titles


def _titles_scanned(name: str, text: str) -> list[str]:
    """``titles_of`` as the pattern tried at every character of the text."""
    before = re.compile(rf"((?:[^\s.!?]+,?\s+){{1,{MAX_TITLE_WORDS}}}){re.escape(name)}\b")
    return [m.group(0) for m in before.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The Wend police spokeswoman Ann Ode said so. Later Ann Ode said it again.",
        # the name twice in a row: one title runs through the first to the second
        "Police chief Ann Ode Ann Ode said so.",
        # more words before the name than a title holds; a line break inside the title
        "one two three four five six seven eight nine ten Ann Ode said so.",
        "the Wend\n\npolice spokeswoman,  Ann Ode said so, and Ann Odeon did not.",
        # no title: the name opens the text, follows a sentence's end or a long word
        "Ann Ode said so. It rained! Ann Ode? " + "x" * 300 + " Ann Ode",
    ],
)
def test_the_titles_are_those_of_the_pattern_over_the_whole_text(text: str) -> None:
    assert titles_of("Ann Ode", text) == _titles_scanned("Ann Ode", text)
