"""The JSON export names exactly which claims conflict with which (docs/export-extensions.md):
a conflict whose report restates its figure is written as one record per disagreeing pair,
sharing the conflict's id as ``group``; ``claim_ids`` never holds two claims that agree."""

from __future__ import annotations

import itertools

from core.export.jsonfile import to_json_dict
from core.group.conflicts import find_conflicts
from core.model import Event, Result
from tests.core.claim_factory import Batch


def restated() -> tuple[Batch, Result]:
    """"Six hurt" twice in one report against "nine hurt" twice in another of the same day."""
    b = Batch()
    for doc, word, value in (("d1", "six", 6), ("d2", "nine", 9)):
        b.report(doc, published="2025-06-03", outlet=f"Outlet {doc}")
        b.add(doc, f"A rockfall on the pass injured {word} people, police said.", word, value,
              measure="injured", subject="people")
        b.add(doc, f"The {word} people were taken to hospital.", word, value,
              measure="injured", subject="people")
    event = Event(id="e1", label="rockfall", claim_ids=tuple(c.id for c in b.claims))
    conflicts = find_conflicts([event], b.claims, documents=b.documents())
    return b, Result(documents=tuple(b.documents()), claims=tuple(b.claims), events=(event,),
                     conflicts=conflicts)


def test_a_restated_disagreement_is_one_record_per_disagreeing_pair() -> None:
    b, result = restated()
    (conflict,) = result.conflicts
    assert len(conflict.claim_ids) == 4  # the app lists it once
    rows = to_json_dict(result)["conflicts"]
    values = {c.id: c.value for c in b.claims}
    assert len(rows) == 4
    assert {r["group"] for r in rows} == {conflict.id}
    assert len({r["id"] for r in rows}) == 4
    for row in rows:
        assert row["kind"] == "contradiction"
        assert len(row["claim_ids"]) == 2
        assert {values[c] for c in row["claim_ids"]} == {6, 9}


def test_no_record_pairs_two_claims_that_agree() -> None:
    b, result = restated()
    values = {c.id: c.value for c in b.claims}
    for row in to_json_dict(result)["conflicts"]:
        for x, y in itertools.combinations(row["claim_ids"], 2):
            assert values[x] != values[y]


def test_a_conflict_of_two_claims_is_written_as_before() -> None:
    b = Batch()
    for doc, word, value in (("d1", "six", 6), ("d2", "nine", 9)):
        b.report(doc, published="2025-06-03", outlet=f"Outlet {doc}")
        b.add(doc, f"A rockfall on the pass injured {word} people, police said.", word, value,
              measure="injured", subject="people")
    event = Event(id="e1", label="rockfall", claim_ids=tuple(c.id for c in b.claims))
    conflicts = find_conflicts([event], b.claims, documents=b.documents())
    result = Result(documents=tuple(b.documents()), claims=tuple(b.claims), events=(event,),
                    conflicts=conflicts)
    (row,) = to_json_dict(result)["conflicts"]
    assert row["id"] == conflicts[0].id
    assert "group" not in row
    assert len(row["claim_ids"]) == 2
