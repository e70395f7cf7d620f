"""A figure a speaker "spoke of", "talked of", "cited" or "mentioned" is theirs, as one they
"put" or "reported" is: "A local official put the toll at 40 dead, while a security source
spoke of 50" gives the 50 to the security source, the second voice of a disagreement a checker
must see (issue #11, attribution). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _source(text: str, value: int) -> str | None:
    return next(c for c in run_texts(text, published=DAY).claims if c.value == value).attribution


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A security source spoke of 50 dead after the raid on Kassa.", "A security source"),
        ("A local official put the toll at 40 dead, while a security source spoke of 50.",
         "a security source"),
        ("A second official talked of 50 deaths in the two villages.", "A second official"),
        ("A health worker cited a toll of 50 dead in the camp.", "A health worker"),
        ("Residents mentioned at least 50 dead after the shelling.", "Residents"),
        ("Police reported 40 dead, while medics at the clinic spoke of 50 killed.",
         "medics"),
    ],
)
def test_the_speaker_vouches(text: str, source: str) -> None:
    assert _source(text, 50) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # what they spoke of holds no figure: the figure is the other speaker's
        ("Residents spoke of heavy gunfire; police said 50 people were killed.", "police"),
        ("Troops killed 50 militants, the army said, while the governor spoke of peace.",
         "the army"),
        # a verb's own object is no figure reported through "of"
        ("Police said 50 people were hurt as the minister spoke to the crowd.", "Police"),
    ],
)
def test_no_figure_spoken_of(text: str, source: str) -> None:
    assert _source(text, 50) == source
