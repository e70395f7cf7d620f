"""A post written as a name after "the" ("The PPRO, SP Ann Roe, said", "The DPO, CSP Ann Roe,",
"The Police Public Relations Officer, Ann Roe,"), the standard attribution of Nigerian police
copy, speaks as the name set off after it (issue #11, attribution): the tagger reads the post
as a proper noun, and the source was "The PPRO". A post written as a common noun ("The police
spokesperson, Ann Roe,") stays beside the name. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 5, 7)


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        ("The PPRO, SP Funmilayo Oduya, said", "SP Funmilayo Oduya"),
        ("The DPO, CSP Musa Bello, said", "CSP Musa Bello"),
        ("The Police Public Relations Officer, SP Funmilayo Oduya, said", "SP Funmilayo Oduya"),
        ("The PPRO, Funmilayo Oduya, said", "Funmilayo Oduya"),
    ],
)
def test_the_name_after_a_post_speaks(opening: str, source: str) -> None:
    text = f"{opening} 20 suspected kidnappers were arrested in Sagamu on Saturday."
    result = run_texts(text, published=DAY)
    # the name, with the rank when the recogniser leaves it outside the person's name
    wanted = {source, source.removeprefix("SP ")}
    assert len(result.claims) == 1
    assert result.claims[0].attribution in wanted
    assert len(result.statements) == 1
    assert result.statements[0].speaker in wanted


def test_a_common_noun_post_stays_beside_the_name() -> None:
    """ "The police spokesperson, SP X,": the post kept as "police spokesperson SP X" writes it
    (test_appositive_roles); the statement names the person."""
    text = (
        "The police spokesperson, SP Funmilayo Oduya, said 20 suspected kidnappers were "
        "arrested in Sagamu on Saturday."
    )
    result = run_texts(text, published=DAY)
    assert [c.attribution for c in result.claims] == ["police spokesperson SP Funmilayo Oduya"]
    assert [s.speaker for s in result.statements] in (
        ["SP Funmilayo Oduya"], ["Funmilayo Oduya"]
    )


@pytest.mark.parametrize(
    ("opening", "source"),
    [
        # a description set off after a body's initials is no name
        ("The ANC, the ruling party, said", "The ANC"),
        ("The UN said", "The UN"),
    ],
)
def test_a_body_and_its_description(opening: str, source: str) -> None:
    text = f"{opening} 20 people were arrested in Soweto on Saturday."
    result = run_texts(text, published=DAY)
    assert [c.attribution for c in result.claims] == [source]
