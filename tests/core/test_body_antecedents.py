"""A body the sentence before introduces as its subject, set beside what it is ("X, a
campaign group, tracks ..."), is the one "the group" names in the next as the author of the
data a figure comes from; a description of another kind ("the ministry"), or a subject that
is a person, names no such body. Sentences invented."""

from __future__ import annotations

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow


def _sources(text: str) -> set[str | None]:
    claims = run_documents([from_text(text, doc_id="d1", path="a.txt")]).claims
    assert claims
    return {c.attribution for c in claims}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The Coalition for Safer Homes, a campaign group funded by a retired banker, "
            "tracks news reports of shootings by children. Data compiled by the organization "
            "shows that more than 140 children shot themselves in 2030.",
            "The Coalition for Safer Homes",
        ),
        (
            "Kids First Alliance, an advocacy group based in Ohio, counts drownings every summer. "
            "Figures released by the group show that 23 children drowned in 2030.",
            "Kids First Alliance",
        ),
        # near misses: the description is of another kind; the subject is a person
        (
            "Kids First Alliance, an advocacy group based in Ohio, counts drownings every summer. "
            "Figures released by the ministry show that 23 children drowned in 2030.",
            "the ministry",
        ),
        (
            "Dana Ortiz, a campaign director, counts drownings every summer. "
            "Figures released by the group show that 23 children drowned in 2030.",
            "the group",
        ),
    ],
)
def test_the_body_the_sentence_before_introduced(text: str, source: str) -> None:
    assert _sources(f"Drownings rise\n\n{text}\n") == {source}
