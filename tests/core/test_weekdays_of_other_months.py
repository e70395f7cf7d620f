"""A weekday in a clause another month dates (issue #11, time): "In March, an attack on a
mosque killed 44 during Friday prayers" tells a Friday of March, not the Friday before the
report, and never gives the report's incident its day. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from tests.core.claim_factory import days_by_value, run_texts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-08")  # a Thursday
WEDNESDAY = D("2031-05-07")
FRIDAY_BEFORE = D("2031-05-02")

LEAD = (
    "Mali: nine soldiers killed in attack on army post\n\n"
    "BAMAKO, May 8 (Reuters) - Nine Malian soldiers were killed when gunmen attacked an army "
    "post in the centre of the country, military sources told Reuters on Thursday.\n\n"
    "Dozens of fighters on pickups overran the post near Douentza at dawn on Wednesday, a "
    "local official said.\n\n"
)


def _days(nlp: Language, text: str) -> dict[float, tuple[dt.date | None, dt.date | None]]:
    return days_by_value(nlp, text, PUBLISHED)


def test_a_weekday_of_a_month_gone_by_is_no_day_of_the_report() -> None:
    text = LEAD + (
        "In February, an attack on a mosque in the region killed 41 worshippers during Friday "
        "prayers, according to the authorities."
    )
    days = {
        c.value: (c.date_start, c.date_end)
        for c in run_texts(text, published=PUBLISHED).claims
        if c.measure == "killed"
    }
    assert days[9] == (WEDNESDAY, WEDNESDAY)
    assert days[41] == (D("2031-02-01"), D("2031-02-28"))


def test_a_weekday_of_another_clause_keeps_its_day(nlp: Language) -> None:
    # the month dates the older attack, the Friday the report's own news
    text = (
        "Gunmen killed six traders at a market in Douentza on Friday, three months after an "
        "attack in February killed 41 worshippers, officials said."
    )
    assert _days(nlp, text)[6] == (FRIDAY_BEFORE, FRIDAY_BEFORE)

