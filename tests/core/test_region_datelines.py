"""A wire dateline whose region is written in lower-case words or accented capitals ("GOMA,
Democratic Republic of Congo (Reuters) -", "BUNIA, Ituri province -", "CULIACÁN, Sinaloa -")
is a dateline (issue #11, place and attribution): it was read as the story's first words, so
the town became the doer and the statement opened with the dateline. A town in capitals, a
comma, then a country or province the gazetteer knows, before the date or the agency, is
one. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.datelines import dateline_end
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

DAY = dt.date(2031, 5, 6)


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("GOMA, Democratic Republic of Congo (Reuters) - Rebels killed 17 people in an attack "
         "on Sunday, a local official said.", "Rebels"),
        ("KINSHASA, Democratic Republic of the Congo, May 5 (Reuters) - Gunmen killed seven "
         "people on Sunday, police said.", "Gunmen"),
        ("BUNIA, Ituri province - Gunmen killed six people in a bar on Sunday, police said.",
         "Gunmen"),
        ("CULIACÁN, Sinaloa - Soldiers arrested 23 people on Friday, prosecutors said.",
         "Soldiers"),
    ],
)
def test_a_town_and_its_region_make_a_dateline(nlp: Language, text: str, after: str) -> None:
    sent = next(iter(nlp(text).sents))
    assert sent.doc[dateline_end(sent)].text == after


def test_the_doer_after_such_a_dateline(nlp: Language) -> None:
    text = ("BUNIA, Ituri province - Gunmen killed six people in a bar on Sunday, police "
            "said.")
    claim = read_claims(nlp, text, DAY)[0]
    assert (claim.actor, claim.location) == ("Gunmen", "Bunia")


def test_a_page_label_before_a_region_is_no_dateline(nlp: Language) -> None:
    sent = next(iter(nlp("UPDATE, Kaduna state - Gunmen killed six people on Monday, police "
                         "said.").sents))
    assert dateline_end(sent) == sent.start


def test_a_sentence_opening_with_a_name_and_a_clause_is_no_dateline(nlp: Language) -> None:
    sent = next(iter(nlp("KARIM, a driver from Goma, said - as he left - that he saw six "
                         "bodies.").sents))
    assert dateline_end(sent) == sent.start
