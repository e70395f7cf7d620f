"""Issue #11, detection of the hurt told in words: one struck by what a riot, a shelling or a
quake throws ("hit in the face by a brick", "struck by falling debris") is hurt, as one struck
by a bullet is; a count of them too. A car or a ball stays no harm told. Sentences we invented."""

from __future__ import annotations

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents


def _read(text: str) -> list[tuple[str, float]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt")
    return [(c.measure, c.value) for c in run_documents([doc]).claims]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("An officer was hit in the face by a brick in Dalworth on Monday.", [("injured", 1)]),
        ("A nurse was struck by falling debris when the quake hit Velmar on Sunday.",
         [("injured", 1)]),
        ("Two officers were hit by stones in Dalworth on Monday.", [("injured", 2)]),
    ],
)
def test_struck_or_treated_is_hurt(text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The striker was hit in the face by a ball during the match on Monday.",
        "The mayor was hit by a wave of criticism on Monday.",
    ],
)
def test_struck_by_no_missile_is_no_harm(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A man is fighting for his life after being shot in Dalworth on Saturday.",
         [("injured", 1)]),
        ("A cyclist is battling for her life after the crash in Dalworth on Saturday.",
         [("injured", 1)]),
        ("The blast left one guard dead and another injured in Dalworth on Saturday.",
         [("killed", 1), ("injured", 1)]),
        # a fight for something else, one another
        ("The widow is fighting for justice in Dalworth.", []),
        ("The two guards blamed one another for the blast.", []),
    ],
)
def test_one_person_told_by_an_idiom_or_another(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert _read(text) == expected


def test_a_fight_for_life_told_past_is_no_new_hurt() -> None:
    # one who "fought for his life" has often died since: the past tells no one hurt
    assert _read("Theo, who fought for his life for a week, will save other children as an"
                 " organ donor.") == []
