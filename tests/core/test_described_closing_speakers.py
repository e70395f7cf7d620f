"""A closing speaker described by a relative clause ("..., a security official who asked not
to be named said"): the parser made the speaker an object of the clause before the comma, so
the figure had no source and the report no statement (issue #11, sources and actors).
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _read(text: str) -> tuple[list[str | None], list[tuple[str | None, str]]]:
    out = run_texts(text, published=DAY)
    return (
        [c.attribution for c in out.claims],
        [(s.speaker, s.content) for s in out.statements],
    )


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("KABUL: A roadside bomb killed 6 soldiers on Monday, a security official who asked "
         "not to be named said.", "a security official",
         "A roadside bomb killed 6 soldiers on Monday"),
        ("LAGOS: Gunmen abducted 7 workers from a quarry on Friday, a company manager who "
         "asked not to be identified told reporters.", "a company manager",
         "Gunmen abducted 7 workers from a quarry on Friday"),
        ("JUBA: Raiders killed 11 herders at a cattle camp on Sunday, a local official who "
         "asked not to be named said.", "a local official",
         "Raiders killed 11 herders at a cattle camp on Sunday"),
    ],
)
def test_the_described_closer_speaks(text: str, speaker: str, content: str) -> None:
    sources, statements = _read(text)
    assert sources == [speaker]
    assert statements == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the relative clause describes one the figure counts, or a place's neighbour
        ("KABUL: A bomb killed 8 people, including a guard who worked at the gate, the police "
         "said.", "the police"),
        ("KABUL: The blast killed 8 people near a police officer who was directing traffic, "
         "officials said.", "officials"),
        ("KABUL: The bomb killed a guard and 4 officers who were at the gate, police said.",
         "police"),
        # a subject of its own, or no relative clause: read as before
        ("KABUL: A bomb killed 9 people at a market on Monday, a police officer who did not "
         "want to be identified said.", "a police officer"),
        ("KABUL: A bomb killed 5 people at a market on Monday, a police source said.",
         "a police source"),
        ("KABUL: A bomb killed 4 people at a market on Monday, according to an official who "
         "asked not to be named.", "an official"),
    ],
)
def test_the_source_stays(text: str, source: str) -> None:
    assert source in _read(text)[0]
