"""Issue #11, western copy: a quote's speaker named with an apposition that has a relative
clause of its own ("said Ibrahim Sule, a farmer who said he had hidden ...") is the person
named, not the description, for the quote that follows. Sentences and people we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 3, 4)

Found = list[tuple[float, str, str | None]]

ATTRIBUTED: list[tuple[str, Found]] = [
    (
        '"They came at night," said Ibrahim Sule, a farmer who said he had hidden in the'
        ' bushes. "We buried 14 people this morning."',
        [(14, "killed", "Ibrahim Sule")],
    ),
    # a body's relative clause names the body
    (
        "The health ministry, which said it had sent doctors to the town, put the toll at 14.",
        [(14, "killed", "The health ministry")],
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[str, Found]:
    claims = core_claims_by_text([t for t, _ in ATTRIBUTED], PUB)
    return {t: [(c.value, c.measure, c.attribution) for c in cs] for t, cs in claims.items()}


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_quote_speakers(found: dict[str, Found], text: str, expected: Found) -> None:
    assert found[text] == expected
