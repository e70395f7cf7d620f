"""A body's name set off by commas after a fronted "according to" object that the parser
read as a noun adverb of the verb: "According to the monitoring group, Airwars, 30 civilians
were killed" hung "Airwars" (a name it never saw) as an ``npadvmod`` of "killed", so the
figure kept the description ("the monitoring group") for its source and the statement's
words began with the name (issue #11, sources). Re-hung as the object's apposition, as the
name read as a subject already was; a day or a place so set off is left. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 10, 6)


def _read(text: str) -> tuple[list[str | None], list[str | None]]:
    result = run_texts(text, published=DAY)
    return [c.attribution for c in result.claims], [s.speaker for s in result.statements]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("According to the monitoring group, Airwars, 30 civilians were killed in the strikes.",
         "Airwars"),
        ("According to the monitoring group, Shelterwatch, 40 patients were wounded in the "
         "shelling.", "Shelterwatch"),
        ("According to the monitoring group, Velmar, 22 civilians were killed in the raids.",
         "Velmar"),
    ],
)
def test_the_name_is_the_source(text: str, source: str) -> None:
    assert _read(text) == ([source], [source])


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a day set off by commas: when, not who
        ("According to the police, Sunday, 30 civilians were killed in the strikes.",
         "the police"),
        ("According to police, Monday night, 30 civilians were killed in the strikes.",
         "police"),
        # a holiday or festival set off by commas, read as a noun adverb as a day is
        ("According to officials, Diwali, 12 people were injured in firecracker blasts.",
         "officials"),
        ("According to police, Gurpurab, 20 people were injured in road accidents.", "police"),
        ("According to the ministry, Labor Day, 31 people were injured in road accidents.",
         "the ministry"),
        # a place set off by commas
        ("According to the police, Karachi, 30 civilians were killed in the strikes.",
         "the police"),
        # a name the parser read already
        ("According to the rights group, Amnesty International, 12 protesters were killed.",
         "Amnesty International"),
    ],
)
def test_other_frames_keep_their_source(text: str, source: str) -> None:
    assert _read(text)[0] == [source]
