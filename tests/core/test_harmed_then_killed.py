"""A way of harm joined to a killing with no subject of its own ("were stabbed and killed",
"beaten and killed", "tortured and executed") tells how the same people were killed, as "shot
and killed" does: the dead, not the hurt (issue #11, counts). The plain words of the hurt
("injured and killed": two groups of a toll), a second subject ("and one was killed"), a
death that did not happen ("nearly killed", "could have been killed") and a harm with no
killing stay as they were. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import run_texts, written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three farmers were stabbed and killed in Benue on Sunday, police said.",
         [("Three", "killed")]),
        ("Two traders were beaten and killed by a mob in Kano on Tuesday, police said.",
         [("Two", "killed")]),
        ("Four villagers were tortured and killed by militiamen near Beni on Friday, the army "
         "said.", [("Four", "killed")]),
        ("Five civilians were tortured and executed by the militia near Bunia, a rights group "
         "said.", [("Five", "killed")]),
        ("Six fishermen were beaten and slain on the shore near Kismayo on Friday, officials "
         "said.", [("Six", "killed")]),
        ("Two guards were assaulted and murdered at a depot in Kisumu on Sunday, police said.",
         [("Two", "killed")]),
    ],
)
def test_a_way_of_harm_then_a_killing_counts_the_dead(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two guards were stabbed and wounded in Nairobi on Monday, police said.",
         [("Two", "injured")]),
        ("Three men were stabbed and robbed in Lagos on Monday, police said.",
         [("Three", "injured")]),
        ("Two officers were injured and killed in separate incidents in Karachi last week, "
         "police said.", [("Two", "other")]),
        ("Two teenagers were stabbed and one was killed in Croydon on Friday, police said.",
         [("Two", "injured"), ("one", "killed")]),
        ("Two protesters were beaten and nearly killed by soldiers in Harare, a lawyer said.",
         [("Two", "injured")]),
        ("Two protesters were beaten and could have been killed, a lawyer said.",
         [("Two", "injured")]),
        ("Four pupils were beaten and then sent home, the headteacher said.",
         [("Four", "injured")]),
        ("Two men were injured and nearly died in Lagos on Monday, police said.",
         [("Two", "injured")]),
    ],
)
def test_near_misses_stay(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert [c[:2] for c in written_counts(nlp, text, None)] == expected


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the killing names its own doer: the killer, not who did the first harm
        ("Two suspects were beaten by a mob and later killed by police in Aba.", "police"),
        ("Two herders were stabbed by villagers and later killed by soldiers.", "soldiers"),
        # one doer for both
        ("Two traders were beaten and killed by a mob in Kano.", "a mob"),
    ],
)
def test_the_killer_is_the_actor(text: str, actor: str) -> None:
    claims = run_texts(text, published=dt.date(2031, 11, 18)).claims
    assert [(c.measure, c.actor) for c in claims] == [("killed", actor)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death that did not happen: no one killed
        ("Two men were nearly killed in Lagos on Monday, police said.", []),
        ("Two women almost died in the fire, firefighters said.", []),
        # the qualifier of a count is no near miss
        ("Nearly 40 people were killed in Lagos on Monday.", [("killed", 40.0)]),
        ("Almost 40 people died in the fire, firefighters said.", [("killed", 40.0)]),
    ],
)
def test_near_deaths(text: str, expected: list[tuple[str, float]]) -> None:
    claims = run_texts(text, published=dt.date(2031, 11, 18)).claims
    assert [(c.measure, c.value) for c in claims] == expected
