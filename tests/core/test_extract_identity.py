"""benchmarks/extract_identity.py compare: differences of GVC's held-out test reports are
counted and never printed, so reading a compare never shows test output."""

from __future__ import annotations

import pytest

from tests.shared import benchmark_module


def _snapshot(value: int, test_value: int) -> dict[str, object]:
    return {
        "documents": [{"id": "d0", "path": "dev.txt"}, {"id": "d1", "path": "held.txt"}],
        "claims": [
            {"id": "c0", "document_id": "d0", "value": value},
            {"id": "c1", "document_id": "d1", "value": test_value},
        ],
        "events": [{"id": "e0", "claim_ids": ["c1"]}],
        "conflicts": [{"id": "x0", "claim_ids": ["c1"], "kind": "consistent"}],
    }


def test_held_out_rows_are_counted_not_shown(capsys: pytest.CaptureFixture[str]) -> None:
    module = benchmark_module("extract_identity")
    ids = module.held_out_ids(_snapshot(1, 1), frozenset({"held.txt"}))
    assert ids == {"d1", "c1", "e0"}
    before, after = _snapshot(1, 12345), _snapshot(2, 67890)
    module.show_differences(before["claims"], after["claims"], ids)
    out = capsys.readouterr().out
    assert "1 differing rows of held-out test reports" in out
    assert "['value']: [1] -> [2]" in out
    assert "12345" not in out
    assert "67890" not in out


def test_a_row_touches_by_its_document_event_or_members() -> None:
    module = benchmark_module("extract_identity")
    hidden = frozenset({"d1", "c1", "e0"})
    assert module.touches({"id": "s9", "document_id": "d1"}, hidden)
    assert module.touches({"id": "x9", "claim_ids": ["c0", "c1"]}, hidden)
    assert module.touches({"id": "s8", "event_id": "e0"}, hidden)
    assert not module.touches({"id": "c0", "document_id": "d0"}, hidden)
