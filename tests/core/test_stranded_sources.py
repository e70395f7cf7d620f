"""Issue #11, a passive report whose outlet the parser hung on the participle after it ("Nine
people were reported killed by state media"): the outlet reports the figure; a doer that is
no outlet ("were reported killed by police") gives no source. Sentences we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract.attribution import reporter
from core.extract.stranded_sources import reporting_outlets

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Nine people were reported killed by state media.", "state media"),
        ("Two others were reported wounded by the official news agency.",
         "the official news agency"),
        # near misses: the agent did the deed, or the report has an agent of its own
        ("Two suspects were reported killed by police.", None),
        ("Nine people were killed by gunmen, state media reported.", "state media"),
    ],
)
def test_an_outlet_reports_a_passive_figure(nlp: Language, text: str, source: str | None) -> None:
    doc = nlp(text)
    harm = next(t for t in doc if t.lemma_ in ("kill", "wound") and t.tag_ == "VBN")
    assert reporter(harm) == source


def test_no_outlet_without_a_passive_report(nlp: Language) -> None:
    doc = nlp("Police reported that state media were banned.")
    assert all(reporting_outlets(t) == () for t in doc)
