"""A year in review published early the next year: the recorder its lead names carries across
paragraphs to the figures of the report no one else gives, not to another body's figures nor
to an incident recalled. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
PUB = D("2032-01-09")
INSTITUTE = "the Institute for Peace Data"  # the body its annual report is of
LEAD = (
    "Veloria saw 1,150 militant attacks in 2031, which killed 2,400 people, according to the "
    "annual report of the Institute for Peace Data released on Thursday.\n\n"
)


def by_figure(nlp: Language, text: str) -> dict[str, tuple[object, ...]]:
    return {
        c.number_text: (c.date_start, c.date_end, c.attribution)
        for c in counted_claims(nlp, text, PUB)
    }


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a province of two words records where, the institute who
        (LEAD + "North Kivu recorded 600 attacks during the year.", "600", INSTITUTE),
        (LEAD + "Tarvo was calm.\n\nIn the last quarter, 310 attacks were recorded.", "310",
         INSTITUTE),
        (LEAD + "The figures compare with 760 attacks in the previous year.", "760",
         INSTITUTE),
        # another body's figure, and an incident the story recalls, are not the recorder's
        (LEAD + "The army's media wing said troops killed 1,100 militants in 2031.", "1,100",
         "The army's media wing"),
        (LEAD + "In March, a suicide bomber killed 40 people at a market in Lisk.", "40", None),
    ],
)
def test_recorder_carried(nlp: Language, text: str, figure: str, expected: str | None) -> None:
    assert by_figure(nlp, text)[figure][2] == expected
