"""Two days written as ordinals before the month they share ("on 5th and 6th December",
"on 20th and 21st October") date their figure over both days, where the recogniser tagged the
first ordinal apart ("5th" an ORDINAL, "6th December" a DATE) and the figure took the second
day alone, or the whole month (issue #11, dates), as "on 5 and 6 December" already reads.
Ordinals that rank things ("the 5th and 6th battalions") and pairs read whole already keep
their reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_spans

if TYPE_CHECKING:
    from spacy.language import Language

PUBLISHED = dt.date(2031, 12, 10)


def _read(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    return written_spans(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five people were killed in clashes on 5th and 6th December in Imphal, officials said.",
         [("Five", "2031-12-05", "2031-12-06")]),
        ("Police arrested 31 people during raids on 3rd and 4th July in Karachi, a spokesman "
         "said.", [("31", "2031-07-03", "2031-07-04")]),
        ("Unidentified gunmen killed six labourers on 20th and 21st October in Shopian, police "
         "said.", [("six", "2031-10-20", "2031-10-21")]),
        ("Security forces killed seven militants in Kupwara on 6th and 7th May.",
         [("seven", "2031-05-06", "2031-05-07")]),
    ],
)
def test_two_day_ordinals_date_both_days(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Curfew was imposed after nine people died in violence on 12th and 13th March in "
         "Jiribam, officials said.", [("nine", "2031-03-12", "2031-03-13")]),
        ("Floods killed 14 people in Assam on 1st and 2nd August, officials said.",
         [("14", "2031-08-01", "2031-08-02")]),
        ("The 5th and 6th battalions lost nine soldiers in December, the army said.",
         [("nine", "2031-12-01", "2031-12-10")]),
        ("Five people were killed in clashes on 5 and 6 December in Imphal, officials said.",
         [("Five", "2031-12-05", "2031-12-06")]),
        ("Four people were killed in Imphal on the intervening night of 5th and 6th December, "
         "police said.", [("Four", "2031-12-05", "2031-12-06")]),
    ],
)
def test_other_ordinals_and_pairs_keep_their_reading(
    nlp: Language, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _read(nlp, text) == expected
