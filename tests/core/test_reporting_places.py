"""A place that "reports" figures is where they are, not who says them (issue #11,
attribution): in a statistics roundup "Sindh reported nine deaths", "Baramulla reported four
of these incidents" name the area of the count, as "recorded" and "registered" already did;
the roundup's source goes on. A body that reports figures is still their source. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 4, 9)


@pytest.mark.parametrize(
    ("text", "value", "place", "source"),
    [
        ("ISLAMABAD: The country saw 64 attacks in March, the think tank said. Sindh reported "
         "nine deaths in such attacks.", 9, "Sindh", "the think tank"),
        ("ISLAMABAD: The country saw 64 attacks in March, the think tank said. Sindh reported "
         "nine attacks.", 9, "Sindh", "the think tank"),
        # a town the tagger takes for a person, reporting a part of the count before
        ("Srinagar: The valley saw 18 militant attacks in March, police said. Baramulla "
         "reported four of these incidents.", 4, "Baramulla", "police"),
        # near misses: a body reports what it counted, a town's force too
        ("The health ministry reported nine deaths in Sindh on Monday.", 9, "Sindh",
         "The health ministry"),
        ("Shootings are up this year, with Dayton Police reporting 310 shooting incidents "
         "through March 30.", 310, "Dayton", "Dayton Police"),
        # a newspaper named by a word for a land
        ("The Nation reported 14 deaths in the clashes in Sindh on Monday.", 14, "Sindh",
         "The Nation"),
    ],
)
def test_a_place_that_reports_figures_holds_them(
    nlp: Language, text: str, value: float, place: str, source: str
) -> None:
    claim = next(c for c in read_claims(nlp, text, DAY) if c.value == value)
    assert (claim.location, claim.attribution) == (place, source)
