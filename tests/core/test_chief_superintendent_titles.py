"""The Nigerian police rank "CSP" (chief superintendent of police), which copy writes before
an officer's name as "SP" and "DSP" ("..., CSP Ada Okafor, said"), was in no list of acronym
titles: the officer spoke as "CSP Ada Okafor", the rank taken into the name, and a post
before it lost the rank. Now it is an acronym title as "SP" is (rules/cues.json), so the
officer is "Ada Okafor" with the rank in the post (issue #11, sources). Sentences we
wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import speakers_and_sources

DAY = dt.date(2031, 3, 6)


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        ("LAGOS: A spokesperson for the state police command, CSP Ada Okafor, said 11 "
         "suspects were arrested on Thursday.",
         ("Ada Okafor", "spokesperson for the state police command CSP"),
         "spokesperson for the state police command CSP Ada Okafor"),
        ("LAGOS: Eleven suspects were arrested on Thursday, CSP Ada Okafor said.",
         ("Ada Okafor", "CSP"), "CSP Ada Okafor"),
    ],
)
def test_the_rank_is_no_part_of_the_name(
    text: str, speaker: tuple[str, str], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        # a body whose initials are the same letters
        ("ABUJA: Eleven suspects were arrested on Thursday, the Civil Society Platform (CSP) "
         "said.", ("Civil Society Platform (CSP)", None), "the Civil Society Platform (CSP)"),
        # a rank already listed: as before
        ("LAGOS: Eleven suspects were arrested on Thursday, DSP Ada Okafor said.",
         ("Ada Okafor", "DSP"), "DSP Ada Okafor"),
        # a name with no rank
        ("LAGOS: Eleven suspects were arrested on Thursday, Ada Okafor said.",
         ("Ada Okafor", None), "Ada Okafor"),
    ],
)
def test_other_speakers_keep_their_reading(
    text: str, speaker: tuple[str, str | None], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])
