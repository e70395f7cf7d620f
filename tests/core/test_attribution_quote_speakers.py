"""Issue #11, western copy: a quote's speaker named with an apposition that has a relative
clause of its own ("said Ibrahim Sule, a farmer who said he had hidden ...") is the person
named, not the description, for the quote that follows; a speaker goes on over a sentence
with no voice of its own to the figure after it, in the same paragraph. Sentences and people
we invented."""

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
    # a sentence with no voice of its own between the report and the figure
    (
        "The regional health office said on X that the toll had risen. It gave no details of"
        " the victims. At least 23 people have died so far.",
        [(23, "killed", "The regional health office")],
    ),
    # another voice between them, or a new paragraph: the figure is the report's own
    (
        "The regional health office said on X that the toll had risen. Witnesses described"
        " bodies in the street. At least 23 people have died so far.",
        [(23, "killed", None)],
    ),
    (
        "The regional health office said on X that the toll had risen. It gave no details of"
        " the victims.\n\nAt least 23 people have died so far.",
        [(23, "killed", None)],
    ),
    # a sentence about someone else: the figure after it is the report's own
    (
        "The regional health office said on X that the toll had risen. He had moved to the"
        " town last year. At least 23 people have died so far.",
        [(23, "killed", None)],
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
