"""Words that tell of a document, not of who wrote it, are no part of its author's name
(issue #11, attribution): "a recent UN report" is the UN's, "the latest Amnesty report"
Amnesty's, "the annual police report" the police's; "a recent statement" names no one, nor
does "citing credible information".
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A recent UN report said 300 civilians were killed in Tarvel in 2030.", "UN"),
        ("The latest Amnesty report said 300 civilians were killed in Tarvel in 2030.",
         "Amnesty"),
        ("The annual police report said 41 people were kidnapped in Tarvel in 2030.", "police"),
        ("A recent statement said 300 civilians were killed in Tarvel in 2030.", None),
        # a word of the body's own name stays
        ("The interior ministry data showed 300 civilians were killed in Tarvel in 2030.",
         "interior ministry"),
    ],
)
def test_a_documents_words_are_no_part_of_its_author(
    nlp: Language, text: str, source: str | None
) -> None:
    assert [c.attribution for c in read_claims(nlp, text, PUB)] == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # citing no one: the report's own speaker
        ("At least 87 bodies were found in a mass grave near Tarvel, the UN rights office said "
         "Thursday, citing credible information.", "the UN rights office"),
        # citing someone: theirs
        ("At least 87 bodies were found in a mass grave near Tarvel, the agency reported, "
         "citing local officials.", "local officials"),
    ],
)
def test_citing_information_cites_no_one(nlp: Language, text: str, source: str) -> None:
    assert [c.attribution for c in read_claims(nlp, text, PUB)] == [source]

