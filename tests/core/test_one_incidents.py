"""A statistics review that tells one of its incidents ("in a single raid in May"): the
deed done inside it takes the incident's month, and a period figure after it takes the
review's area, not the incident's scene; a clause set against the lead's ("..., while Y saw
40") keeps its area and its year to its own figure. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 1, 9)
YEAR = (dt.date(2030, 1, 1), dt.date(2030, 12, 31))
BEFORE = (dt.date(2029, 1, 1), dt.date(2029, 12, 31))
MAY = (dt.date(2030, 5, 1), dt.date(2030, 5, 31))
PERU = (
    "Kidnappings fall in Peru in 2030, ministry says\n\n"
    "LIMA - Kidnappings across Peru fell by a tenth last year, the interior ministry said "
    "on Monday.\n\n"
    "Prosecutors opened 530 kidnapping cases in 2030, down from 600 in 2029.\n\n"
)
NIGERIA = (
    "Bandit killings fall in Nigeria in 2030, police say\n\n"
    "ABUJA - Killings by bandits across Nigeria fell by a fifth last year, the national "
    "police said on Tuesday.\n\n"
)


def _claim(nlp: Language, text: str, figure: str) -> tuple[str | None, tuple[dt.date | None,
                                                                                dt.date | None]]:
    claim = next(c for c in read_claims(nlp, text, PUB) if c.number_text == figure)
    return claim.location, (claim.date_start, claim.date_end)


@pytest.mark.parametrize(
    ("tail", "figure", "expected"),
    [
        # the deed done in one raid: the raid's month
        ("In Cusco, police freed 23 hostages in a single raid in May.", "23", MAY),
        # its participle too
        ("In Cusco, gunmen stormed a bank in a lone attack in May, killing 17 guards.", "17",
         MAY),
        # a raid named as one known ("the raid in May") says which, not when
        ("In Cusco, police freed 23 hostages in the raid in May.", "23", YEAR),
    ],
)
def test_a_deed_done_inside_one_incident_takes_its_month(
    nlp: Language, tail: str, figure: str, expected: tuple[dt.date, dt.date]
) -> None:
    assert _claim(nlp, PERU + tail, figure)[1] == expected


@pytest.mark.parametrize(
    ("middle", "expected"),
    [
        # one raid's scene is no area of the review's period figures
        ("In Puno, police freed 23 hostages in a single raid in May.", "Peru"),
    ],
)
def test_a_period_figure_after_one_incident_takes_the_reviews_area(
    nlp: Language, middle: str, expected: str
) -> None:
    text = PERU + middle + "\n\nThe ministry said 31 police officers were killed during the year."
    assert _claim(nlp, text, "31")[0] == expected


def test_a_contrasted_clause_keeps_its_year_and_area_to_itself(nlp: Language) -> None:
    text = (
        NIGERIA
        + "Police recorded 1,440 killings in 2030, down from 1,720 the year before, while "
        "Kebbi saw 312.\n\nThe police said 57 officers were killed during the year."
    )
    assert _claim(nlp, text, "312") == ("Kebbi", YEAR)
    assert _claim(nlp, text, "1,720")[1] == BEFORE
    assert (_claim(nlp, text, "57")[0] or "").endswith("Nigeria")  # the filing town's country


def test_a_contrasted_clause_counted_by_for_keeps_its_area(nlp: Language) -> None:
    text = NIGERIA + "Troops killed 640 bandits during the year, while Sokoto accounted for 210."
    assert (_claim(nlp, text, "640")[0] or "").endswith("Nigeria")
    assert _claim(nlp, text, "210")[0] == "Sokoto"


def test_a_name_with_and_is_read_whole(nlp: Language) -> None:
    """The parser cuts the name at its "and": the area is the whole name, not its first word."""
    text = (
        "Attacks fall across central Africa in 2030, agency says\n\n"
        "LIBREVILLE - Armed attacks across central Africa fell in 2030, a regional agency said "
        "on Monday.\n\nThe agency counted 410 attacks in 2030, while Sao Tome and Principe "
        "saw 16."
    )
    assert _claim(nlp, text, "16")[0] == "Sao Tome and Principe"
