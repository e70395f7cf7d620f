"""A sentence a web page prints twice (the lead under a photo and again as the story's first
paragraph, a paragraph pasted twice) tells its figures once. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.pipeline import run_documents

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 5, 10)

Figures = list[tuple[str, str, float]]


def casualties(text: str) -> Figures:
    result = run_documents([from_text(text, doc_id="d1", published=PUB)])
    # the harm told: a teen charged is one arrested (``charges``), told by the headline apart
    return [(c.number_text, c.measure, c.value) for c in result.claims
            if c.is_core and c.measure != "arrested"]


LEAD = (
    "Prosecutors charged a 16-year-old boy with manslaughter after police say he shot and "
    "killed a friend while cleaning a rifle in Varnholt."
)


@pytest.mark.parametrize(
    "text",
    [
        f"Teen charged in Varnholt shooting\n\n{LEAD}\n\n{LEAD}\n\nHe is held on bail.",
        "Teen charged in Varnholt shooting\n\n"
        "Two women were wounded when gunfire broke out at a party in Varnholt late Friday.\n\n"
        "Police have made no arrests.\n\n"
        "Two women were wounded when gunfire broke out at a party in Varnholt late Friday.",
    ],
)
def test_a_sentence_printed_twice_counts_once(text: str) -> None:
    assert len(casualties(text)) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the body's first telling counts beside the headline (or caption) it repeats
        (
            f"{LEAD} (Photo: Ann Vel)\n\n{LEAD}\n\nHe is held on bail.",
            [("a friend", "killed", 1), ("a friend", "killed", 1)],
        ),
        # the same figure in sentences of their own
        (
            "Teen charged in Varnholt shooting\n\n"
            "Two women were wounded at a party in Varnholt late Friday.\n\n"
            "Two women were wounded at a bar in Korsby early Sunday, police said.",
            [("Two", "injured", 2), ("Two", "injured", 2)],
        ),
    ],
)
def test_figures_written_again_in_other_words_still_count(
    text: str, expected: Figures
) -> None:
    assert casualties(text) == expected
