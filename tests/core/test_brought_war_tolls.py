"""A toll counted since a war's start that the parser misreads: "bringing the toll since the
start of the war to 41,000" (the "to" hung on "start", so the figure sat inside the "since"
phrase) and "the toll since the start of the war had reached 41,000" ("since" the verb's mark,
"start" its subject). Both run from the day the report says the war began up to the telling,
as "41,000 have been killed since the start of the war" does (issue #11, dates); they had
taken the war's first day alone. Figures with a day of their own, and a "since" phrase that
counts its own stretch, keep their reading. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2030, 3, 4)  # a Monday
SUNDAY = dt.date(2030, 3, 3)
WAR = dt.date(2029, 10, 7)


def _days(nlp: Language, text: str, figure: str) -> tuple[dt.date | None, dt.date | None]:
    found = [c for c in read_claims(nlp, text, DAY) if c.number_text == figure]
    assert found, f"no claim {figure!r}"
    return found[-1].date_start, found[-1].date_end


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        ("The war began on Oct. 7, 2029. Airstrikes killed 30 people on Sunday, bringing the "
         "toll since the start of the war to 41,000, the health ministry said.", "41,000",
         (WAR, DAY)),
        ("The war began on Oct. 7, 2029. The health ministry said the toll since the start of "
         "the war had reached 41,000.", "41,000", (WAR, DAY)),
        ("The war began on Oct. 7, 2029. Shelling killed nine soldiers on Sunday, bringing "
         "the number of dead since the beginning of the war to 6,200.", "6,200", (WAR, DAY)),
    ],
)
def test_a_brought_toll_since_the_start_runs_to_the_telling(
    nlp: Language, text: str, figure: str, days: tuple[dt.date | None, dt.date | None]
) -> None:
    assert _days(nlp, text, figure) == days


@pytest.mark.parametrize(
    ("text", "figure", "days"),
    [
        ("The war began on Oct. 7, 2029. Airstrikes killed 30 people on Sunday, bringing the "
         "toll since the start of the war to 41,000, the health ministry said.", "30",
         (SUNDAY, SUNDAY)),
        ("The war began on Oct. 7, 2029. The ministry says more than 41,000 people have been "
         "killed since the start of the war.", "more than 41,000", (WAR, DAY)),
        ("Airstrikes killed 30 people on Sunday, bringing the toll since the start of the war "
         "to 41,000, the health ministry said.", "41,000", (None, None)),
        ("The war began on Oct. 7, 2029. Airstrikes killed 30 people on Sunday, bringing the "
         "toll to 41,000, the health ministry said.", "41,000", (SUNDAY, SUNDAY)),
    ],
)
def test_other_tolls_keep_their_reading(
    nlp: Language, text: str, figure: str, days: tuple[dt.date | None, dt.date | None]
) -> None:
    assert _days(nlp, text, figure) == days
