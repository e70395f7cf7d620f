"""A telephone number whose last group the tokenizer leaves alone: "call 559-621-7000" read
an uncategorised count of 7000 (issue #11, counts), where "907-555-0143" read nothing; the
last group sat beyond the reach the telephone pattern was searched from. Now no count, as
every telephone number. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from core.extract import address_numbers
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def _figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    return [(c.value, c.measure) for c in read_claims(nlp, text, None)]


def _in_a_phone(nlp: Language, text: str, digits: str) -> bool:
    """Whether the number ``digits`` (its last occurrence) reads as part of a telephone
    number."""
    doc = nlp.make_doc(text)
    start = text.rindex(digits)
    span = doc.char_span(start, start + len(digits), alignment_mode="expand")
    assert span is not None
    return address_numbers.phone_number(span, text, 0)


@pytest.mark.parametrize(
    ("text", "digits", "phone"),
    [
        ("Anyone with information is asked to call 559-621-7000.", "7000", True),
        ("Tips may be left at (559) 621-7000, police said.", "7000", True),
        ("Call 312-744-8263 with any information.", "8263", True),
        # counts beside a telephone number, and a hyphened range
        ("Call 559-621-7000 to report the 40 cases.", "40", False),
        ("Between 150-200 people were hurt in the stampede.", "200", False),
        ("The 2015-2019 figures show 312 killings in the county.", "312", False),
        ("Police said 621-7000 was the plate, and 12 were held.", "12", False),
    ],
)
def test_the_last_group_of_a_telephone_number(
    nlp: Language, text: str, digits: str, phone: bool
) -> None:
    assert _in_a_phone(nlp, text, digits) is phone


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("A man was shot dead on Friday. Anyone with information is asked to call "
         "559-621-7000.", [(1.0, "killed")]),
        ("Three people were hurt. Tips can be sent to 312-744-8263 or by text.",
         [(3.0, "injured")]),
        ("Two people were hurt. Call (559) 621-7000 with tips.", [(2.0, "injured")]),
    ],
)
def test_a_telephone_number_is_no_count(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert _figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # read already
        ("Two people were injured. Call 907-555-0143 with tips.", [(2.0, "injured")]),
        # counts beside a telephone number, and counts of things
        ("Police arrested 15 people and seized 1,200 rounds on Friday.",
         [(15.0, "arrested"), (1200.0, "other")]),
        ("Police arrested 12 people. Call 559-621-7000 to report 40 more sightings.",
         [(12.0, "arrested"), (40.0, "other")]),
        # a range of counts with a hyphen
        ("Between 150-200 people were hurt in the stampede on Friday.", [(150.0, "injured")]),
    ],
)
def test_counts_beside_numbers_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert _figures(nlp, text) == figures
