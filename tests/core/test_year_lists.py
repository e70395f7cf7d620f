"""A ministry's reply that counts year by year ("231 in 2021, 198 in 2022, ...") gives each
figure the year right after it, however the parser hangs the list; "over the five years" is
the span the lead names; a headline's tally whose years it tells only back from today
("... in five years, ministry tells MPs") leaves the lead sentence to name them. Sentences
and outlets we wrote."""

from __future__ import annotations

import datetime as dt
import functools

from core.model import Claim
from tests.core.claim_factory import run_texts

D = dt.date.fromisoformat
PUB = D("2034-02-08")
REPLY = (
    "Insurgent violence claimed 960 lives in five years, ministry tells upper house\n\n"
    "DORVAL: As many as 960 people were killed in insurgent violence between 2029 and "
    "2033, the interior ministry told the upper house on Wednesday.\n\n"
    "In a written reply, the minister said 211 people were killed in 2029, 188 in 2030, "
    "195 in 2031, 177 in 2032 and 189 in 2033.\n\n"
    "According to the data, the northern province accounted for 540 of the deaths over the "
    "five years.\n"
)


@functools.cache
def _claims() -> tuple[Claim, ...]:
    return tuple(run_texts(REPLY, published=PUB).claims)


def _years(figure: str) -> tuple[int | None, int | None]:
    claims = [c for c in _claims() if c.number_text == figure]
    assert claims, figure
    c = claims[0]
    return (
        c.date_start.year if c.date_start else None,
        c.date_end.year if c.date_end else None,
    )


def test_each_listed_figure_takes_the_year_after_it() -> None:
    got = {n: _years(n) for n in ("211", "188", "195", "177", "189")}
    assert got == {
        "211": (2029, 2029),
        "188": (2030, 2030),
        "195": (2031, 2031),
        "177": (2032, 2032),
        "189": (2033, 2033),
    }


def test_the_five_years_are_the_leads_span() -> None:
    assert _years("540") == (2029, 2033)
