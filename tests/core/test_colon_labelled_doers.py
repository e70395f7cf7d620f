"""A label a colon closes at a sentence's opening is no doer: a dateline in title case
("Mir Ali: Militants killed ...", "Abuja, Nigeria: Bandits abducted ...") or a headline's
source ("Police: Gunman killed 3") was read as the actor, or glued to it ("Abuja, Nigeria:
Bandits") (issue #11, sources and actors). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _read(text: str) -> dict[float, tuple[str | None, str | None]]:
    return {c.value: (c.actor, c.attribution) for c in run_texts(text, published=DAY).claims}


@pytest.mark.parametrize(
    ("text", "value", "reading"),
    [
        ("Lakki Marwat: Gunmen killed two guards near a bank on Monday, officials said.",
         2, ("Gunmen", "officials")),
        ("Mir Ali: Militants killed three soldiers in a raid on a post on Sunday, officials "
         "said.", 3, ("Militants", "officials")),
        ("Abuja, Nigeria: Bandits abducted 14 traders from a market on Sunday, police said.",
         14, ("Bandits", "police")),
        # a headline's source: the source it stays, the doer is the clause's subject
        ("Police: Gunman killed 4", 4, ("Gunman", "Police")),
    ],
)
def test_the_doer_follows_the_label(
    text: str, value: float, reading: tuple[str, str]
) -> None:
    assert _read(text)[value] == reading


@pytest.mark.parametrize(
    ("text", "value", "reading"),
    [
        # a headline's source and a passive: no doer
        ("Army: 12 rebels killed in raid", 12, (None, "Army")),
        # a dateline in capitals: read as before
        ("KARACHI: Gunmen killed two shopkeepers on Monday, police said.",
         2, ("Gunmen", "police")),
        # a colon after the clause: no label
        ("Gunmen killed four guards on Monday: police said the attack lasted an hour.",
         4, ("Gunmen", "police")),
        # a speaker's colon: a verb before it, no label
        ("The minister said: Militants killed 5 workers at the site on Monday.",
         5, ("Militants", "The minister")),
        # a clause before the colon
        ("The toll rose: Bandits killed 7 villagers on Sunday, officials said.",
         7, ("Bandits", "officials")),
        # a page label before it keeps the doer after it
        ("Update: Soldiers killed 3 militants in a raid on Monday, the army said.",
         3, ("Soldiers", "the army")),
        # no colon
        ("Police said gunmen killed 6 people in Tarvel on Monday.", 6, ("gunmen", "Police")),
    ],
)
def test_no_label_keeps_its_reading(
    text: str, value: float, reading: tuple[str | None, str | None]
) -> None:
    assert _read(text)[value] == reading


def _actor(text: str, value: float) -> str | None:
    return _read(text)[value][0]


@pytest.mark.parametrize(
    ("text", "value", "actor"),
    [
        # a group's label and its first person: the label's own deed
        ("Al-Shabaab: Our fighters killed 30 soldiers at a base in Gedo", 30, "Al-Shabaab"),
        ("Taliban: We killed 12 soldiers in an overnight raid", 12, "Taliban"),
        ("Army: Our troops killed 15 terrorists in Tarvel", 15, "Army"),
        # near misses: a place's label speaks for no one; a title's label is no group
        ("Lakki Marwat: Our troops killed 6 militants in a raid on Monday.", 6, "Our troops"),
        ("Police chief: We arrested 9 suspects after the robbery", 9, None),
        # no first person: the clause's subject
        ("Taliban: Gunmen killed 4 guards at a checkpoint", 4, "Gunmen"),
    ],
)
def test_a_label_speaking_of_its_deed(text: str, value: float, actor: str | None) -> None:
    assert _actor(text, value) == actor
