"""A release whose adjective names the body that issued it is that body's, not the doer's:
"Security forces detained 23 migrants on Friday, a military statement said" gave the guards as
the source (the release read as one with no author, lent the doer before it), where "a police
statement" already named its police (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _source(text: str, value: float) -> str | None:
    claim = next(c for c in run_texts(text, published=DAY).claims if c.value == value)
    return claim.attribution


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Security forces detained 23 migrants near the river on Friday, a military statement "
         "said.", 23),
        ("The army arrested 14 suspects in the hills on Sunday, a military statement said.", 14),
        ("Government forces rescued 40 hostages from a camp on Sunday, a military statement "
         "said.", 40),
        ("Special forces captured 6 fighters after a raid, a military statement said on Monday.",
         6),
    ],
)
def test_the_adjective_names_the_issuer(text: str, value: float) -> None:
    assert _source(text, value) == "a military statement"


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # no author: the doer issued it
        ("Police arrested 9 men in the market on Sunday, a statement said.", 9, "Police"),
        ("The army arrested 9 men in the market on Sunday, a brief statement said.", 9,
         "The army"),
        ("Police raided two houses and arrested 9 men, a press release said.", 9, "Police"),
        # a noun names its body, as before
        ("Police arrested 7 men on Sunday, a police statement said.", 7, "police"),
        # several bodies', and one that names no one
        ("Troops arrested 12 suspects on Sunday, a joint statement said.", 12, None),
        ("The army killed 11 rebels in the hills on Sunday, an official statement said.", 11,
         None),
        # a striking deed was never the issuer's
        ("Soldiers killed 14 insurgents near the border on Tuesday, a military statement said.",
         14, "a military statement"),
        # an adjective no body's name: the doer, as before
        ("Rangers arrested 5 suspects in the city on Monday, a paramilitary statement said.", 5,
         "Rangers"),
    ],
)
def test_the_issuer_kept(text: str, value: float, source: str | None) -> None:
    assert _source(text, value) == source


@pytest.mark.parametrize(
    ("text", "value", "source"),
    [
        # how often a release comes out names no body, though "the daily" is a newspaper: the
        # release is still the acting body's (review: "a daily bulletin" read as the issuer)
        ("The health department recorded 27 new cholera deaths on Thursday, a daily bulletin "
         "said.", 27, "The health department"),
        ("The interior ministry deported 85 migrants on Wednesday, a daily statement said.", 85,
         "The interior ministry"),
        ("Police detained 31 people in the old city over the holiday, a daily statement said.",
         31, "Police"),
        ("The army detained 19 smugglers near the border on Monday, a weekly bulletin said.",
         19, "The army"),
    ],
)
def test_how_often_a_release_comes_names_no_body(text: str, value: float, source: str) -> None:
    assert _source(text, value) == source
