"""A count of the people who tell the news is no claim (issue #11, not claims): wire copy's
"two security sources said" added a figure of two. Speakers counted as the subject of a
verb of saying, in a list of them, or after "according to" count no one; a group told
harmed that speaks is still counted. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import written_counts

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    "text",
    [
        "KIRKUK (Reuters) - Gunmen killed four soldiers on Monday, two security sources said.",
        "Gunmen abducted four women near Ngala on Thursday, two residents and a local official "
        "said.",
        "A bomb killed four people in a market on Monday, three police sources told Reuters.",
        "A bomb killed four people in a market on Monday, according to two medical sources.",
    ],
)
def test_counted_sources_are_no_figure(nlp: Language, text: str) -> None:
    assert [c[2] for c in written_counts(nlp, text, None)] == [4]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two wounded guards told reporters that the gunmen fled.", [("Two", "injured")]),
        # a noun of harm; the tagger's adjective of a harm verb
        ("Three hostages told reporters they had been beaten by their captors.",
         [("Three", "kidnapped")]),
        ("Four kidnapped students said they were held in a forest for a week.",
         [("Four", "kidnapped")]),
    ],
)
def test_a_harmed_group_that_speaks_is_counted(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(c[0], c[1]) for c in written_counts(nlp, text, None)] == expected


def test_a_deeds_count_the_parser_lists_with_a_speaker_stays(nlp: Language) -> None:
    # the parser joins "14 rounds" to "the constable", the subject of "showed"
    text = (
        "The 44-year-old constable and 29-year-old fired 14 rounds - the report showed that "
        "five bullets hit the car."
    )
    assert "14" in [c[0] for c in written_counts(nlp, text, None)]
