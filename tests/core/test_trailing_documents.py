"""A report closed by the document that tells it ("..., a statement issued by the force said
on Friday") gives its figures to who issued the document, as a closing "police said" gives
them to the police (issue #11, attribution); a share of a town the recogniser took for an
organisation ("in different parts of Karachi") is the town. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import claim_fields

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hung the document on the town before the comma, the verb on the deed
        ("The Rangers arrested 11 suspects during raids in different parts of Karachi, a "
         "statement issued by the paramilitary force said on Friday.",
         [("arrested", 11, "Karachi", "the paramilitary force")]),
        ("The Rangers arrested 11 suspects during raids in different areas of Karachi, a "
         "statement by the paramilitary force said.",
         [("arrested", 11, "Karachi", "the paramilitary force")]),
        ("The Rangers arrested nine suspects during raids in Karachi, a statement issued by "
         "the Rangers said on Friday.",
         [("arrested", 9, "Karachi", "the Rangers")]),
        # near misses: a document with no author is no one's; the deed's own subject
        ("Troops killed 14 militants in Kurram district, a statement said.",
         [("killed", 14, "Kurram district", None)]),
        ("Police arrested six men in Lahore on Friday, the statement's author said.",
         [("arrested", 6, "Lahore", "the statement's author")]),
    ],
)
def test_a_closing_document_is_its_issuers_report(
    nlp: Language, text: str, expected: list[tuple[str, float, str | None, str | None]]
) -> None:
    assert claim_fields(nlp, text, PUB, "measure", "value", "location", "attribution") == (
        expected
    )


def test_a_share_of_a_name_no_town_is_no_place(nlp: Language) -> None:
    text = "Police arrested 11 suspects in parts of Nestle Foods on Friday."
    assert claim_fields(nlp, text, PUB, "location") == [(None,)]
