"""The body that records a tally is no doer of its harm (issue #11, actor): "The PNP has
recorded 18 violent incidents since January 12, leaving 11 dead" made the police the killers.
The subject of a verb of recording above the figure's own verb is who counted; the doer of
a deed told the same way stays its actor. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The PNP has recorded 18 election-related violent incidents since January 12, "
         "leaving 11 dead and 9 wounded.", None),
        ("The agency has documented 37 attacks on civilians in Ituri since January, killing "
         "120 people.", None),
        # near miss: a doer's deed
        ("Gunmen attacked a village on Monday, killing 12 people.", "Gunmen"),
    ],
)
def test_a_recorder_is_no_doer(nlp: Language, text: str, actor: str | None) -> None:
    killed = [c for c in read_claims(nlp, text, DAY) if c.measure == "killed"]
    assert [c.actor for c in killed] == [actor]
