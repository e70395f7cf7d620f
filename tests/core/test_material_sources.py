"""A report's material told as if it spoke ("According to the figures, 402 suspects were
arrested", "The data showed ...") is vouched for by the source the report named just before
it, never the phrase "the figures" (issue #11, attribution). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)
LEAD = "The anti-terrorism police registered 1,094 cases this year, officials said on Monday. "


@pytest.mark.parametrize(
    "after",
    [
        "According to the figures, 402 suspects were arrested in raids.",
        "According to the data, 402 suspects were arrested in raids.",
        "The data showed that 402 suspects were arrested in raids.",
        "These figures show 402 suspects were arrested in raids.",
        "According to the statistics, 402 suspects were arrested in raids.",
    ],
)
def test_the_material_is_the_speakers(after: str) -> None:
    claim = next(c for c in run_texts(LEAD + after, published=DAY).claims if c.value == 402)
    assert claim.attribution == "officials"


@pytest.mark.parametrize(
    ("text", "not_source"),
    [
        ("Police said 3 people were arrested on Monday. The statistics, published by the UN "
         "refugee agency, show 402 people were displaced.", "Police"),
        ("Police said 3 people were arrested on Monday. According to the records, seen by "
         "Reuters, 402 prisoners died in custody in 2030.", "Police"),
        ("The army said it killed 30 militants on Sunday. According to the records, which "
         "were compiled by a local rights group, 402 civilians died.", "The army"),
    ],
)
def test_material_another_made(text: str, not_source: str) -> None:
    claim = next(c for c in run_texts(text, published=DAY).claims if c.value == 402)
    assert claim.attribution != not_source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # no one named before: the figures name no one
        ("According to the figures, 402 suspects were arrested in raids.", None),
        # a body's own material stays the body's
        (LEAD + "Police figures showed 402 suspects were arrested in raids.", None),
        # a source of its own in the sentence
        (LEAD + "According to the figures, 402 suspects were arrested, the minister said.",
         "the minister"),
        # a witness keeps no records
        ("A witness said 6 people were shot. The figures showed 402 suspects were arrested "
         "in the state last year.", None),
        # the speaker in the paragraph before
        ("Police said 3 people were arrested on Monday.\n\nSeparately, the health ministry "
         "released its annual report. According to the figures, 402 people died of cholera.",
         None),
        # the speaker named long before, paragraphs away
        ("Officials said on Monday the province was calm.\n\nMarkets reopened.\n\n"
         "Schools reopened.\n\nAccording to the figures, 402 suspects were arrested.", None),
    ],
)
def test_no_voice_is_borrowed(text: str, source: str | None) -> None:
    claim = next(c for c in run_texts(text, published=DAY).claims if c.value == 402)
    assert claim.attribution != "the figures"
    if source is not None or "Police figures" not in text:
        assert claim.attribution == source
