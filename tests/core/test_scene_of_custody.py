"""A jail, a prison or a court named as the scene of a happening (issue #11): "Inmates rioted
at the town jail on Friday night" dates the riot, whose figures told next take its day; "was
sent to jail on Friday" or "spent Monday in jail" are still custody days. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUBLISHED = D("2031-05-12")  # a Monday
FRIDAY = D("2031-05-09")
SATURDAY = D("2031-05-10")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Prisoners rioted at the central jail in Dornvale on Friday night.\n\n"
            "One prisoner was killed and three wardens were injured in the clash.",
            FRIDAY,
        ),
        (
            "A brawl broke out outside the district court in Hesket on Saturday.\n\n"
            "Two men were killed and five were hurt in the fighting.",
            SATURDAY,
        ),
    ],
)
def test_a_jail_named_as_the_scene_dates_the_incident(
    nlp: Language, text: str, day: dt.date
) -> None:
    claims = counted_claims(nlp, text, PUBLISHED)
    assert claims
    assert all((c.date_start, c.date_end) == (day, day) for c in claims)


def test_no_publication_day_no_date(nlp: Language) -> None:
    text = (
        "Prisoners rioted at the central jail in Dornvale on Friday night.\n\n"
        "One prisoner was killed and three wardens were injured in the clash."
    )
    assert all(c.date_start is None for c in counted_claims(nlp, text, None))


def test_a_day_in_jail_is_still_not_the_incident_day(nlp: Language) -> None:
    text = (
        "A man who shot two people in Dornvale on Friday spent Saturday in jail.\n\n"
        "Both victims were wounded."
    )
    claims = counted_claims(nlp, text, PUBLISHED)
    assert claims
    assert all(c.date_start == FRIDAY for c in claims)
