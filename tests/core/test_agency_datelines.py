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


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a wire's title-case dateline with its agency and a dash, no day
        ("Manila (AFP) – Gunmen killed four farmers in a raid on a village on Friday.", "Manila"),
        ("Nairobi (Reuters) - Bandits killed six herders near the border on Sunday.", "Nairobi"),
        # the town's country in brackets before the agency
        ("Kirkuk (Iraq) (AFP) – The toll from a market bomb rose to nine on Friday.", "Kirkuk"),
    ],
)
def test_a_title_case_wire_dateline_without_a_day(text: str, town: str) -> None:
    found = find_dateline(text)
    assert found is not None
    assert found.city == town


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Khan (Reuters) – A story begins here with several more words in it.",
        "Tiny Town (AFP) – Gunmen killed five villagers in a raid on Friday, police said.",
    ],
)
def test_a_name_with_an_agency_is_no_dateline_unless_a_known_town(text: str) -> None:
    assert find_dateline(text) is None
