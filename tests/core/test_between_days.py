"""A stretch told as "between X and Y" dates the figure over both days (issue #11, time): the
parser may hang the phrase on the counted noun ("arrested 61 suspects between ..."), and the
recogniser may leave the first day untagged when its month is abbreviated ("between Feb. 2
and Feb. 27"). Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2026-03-14")


def spans(nlp: Language, text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(c.date_start, c.date_end) for c in read_claims(nlp, text, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        # after a dateline the parser hangs "between" on "suspects"
        "MULTAN: Police arrested 120 suspects between March 2 and March 9, a spokesman said.",
        "Police arrested 120 suspects between March 2 and March 9, a spokesman said.",
    ],
)
def test_a_stretch_on_the_counted_noun_dates_the_verb(nlp: Language, text: str) -> None:
    assert spans(nlp, text) == [(D("2026-03-02"), D("2026-03-09"))]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # "Feb. 2" left untagged
        (
            "Thieves took nine cars in the Soulard neighborhood between Feb. 2 and Feb. 27, "
            "police said.",
            D("2026-02-02"),
            D("2026-02-27"),
        ),
        # "Jan. 4 and" tagged with the joining word, "Jan. 11" apart
        (
            "LAHORE: Police arrested 120 criminals between Jan. 4 and Jan. 11, a spokesman said.",
            D("2026-01-04"),
            D("2026-01-11"),
        ),
        (
            "Thieves took nine cars between Feb. 2 and Feb. 27, police said.",
            D("2026-02-02"),
            D("2026-02-27"),
        ),
    ],
)
def test_both_ends_of_a_stretch_the_recogniser_split(
    nlp: Language, text: str, start: dt.date, end: dt.date
) -> None:
    assert spans(nlp, text) == [(start, end)]


def test_a_count_of_incidents_keeps_its_own_time(nlp: Language) -> None:
    # the attacks are counted in May; the arrests were made on Tuesday
    text = "Police on Tuesday arrested three men over 14 attacks in May, officials said."
    claims = {c.measure: (c.date_start, c.date_end) for c in read_claims(nlp, text, PUBLISHED)}
    assert claims["arrested"] == (D("2026-03-10"), D("2026-03-10"))


@pytest.mark.parametrize(
    "text",
    [
        # the day numbers before the month the recogniser tags alone
        "Troops killed six militants in an operation on the night of 2/3 March, the army said.",
        "Troops killed six militants in an operation on 2/3 March, the army said.",
    ],
)
def test_days_written_before_their_month(nlp: Language, text: str) -> None:
    assert spans(nlp, text) == [(D("2026-03-02"), D("2026-03-03"))]


@pytest.mark.parametrize(
    "text",
    [
        # "5 May" tagged apart from the "4" before it, after a night the recogniser tags
        "Two militants were killed in a raid in Kech on the intervening night of 2 and 3 March, "
        "the ISPR said.",
        # "2 and" tagged a date, "3 March" left untagged
        "Police arrested 12 suspects in raids on 2 and 3 March, a spokesman said.",
        # nothing tagged after "the night"
        "Police arrested 12 suspects in raids on the night of 2 and 3 March, a spokesman said.",
        "Rangers detained 12 suspects in raids on 2 & 3 March, a spokesman said.",
    ],
)
def test_two_days_written_before_their_month(nlp: Language, text: str) -> None:
    # one figure over both days: the second day's number is no count of its own
    assert spans(nlp, text) == [(D("2026-03-02"), D("2026-03-03"))]
