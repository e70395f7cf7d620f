"""Issue #11, detection of arrests told in words: the arrest that shares the subject of the
deed before it ("The gunman shot two guards and was later arrested") and the arrest of one
whose relative clause tells his deed ("Police arrested the gunman, who had killed three") are
one person arrested each, beside the deed's figure. Sentences we invented."""

from __future__ import annotations

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents


def _read(text: str) -> list[tuple[str, float]]:
    doc = from_text(text + "\n", doc_id="d0", path="report.txt")
    return sorted((c.measure, c.value) for c in run_documents([doc]).claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gunman shot two guards dead in Orley on Monday and was later arrested.",
         [("arrested", 1), ("killed", 2)]),
        ("Police arrested the gunman, who had killed three people at a bank in Orley on Monday.",
         [("arrested", 1), ("killed", 3)]),
        ("The attacker fled but was arrested in Orley on Monday.", [("arrested", 1)]),
        # the deed's subject is not the one arrested; a wish is no arrest
        ("The gunman shot two guards dead in Orley on Monday and police want him arrested.",
         [("killed", 2)]),
        ("The gunman shot two guards in Orley on Monday and a bystander was later arrested.",
         [("arrested", 1), ("injured", 2)]),
    ],
)
def test_arrest_beside_the_deed(text: str, expected: list[tuple[str, float]]) -> None:
    assert _read(text) == expected
