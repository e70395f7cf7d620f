"""Issue #11, attribution and detection: a headline that opens with its source ("Police:",
"Deputies:", "Cops:") still tells its one victim, and the source is the claim's. A label
before a colon that is no source ("Update:") or a count ("3 deputies: ...") is no speaker.
Headlines we invented."""

from __future__ import annotations

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents


def _read(text: str) -> list[tuple[str, float, str | None]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt")
    return [(c.measure, c.value, c.attribution) for c in run_documents([doc]).claims]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Police: Man fatally shot in Northside home", [("killed", 1, "Police")]),
        ("Deputies: Man shot by homeowner during break-in", [("injured", 1, "Deputies")]),
        ("Cops: Teen wounded in drive-by", [("injured", 1, "Cops")]),
        ("Man fatally shot in Northside home", [("killed", 1, None)]),
        # a town's force: the tagger may take the town for a verb, the parser may cut the
        # line at the colon
        ("Fresno police: Teen shot in head at mall", [("injured", 1, "Fresno police")]),
        ("Fresno Police: Teen shot in head at mall", [("injured", 1, "Fresno Police")]),
    ],
)
def test_headline_source_then_victim(headline: str, expected: list[object]) -> None:
    assert _read(headline) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the tagger's time runs on from the count into the phrase after it
        ("Police arrest 46 after a second night of unrest in Flatbush", [("arrested", 46)]),
        ("Police arrested 12 after midnight on Sunday.", [("arrested", 12)]),
        # a clock time stays one
        ("The clashes began at 10 after midnight.", []),
    ],
)
def test_count_before_a_time_phrase(headline: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in _read(headline)] == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the first person did something else; the one harmed is named after "after"
        ("Teen held after store clerk shot dead", [("arrested", 1), ("killed", 1)]),
        # a town before the headline's person noun
        ("Memphis man charged with murder", [("arrested", 1)]),
        # a phrasal verb of killing with its particle
        ("Bank executive gunned down outside home", [("killed", 1)]),
    ],
)
def test_headline_people(headline: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in _read(headline)] == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # the law's takers, an arrest verb in the present, a bare person noun
        ("Police arrest suspect in Velmar bar shooting", [("arrested", 1)]),
        ("Cops nab second man in Dalworth killing", [("arrested", 1)]),
        ("Deputies charge teen in Orley stabbing", [("arrested", 1)]),
        # a search is no arrest; a count stays the count
        ("Police seek suspect in Velmar bar shooting", []),
        ("Police arrest 3 in Velmar bar shooting", [("arrested", 3)]),
    ],
)
def test_headline_takers_arrest_one(headline: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in _read(headline)] == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a sentence-case headline's later clause opens in lower case
        ("Two-year-old Dalworth girl shot and killed, stepfather arrested",
         [("killed", 1), ("arrested", 1)]),
        ("Woman killed, husband held in Orley stabbing", [("killed", 1), ("arrested", 1)]),
        ("Man shot dead, suspect sought", [("killed", 1)]),
    ],
)
def test_headline_clause_arrest(headline: str, expected: list[tuple[str, float]]) -> None:
    assert [(m, v) for m, v, _ in _read(headline)] == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # a harm word right after the comma joins the one before ("shot and killed")
        ("Man shot, killed after pointing rifle at deputies", [("killed", 1)]),
        ("Deputies: Woman shot, killed in Orley", [("killed", 1)]),
        # a clause of its own after the comma: one more person
        ("Teen killed, another wounded in Orley shooting", [("killed", 1), ("injured", 1)]),
    ],
)
def test_headline_participles_joined_by_a_comma(
    headline: str, expected: list[tuple[str, float]]
) -> None:
    assert [(m, v) for m, v, _ in _read(headline)] == expected
