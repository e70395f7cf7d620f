"""Who gives a toll when the report sets it out in words a parser splits: "put the toll at six
dead and 11 wounded" (the second figure a conjunct of the verb), a quoted toll followed by
"among the soldiers, adding ...", "the nine deaths announced by the army", a headline's
"X says six guards among the dead", and a body named again as "the office", "the
secretariat" or, for a police force, "the department". Bodies, places and sentences are
invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 9)  # a Friday
LEAD = "Gunmen stormed the village of Norvik on Wednesday.\n\n"


def sources(text: str) -> list[tuple[float, str, str | None]]:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    return [(c.value, c.measure, c.attribution) for c in result.claims if c.is_core]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            LEAD + "The district council has put the final toll at four dead and seven wounded.",
            [(4, "killed", "The district council"), (7, "injured", "The district council")],
        ),
        (
            LEAD + "Officials placed the toll at 14 killed and 30 injured.",
            [(14, "killed", "Officials"), (30, "injured", "Officials")],
        ),
        (
            # the clause after "and" has a doer of its own: the arrests are the report's
            LEAD + "The council put the toll at six dead, and police arrested 11 men.",
            [(6, "killed", "The council"), (11, "arrested", None)],
        ),
    ],
)
def test_a_toll_set_at_its_figures_is_its_setters(
    text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert sources(text) == expected


def test_a_quoted_toll_among_a_group_keeps_its_setter() -> None:
    text = LEAD + (
        'A hospital source in Norvik put the toll at "five dead and around 12 wounded" '
        "among the farmers, adding that others were missing."
    )
    assert sources(text) == [
        (5, "killed", "A hospital source in Norvik"),
        (12, "injured", "A hospital source in Norvik"),
    ]


def test_deaths_announced_by_a_body_are_its() -> None:
    text = (
        "Gunmen killed 20 people in Norvik on Wednesday, two elders said, a far higher toll "
        "than the eight deaths announced by the provincial police."
    )
    assert sources(text) == [(20, "killed", "two elders"), (8, "killed", "the provincial police")]


def test_hostages_released_by_kidnappers_are_no_source() -> None:
    text = "The five hostages released by the kidnappers on Wednesday were all women."
    assert [s for _, _, s in sources(text)] == [None]


@pytest.mark.parametrize(
    ("headline", "source"),
    [
        ("Officials say six guards among the dead", "Officials"),
        ("Health ministry says three nurses among those killed in Norvik blast", "Health ministry"),
    ],
)
def test_a_headline_says_a_count_among_the_dead(headline: str, source: str) -> None:
    text = headline + "\n\nA bomb went off in Norvik on Wednesday."
    assert sources(text)[0][2] == source


def test_a_headline_count_among_the_dead_told_in_its_own_voice_has_no_source() -> None:
    text = "Six guards among the dead in Norvik prison riot\n\nInmates rioted on Wednesday."
    assert sources(text)[0][2] is None


@pytest.mark.parametrize(
    ("body", "again", "named"),
    [
        ("the health office in Velmar", "the office", "the health office in Velmar"),
        ("the city's health secretariat", "the secretariat", "the city's health secretariat"),
        ("Norvik police", "the department", "Norvik police"),
    ],
)
def test_a_body_named_again_by_its_kind(body: str, again: str, named: str) -> None:
    text = (
        f"Nine people were killed in Wednesday's blast in Norvik, {body} said on Thursday. "
        f"Eleven people remain in hospital with wounds, {again} said."
    )
    assert [s for _, _, s in sources(text)] == [named, named]


def test_the_department_is_no_spokesman_of_the_police() -> None:
    text = (
        "Nine people were killed in the blast, Norvik police said on Thursday. Twelve were "
        "wounded, police spokesman Sgt. Ann Roe said. Four remain in hospital, according "
        "to the department."
    )
    assert [s for _, _, s in sources(text)][-1] == "Norvik police"


def test_the_office_is_not_a_ministry_named_before() -> None:
    text = (
        "Nine people were killed in the blast, the interior ministry said on Thursday. "
        "Eleven people remain in hospital with wounds, the office said."
    )
    assert [s for _, _, s in sources(text)][-1] != "the interior ministry"
