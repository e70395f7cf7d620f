"""Counts paired in order with the measures before them ("killed and arrested 142 and 96
militants, respectively", "the number of people killed and injured stood at 41 and 65"):
each figure takes the measure in its place. A list of shares and a single measure before
two figures pair nothing. Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 7, 14)
figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rangers killed and arrested 57 and 212 rebels, respectively, in the Eastmarch "
         "operations last year.", [("killed", 57), ("arrested", 212)]),
        ("The number of people killed and injured in the province stood at 318 and 702 "
         "respectively.", [("killed", 318), ("injured", 702)]),
        ("Rebels killed and captured during the campaign numbered 904 and 1,377.",
         [("killed", 904), ("arrested", 1377)]),
    ],
)
def test_each_figure_takes_the_measure_in_its_place(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # shares pair with no measure
        ("Attacks and deaths in the province rose 12 and 30 percent respectively.",
         ("killed", 30)),
        # one measure before two figures: both its own
        ("Police arrested 12 and 14 suspects at the two markets, respectively.",
         ("killed", 12)),
        # the measures belong to another clause than the figures
        ("The raid killed and injured dozens; rangers detained 12 and 14 suspects.",
         ("killed", 12)),
    ],
)
def test_no_list_of_measures_pairs_no_figure(
    nlp: Language, text: str, absent: tuple[str, float]
) -> None:
    assert absent not in figures(nlp, text)
