"""Issue #11, unseen wire copy: a dateline with the town's state in brackets ("Sukma
(Chhattisgarh), Mar 9 (PTI) Three ...") is the report's dateline, and the figure opening the
story after the agency counts its own noun, however the parser hung it on the month. Towns
are real; incidents and sentences invented."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.text.datelines import find_dateline
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 9)


@pytest.mark.parametrize(
    ("text", "town", "end"),
    [
        ("Sukma (Chhattisgarh), Mar 9 (PTI) Three jawans were hurt in a blast today.",
         "Sukma", "(PTI) "),
        ("Gaya (Bihar), Jun 2 (PTI) Four people drowned in the river on Sunday.", "Gaya",
         "(PTI) "),
        # an agency in brackets after the town is no state
        ("Lucknow (IANS) Four people drowned in the river on Sunday.", None, None),
    ],
)
def test_a_bracketed_state_after_the_town(text: str, town: str | None, end: str | None) -> None:
    dateline = find_dateline(text)
    assert (dateline.city if dateline else None) == town
    if dateline is not None and end is not None:
        assert text[: dateline.end].endswith(end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sukma (Chhattisgarh), Mar 9 (PTI) Three CRPF personnel were killed and four others "
         "injured in a landmine blast in the district today.",
         [("Three", "killed"), ("four", "injured")]),
        ("Dantewada (Chhattisgarh), Mar 9 (PTI) Two jawans were killed in a gunfight today.",
         [("Two", "killed")]),
        # a figure after a bracket that counts no harm
        ("Sukma (Chhattisgarh), Mar 9 (PTI) Three new roads were opened in the district today.",
         []),
    ],
)
def test_the_figure_after_the_agency_counts_its_noun(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    claims = read_claims(nlp, text, PUB)
    assert [(c.number_text, c.measure) for c in claims if c.measure != "other"] == expected
