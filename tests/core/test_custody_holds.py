"""Issue #11, detection: people held in custody with no verb of arrest, "in custody" hung on
them ("We have one in custody", "police have two suspects in custody"), are arrested; what one
has in mind or at school is no arrest. Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We have one in custody, and we are still looking for the driver," Sheriff Ana Dorn'
         " said.", [("arrested", 1)]),
        ('"We have two in custody," the sheriff of Korvel County said.', [("arrested", 2)]),
        ("Police in Korvel have two suspects in custody.", [("arrested", 2)]),
        # the verb's own "in custody" was read before, and still is
        ("Police said they had three men in custody.", [("arrested", 3)]),
        # no custody
        ("We have one in mind for the job.", []),
        ("The family has two children in school in Korvel.", []),
    ],
)
def test_people_held_in_custody_are_arrested(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
