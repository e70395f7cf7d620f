"""A place's description or its province set off by commas after the place a speaker's
phrase names ("Officials in Tamba, the Roda state capital, said"): the parser may hang the
apposition on the speaker, and it was read as the speaker's role. It says where the place
is, not who speaks (issue #11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import speakers_and_sources

DAY = dt.date(2031, 4, 9)


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        ("Officials in Maiduguri, the Borno state capital, said 12 people were killed.",
         ("Officials", None), "Officials in Maiduguri"),
        ("Officials in Maiduguri, Borno state, said 12 people were killed.",
         ("Officials", None), "Officials in Maiduguri"),
    ],
)
def test_the_place_is_described(
    text: str, speaker: tuple[str, None], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])


@pytest.mark.parametrize(
    ("text", "speaker", "source"),
    [
        # the parser hangs the description on the place: no role, as before
        ("Officials in Goma, the provincial capital, said 30 people were killed.",
         ("Officials", None), "Officials in Goma"),
        ("Police in Jos, the Plateau state capital, said 11 people were arrested.",
         ("Police", None), "Police in Jos"),
        # a person's name after the place is the speaker's, the post his role
        ("The police chief in Maiduguri, Ali Musa, said 12 people were killed.",
         ("Ali Musa", "police chief in Maiduguri"), "police chief Ali Musa"),
        # a description that is no kind of place stays the role
        ("Officials in the district, the worst hit, said 12 people were killed.",
         ("Officials", "the worst hit"), "Officials in the district"),
        # a place named by "of" with the speaker's phrase: as before
        ("A resident of Maiduguri, the state capital, said 12 people were killed.",
         ("A resident of Maiduguri", None), "A resident of Maiduguri"),
        ("Police in Kano, Nigeria, said four people were arrested.",
         ("Police", None), "Police in Kano"),
        # a person described by the town: the speaker's role, as before
        ("The mayor of Chicago, a former Chicago teacher, said 30 people were shot over the "
         "weekend.", ("The mayor of Chicago", "a former Chicago teacher"), "The mayor of Chicago"),
        ("The mayor of Houston, a former Houston police officer, said four people were shot.",
         ("The mayor of Houston", "a former Houston police officer"), "The mayor of Houston"),
    ],
)
def test_other_appositions_keep_their_reading(
    text: str, speaker: tuple[str, str | None], source: str
) -> None:
    assert speakers_and_sources(text, DAY) == ([speaker], [source])
