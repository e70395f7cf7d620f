"""Two clauses joined by "and", each with its subject and its day: each figure takes its own
clause's day; a clause with no day takes the other's. A single day after a ranked incident
("a second shooting Sunday") is the day it happened, no span it ranks within (issue #11,
Time). Sentences we wrote; one case per line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import casualty_days, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday: Friday is June 6, Saturday June 7, Sunday June 8
FRI, SAT, SUN = D("2025-06-06"), D("2025-06-07"), D("2025-06-08")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was shot and killed Friday night, and his cousin was wounded in a second "
            "shooting Sunday, police said.",
            [FRI, SUN],
        ),
        (
            "Two men were shot and killed Friday night, and a woman was wounded in a second "
            "shooting Sunday.",
            [FRI, SUN],
        ),
        # one day for both clauses: each takes it
        ("Two people were killed and five others were injured on Sunday.", [SUN, SUN]),
        ("Two people were killed Saturday and three were wounded.", [SAT, SAT]),
        ("Gunmen killed two policemen on Friday and injured three others.", [FRI, FRI]),
    ],
)
def test_each_conjoined_clause_keeps_its_own_day(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two people were wounded Sunday in the second shooting this week.", [SUN]),
        ("Three men were hurt in a third shooting Saturday night.", [SAT]),
    ],
)
def test_a_ranked_incident_on_a_day_is_dated_by_it(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, WED) == expected


def test_a_conjoined_clause_of_what_followed_leaves_the_harm_its_day(nlp: Language) -> None:
    """Rescuing hostages on Monday is no day of their seizure: the figure keeps the raid's."""
    text = (
        "Gunmen seized 20 villagers in a night raid. Police said in a statement that the raid "
        "on the hamlet happened late on Saturday and that soldiers had rescued three of the "
        "hostages during a sweep of the hills on Monday."
    )
    claims = [c for c in read_claims(nlp, text, WED) if c.measure == "kidnapped"]
    assert [(c.value, c.date_start) for c in claims] == [(20, SAT), (3, SAT)]
