"""The doer of a participle written right after a relative clause (issue #11, doer): "Police
are searching for a gunman who opened fire on a crowd, killing one man and wounding three" -
the parser hangs the participle on the clause above, and the police were read as the killers.
The people the relative clause is about did it (when they are people, or a word of a doer),
and their words end before the clause ("two men who stormed a shop" is "two men"). A clause
above that is a deed of its own keeps its subject. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

PUB = dt.date(2031, 9, 17)


def doers(text: str) -> list[tuple[str, str | None]]:
    claims = run_documents([from_text(text, doc_id="d1", published=PUB)]).claims
    return [(c.measure, c.actor) for c in claims if c.measure not in ("other", "arrested")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarvel police are searching for a gunman who opened fire on a group of people at a "
         "bus stop on Friday, killing one man and wounding three others.",
         [("killed", "a gunman"), ("injured", "a gunman")]),
        ("Police arrested a man who attacked worshippers with a knife at a mosque in Tarvel on "
         "Friday, wounding four.",
         [("injured", "a man")]),
        ("Police are hunting for two men who stormed a jewellery shop in Tarvel on Monday, "
         "killing the owner.",
         [("killed", "two men")]),
    ],
)
def test_the_people_of_the_clause_did_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert doers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause above is a deed: its subject stays the doer
        ("Troops killed a militant who attacked a checkpoint in Tarvel, wounding two "
         "soldiers.",
         [("killed", "Troops"), ("injured", "Troops")]),
        ("Gunmen attacked a bus that was carrying pilgrims in Tarvel on Friday, killing 5.",
         [("killed", "Gunmen")]),
        # a clause on what the subject above came at or into tells no deed: the subject
        # above did it, as before
        ("A suicide bomber walked into a mosque that was packed for Friday prayers in "
         "Tarvel, killing 23 worshippers, police said.",
         [("killed", "A suicide bomber")]),
        ("A soldier turned his rifle on comrades who were sleeping in a barracks in Tarvel "
         "on Sunday, killing four.",
         [("killed", "A soldier")]),
        ("The attacker detonated explosives near a bus that was carrying police recruits in "
         "Tarvel, killing 12.",
         [("killed", "The attacker")]),
        # the clause tells of no doer: none, not the searchers
        ("Police are searching for a driver who fled the scene in Tarvel on Friday, leaving "
         "two pedestrians dead.",
         [("killed", None)]),
        ("Officials are looking into a fire that broke out at a market in Tarvel on Sunday, "
         "killing 3 traders.",
         [("killed", None)]),
    ],
)
def test_a_deed_above_or_no_doer_in_the_clause(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert doers(text) == expected
