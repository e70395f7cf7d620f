"""A speaker described as someone's relative, "The daughter of former governor Emeka Obi, Ada
Obi, said ...": the title-and-name split read the name after the kin word's "of" as the
speaker's, so the figures and the statement were the governor's. That name is the
relative's: the speaker is the one named in apposition, or the relative described (issue
#11, sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import figure_sources

DAY = dt.date(2031, 11, 18)


def _sources(text: str) -> tuple[list[str | None], list[str | None]]:
    return figure_sources(text, 3, "three", DAY)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("The daughter of former governor Emeka Obi, Ada Obi, said three men were abducted on "
         "Sunday.", (["Ada Obi"], ["Ada Obi"])),
        ("The wife of Chief Sule Garba said three men were abducted on Sunday.",
         (["The wife of Chief Sule Garba"], ["The wife of Chief Sule Garba"])),
        ("The brother of Senator Ali Musa said three men were abducted on Sunday.",
         (["The brother of Senator Ali Musa"], ["The brother of Senator Ali Musa"])),
    ],
)
def test_the_relative_speaks(text: str, reading: tuple[list[str], list[str]]) -> None:
    assert _sources(text) == reading


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        # a title's "of", no kin word
        ("Superintendent of Police Ann Roe said three men were arrested.",
         (["Superintendent of Police Ann Roe"], ["Ann Roe"])),
        ("Governor Peter Obi said three men were abducted on Sunday.",
         (["Governor Peter Obi"], ["Peter Obi"])),
        # a kin word with no name in its "of"
        ("The son of the village head, Musa Bello, said three men were abducted on Sunday.",
         (["son of the village head Musa Bello"], ["Musa Bello"])),
        # the relative's own name in apposition, which the tagger reads as a person
        ("The widow of slain journalist Tom Reed, Mary Reed, said three men were arrested.",
         (["Mary Reed"], ["Mary Reed"])),
        ("The son of former senator Musa Danjuma, Ibrahim Danjuma, said three men were "
         "abducted on Sunday.", (["Ibrahim Danjuma"], ["Ibrahim Danjuma"])),
        # kin named by their own name
        ("Ada Roe, the governor's daughter, said three men were abducted on Sunday.",
         (["Ada Roe"], ["Ada Roe"])),
    ],
)
def test_other_speakers_keep_their_reading(
    text: str, reading: tuple[list[str], list[str]]
) -> None:
    assert _sources(text) == reading
