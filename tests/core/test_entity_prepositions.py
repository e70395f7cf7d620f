"""A sentence's first preposition NER takes into a place's name ("Across Burkina Faso, more
than 500 people were killed in April": one ORG "Across Burkina Faso") is no part of it: the
country was lost and the figure filed under the lead's town (issue #11, place). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 7)


def test_a_country_after_a_sentences_first_preposition(nlp: Language) -> None:
    text = (
        "Militants killed 30 people in Djibo on Saturday. Across Burkina Faso, more than 500 "
        "people were killed in April."
    )
    labels = {e.text: e.label_ for e in nlp(text).ents}
    # the recogniser's "Across Burkina Faso" (an organisation) is mended with the parse now
    # (fronted_places); the place readers keep the country whichever entity they are given
    assert labels.get("Burkina Faso") == "GPE"
    five_hundred = next(c for c in read_claims(nlp, text, DAY) if c.value == 500)
    assert five_hundred.location == "Burkina Faso"


def test_a_town_after_in_as_before(nlp: Language) -> None:
    (claim,) = read_claims(nlp, "In Kabul, two people were killed on Saturday.", DAY)
    assert claim.location == "Kabul"
