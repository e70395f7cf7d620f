"""Unnamed people told by the body they speak from ("sources in the hospital said", "a
source in the police department said", "officials at the district hospital said"): the
figure's source read the whole phrase while the statement's speaker stopped at its head
("sources", "a source"), so the two disagreed on who spoke. Now the speaker keeps the body
too; the town people speak in ("doctors in Tarvo", "officials in the city") stays where they
spoke, as before, and the body is never the incident's place (issue #11, sources).
Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 9, 14)


def _read(text: str) -> tuple[list[str | None], list[str | None], list[str | None]]:
    out = run_texts(text, published=DAY)
    return (
        [s.speaker for s in out.statements],
        [c.attribution for c in out.claims],
        [c.location for c in out.claims],
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("QUETTA: Five people were killed in a blast on Monday, sources in the hospital said.",
         "sources in the hospital"),
        ("QUETTA: Five people were killed in a blast on Monday, officials at the district "
         "hospital said.", "officials at the district hospital"),
        ("PESHAWAR: Two militants were arrested on Sunday, a source in the police department "
         "said.", "a source in the police department"),
        ("QUETTA: Sources in the hospital said five people were killed in a blast on Monday.",
         "Sources in the hospital"),
        ("QUETTA: Five people were killed in a blast at a market on Monday, sources in the "
         "Civil Hospital said.", "sources in the Civil Hospital"),
        ("QUETTA: Five people were killed in a blast on Monday, officials in the provincial "
         "health department said.", "officials in the provincial health department"),
    ],
)
def test_source_and_speaker_agree(text: str, source: str) -> None:
    speakers, sources, places = _read(text)
    assert speakers == [source]
    assert sources == [source]
    assert all(p is None or "ospital" not in p for p in places)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the town they speak in: where they spoke, no part of who they are
        ("QUETTA: Five people were killed in a blast on Monday, doctors in Quetta said.",
         "doctors"),
        ("TARVO: Five people were killed in a blast on Monday, officials in the city said.",
         "officials"),
        ("TARVO: Five people were killed in a blast on Monday, a doctor in the village told "
         "reporters.", "a doctor"),
        # no body: the scene they are at
        ("QUETTA: Five people were killed in a blast on Monday, officials at the scene said.",
         "officials"),
        # a body that speaks, not a person
        ("TARVO: Five people were killed in a blast on Monday, the police in Tarvo said.",
         "the police"),
        # a person named: the name
        ("QUETTA: Five people were killed in a blast on Monday, Dr Ann Roe at the hospital "
         "said.", "Ann Roe"),
        # an "of" phrase: as before
        ("QUETTA: Five people were killed in a blast on Monday, an official of the interior "
         "ministry said.", "an official of the interior ministry"),
        # a named body the parse cuts short ("the Rescue" of "the Rescue 1122"): as before
        ("THATTA: Nine people drowned when a boat capsized on Sunday, officials at the Rescue "
         "1122 said.", "officials"),
    ],
)
def test_other_speakers_keep_their_reading(text: str, speaker: str) -> None:
    assert _read(text)[0] == [speaker]
