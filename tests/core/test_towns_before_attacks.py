"""A town named before an attack's noun in a headline ("Zaporizhzhia attack kills three") tells
where, as a state does ("a Michigan office shooting"), even when NER takes the town for a
person's or a body's name: it was the doer (issue #11, actor). A group's name stays the
doer. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 5, 7)


@pytest.mark.parametrize(
    "headline",
    ["Zaporizhzhia attack kills three, injures 20", "Kharkiv attack kills three, injures 20"],
)
def test_a_town_before_the_attack_is_no_doer(headline: str) -> None:
    result = run_texts(f"{headline}\n\nThe governor gave no more details.", published=DAY)
    assert {c.actor for c in result.claims} == {None}


@pytest.mark.parametrize(
    ("headline", "doer"),
    [
        ("Taliban attack kills three, injures 20", "Taliban"),
        ("Hamas attack kills three, injures 20", "Hamas"),
    ],
)
def test_a_group_before_the_attack_is_the_doer(headline: str, doer: str) -> None:
    result = run_texts(f"{headline}\n\nThe governor gave no more details.", published=DAY)
    assert {c.actor for c in result.claims} == {doer}
