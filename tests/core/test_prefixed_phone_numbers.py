"""A telephone number written with its trunk "0" or its country's "+", as South Asian,
British and African copy prints a helpline: "051-6123450" was read as a range from 51 and
counted as the toll of the verb nearby ("the injured, numbering 051-6123450", "were taken to
the hospital, 051-6123450"); "0300-7654321" read 300 (issue #11, counts). No count is written
with a leading zero or a plus: such a number is now no figure. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Two people were killed and the injured were taken to the hospital, 051-6123450.",
         [(2.0, "killed")]),
        ("The injured, numbering 051-6123450, were taken to hospital.", []),
        ("Police arrested 0300-7654321 suspects.", []),
        ("Gunmen killed 0321 7654321 on Monday.", []),
        ("Gunmen killed (042) 3511 2233 on Monday.", []),
        ("Gunmen killed +92 301 7654321 on Monday.", []),
        ("Gunmen killed +234 803 765 4321 on Monday.", []),
    ],
)
def test_a_dialled_number_counts_nothing(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # counts beside a number dialled
        ("Police arrested three suspects, contact 0300-7654321.", [(3.0, "arrested")]),
        ("Twelve people were injured. For blood call 021 34567890.", [(12.0, "injured")]),
        # counts without a leading zero or a plus
        ("Police arrested 300 suspects on Monday.", [(300.0, "arrested")]),
        ("Between 51 and 60 people were killed on Monday.", [(51.0, "killed")]),
        ("Gunmen killed 5 people on Monday, police said.", [(5.0, "killed")]),
        # a case number after a count
        ("Police arrested 5 suspects under FIR 321/24 on Monday.", [(5.0, "arrested")]),
        ("Three people were killed; Case No. 0112/2026 was lodged.", [(3.0, "killed")]),
        # a year's range and a score are no telephone numbers
        ("Some 2,000 people were killed in 2015-2016.", [(2000.0, "killed")]),
        # too few digits to be dialled: a range written with zeros
        ("Police said 010-015 suspects were arrested in the raid.", [(10.0, "arrested")]),
    ],
)
def test_counts_beside_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


def test_a_time_before_a_count_keeps_the_count(nlp: Language) -> None:
    """Too few digits to be dialled: a time written with its zero, then the count."""
    text = "At 0500 120 villagers were detained in the sweep, police said."
    assert (120.0, "arrested") in core_figures(nlp, text)
