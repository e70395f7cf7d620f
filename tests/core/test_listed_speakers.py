"""A closing source after a town and its province (issue #11, place and attribution): "...
in Butig, Lanao del Sur, the Army's 103rd Infantry Brigade said Tuesday" lost its source and
was filed under "Brigade" (the parser takes the unit for one more place of a list), and
"in Butig, Lanao del Sur, the military said" under the province alone (the town and its
province taken for a list). The source is the report verb's subject; the town is written
with its province. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Seven militants were killed in clashes with troops in Butig, Lanao del Sur, the "
         "Army's 103rd Infantry Brigade said Tuesday.", "the Army's 103rd Infantry Brigade"),
        ("Seven militants were killed in clashes with troops in Butig, Lanao del Sur, the "
         "Army's 1st Infantry Division said Tuesday.", "the Army's 1st Infantry Division"),
        ("Seven militants were killed in clashes with troops in Butig, Lanao del Sur, the "
         "military said Tuesday.", "the military"),
    ],
)
def test_a_source_after_a_town_and_its_province(nlp: Language, text: str, source: str) -> None:
    claim = read_claims(nlp, text, DAY)[0]
    assert (claim.location, claim.attribution) == ("Butig, Lanao del Sur", source)


def test_two_towns_listed_stay_a_list(nlp: Language) -> None:
    text = "Police arrested nine suspects in Kamoke and Wazirabad on Monday, police said."
    assert read_claims(nlp, text, DAY)[0].location == "Kamoke and Wazirabad"
