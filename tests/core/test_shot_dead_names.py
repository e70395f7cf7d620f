"""A name right after "shot dead": the parser hangs "dead" on the name ("dead Ravi Kumar" as
one noun phrase), so "Gunmen shot dead Dinesh Rawat in Ranchi" read injured 1, where "shot dead
a shopkeeper" reads killed (issue #11, counts). "dead" right after "shot" says they died,
wherever the parser hung it. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Gunmen shot dead Dinesh Rawat in Ranchi on Sunday.", [(1.0, "killed")]),
        ("Unknown assailants shot dead Dinesh Rawat outside his shop.", [(1.0, "killed")]),
        ("Police said gunmen shot dead Inspector Dinesh Rawat.", [(1.0, "killed")]),
    ],
)
def test_a_name_shot_dead_is_killed(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # "shot" alone: hurt, as news uses it
        ("Gunmen shot Dinesh Rawat in Ranchi on Sunday.", [(1.0, "injured")]),
        ("Gunmen shot Dinesh Rawat dead in Ranchi on Sunday.", [(1.0, "killed")]),
        # read so already
        ("Gunmen shot dead a shopkeeper in Ranchi on Sunday.", [(1.0, "killed")]),
        ("Gunmen shot dead two policemen in Ranchi on Sunday.", [(2.0, "killed")]),
        # "dead" of someone else, not after the verb
        ("Gunmen shot the dead man's brother in Ranchi.", []),
        ("Gunmen shot at Dinesh Rawat in Ranchi on Sunday.", []),
    ],
)
def test_other_shots_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
