"""A press note or handout as the closing or opening source, "Five people were arrested, a
press note said.": a document is no speaker, and the figure's source was the note itself.
Read now as the other documents are ("a statement said"): the body that issued it when the
report names it ("a press note issued by the district police"), else no source (issue #11,
sources). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _sources(text: str) -> list[str | None]:
    return [c.attribution for c in run_texts(text, published=DAY).claims if c.value == 5]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Five people were arrested, a press note said.", None),
        ("The press note said five people were arrested on Monday.", None),
        ("According to a press note, five people were arrested in the raid.", None),
        ("Five militants were killed, according to an official handout.", None),
        ("Five people were arrested, a press note issued by the district police said.",
         "the district police"),
        ("A press note from the police said five people were arrested.", "the police"),
        ("Five people were arrested, an army handout said.", "army"),
        # the body speaks in the handout
        ("Officials said in a handout that five people were arrested.", "Officials"),
    ],
)
def test_the_note_gives_its_issuer_or_none(text: str, source: str | None) -> None:
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the body speaks in the note
        ("Five people were arrested, the police said in a press note.", "the police"),
        ("The district police said in a press note that five people were arrested.",
         "The district police"),
        ("Five people were arrested, the police said in a statement.", "the police"),
        # the issuer already read through its verb
        ("According to a handout issued by the ISPR, five soldiers were killed.", "the ISPR"),
        # the other documents, as before
        ("Five people were arrested, a statement said.", None),
        ("Five people were arrested, a statement issued by the district police said.",
         "the district police"),
        # "note" a verb, or a note someone leaves
        ("Police noted that five people were arrested in the raid.", "Police"),
        ("Police left a note saying five people were arrested.", "Police"),
    ],
)
def test_other_sources_keep_their_reading(text: str, source: str | None) -> None:
    assert _sources(text) == [source]
