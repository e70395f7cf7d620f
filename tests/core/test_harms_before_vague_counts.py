"""A second harm verb before a vague count, after the first verb's object: "Fighters killed
four soldiers and injured scores" parses "injured" as an adjective of "scores", a conjunct of
"soldiers", and the hurt read as more dead (killed 20, vague) (issue #11, counts). Re-hung as
"killed four soldiers and injured dozens" parses: injured, scores. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Militants killed four policemen and injured scores in the raid.",
         [(4.0, "killed"), (20.0, "injured")]),
        ("The shelling killed a child and injured scores on Friday.",
         [(1.0, "killed"), (20.0, "injured")]),
        ("Police arrested nine men and injured scores during the protest.",
         [(9.0, "arrested"), (20.0, "injured")]),
    ],
)
def test_the_vague_count_is_the_second_verbs(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        # read so already
        ("Militants killed four policemen and injured dozens in the raid.",
         [(4.0, "killed"), (12.0, "injured")]),
        ("Militants killed four policemen and injured 30 others in the raid.",
         [(4.0, "killed"), (30.0, "injured")]),
        # a noun of people after the adjective: not a vague count
        ("Militants killed four policemen and wounded civilians in the raid.", [(4.0, "killed")]),
        # things, no harm verb
        ("Floods destroyed four homes and damaged scores of shops.", []),
        # a vague count with no harm word before it
        ("Militants killed four policemen and scores of civilians in the raid.",
         [(4.0, "killed"), (20.0, "killed")]),
    ],
)
def test_other_coordinations_stay(
    nlp: Language, text: str, figures: list[tuple[float, str]]
) -> None:
    assert core_figures(nlp, text) == figures
