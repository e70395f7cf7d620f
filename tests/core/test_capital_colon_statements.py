"""A colon dateline in capitals keeps its story a statement: "QUETTA: Gunmen on Sunday killed
six coal miners, officials said" made none, the parser taking the town for a clause the
officials said (the statement read the town alone, no verb) or hanging the story on the town
("JOS: Bandits ... abducted 14 farmers, residents said": the town an unlabelled dependant). The
dateline stays in its sentence (its row labels, sources and places read it there); the clause
read is the story after it now (issue #11, sources). Towns are real; the sentences are ours."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

PAPER = dt.date(2031, 3, 4)


def _statements(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.content) for s in run_texts(text, published=PAPER).statements]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        ("QUETTA: Gunmen on Sunday killed six coal miners, officials said.",
         ("officials", "Gunmen on Sunday killed six coal miners")),
        ("BANNU: Terrorists on Thursday killed three policemen at a checkpoint, police said.",
         ("police", "Terrorists on Thursday killed three policemen at a checkpoint")),
        ("JOS: Armed bandits on Tuesday abducted 14 farmers near their village, residents said.",
         ("residents", "Armed bandits on Tuesday abducted 14 farmers near their village")),
    ],
)
def test_the_story_after_a_capital_dateline_is_said(
    text: str, statement: tuple[str, str]
) -> None:
    assert _statements(text) == [statement]


@pytest.mark.parametrize(
    ("text", "statement"),
    [
        # the parser reads these right: as before
        ("KOHAT: Unidentified men on Friday shot dead two brothers over a land dispute, police "
         "said.", ("police", "Unidentified men on Friday shot dead two brothers over a land "
                   "dispute")),
        ("KANO: Police arrested 30 suspects in a raid on Monday, a spokesman said.",
         ("a spokesman", "Police arrested 30 suspects in a raid on Monday")),
        ("PESHAWAR: Two policemen were injured in a blast on Monday, officials said.",
         ("officials", "Two policemen were injured in a blast on Monday")),
        ("MAIDUGURI: Insurgents on Wednesday kidnapped 20 women near a camp, a local leader "
         "said.", ("a local leader", "Insurgents on Wednesday kidnapped 20 women near a camp")),
        # a town in capitals inside the clause is no dateline
        ("Gunmen killed six miners on Sunday in QUETTA, officials said.",
         ("officials", "Gunmen killed six miners on Sunday in QUETTA")),
        # a colon after no town, as before
        ("Breaking: Gunmen killed six miners on Sunday, officials said.",
         ("officials", "Breaking: Gunmen killed six miners on Sunday")),
    ],
)
def test_other_openings_keep_their_statement(text: str, statement: tuple[str, str]) -> None:
    assert _statements(text) == [statement]


def test_the_dateline_stays_the_place() -> None:
    claims = run_texts("QUETTA: Gunmen on Sunday killed six coal miners, officials said.",
                       published=PAPER).claims
    assert [(c.location, c.attribution) for c in claims] == [("Quetta", "officials")]
