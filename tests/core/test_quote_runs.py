"""Quotes over several paragraphs and quotes a colon introduces: whose figures they hold
(sentences we wrote, invented names; one sentence a paragraph, as wire copy is laid out)."""

from __future__ import annotations

import pytest

from core.ingest.files import from_text
from core.model import Claim
from core.pipeline import run_documents

pytestmark = pytest.mark.slow


def claims(text: str) -> list[Claim]:
    return list(run_documents([from_text(text, doc_id="d1", path="a.txt")]).claims)


def attribution_of(text: str, figure: str) -> str | None:
    hits = [c for c in claims(text) if c.number_text == figure]
    assert len(hits) == 1, hits
    return hits[0].attribution


# A quote left open at a paragraph's end, a paragraph with no mark, then one reopening it.
def test_a_quote_reopened_after_an_unmarked_paragraph_is_the_same_speakers() -> None:
    text = (
        "Minister vows justice after Corran fire\n"
        "The fire in Corran destroyed a school on Tuesday.\n"
        'The minister, Odo Frane, condemned the attack, saying: "This is a crime."\n'
        'He added: "The town is in shock.\n'
        "Nobody in the street slept last night.\n"
        '"Our crews carried out two bodies from the east wing before dawn. "\n'
    )
    assert attribution_of(text, "two") == "Odo Frane"


def test_unmarked_paragraphs_after_a_closed_quote_hand_on_no_speaker() -> None:
    # the paragraph between is the reporter's: the quote before it was closed
    text = (
        "Minister vows justice after Corran fire\n"
        'The minister, Odo Frane, spoke on Tuesday: "We stand with the families."\n'
        "The fire began in a storeroom and spread to the upper floors.\n"
        "Firemen worked through the night to reach the roof.\n"
        '"Our crews found that two children were killed in the east wing."\n'
    )
    assert attribution_of(text, "two") is None


def test_a_persons_clause_ending_in_a_colon_introduces_the_next_paragraphs_quote() -> None:
    text = (
        "Aid halted in Pellam after convoy attack\n"
        "The agency's spokesman, Ivo Dunmore, took issue with the governor:\n"
        '"There is a crisis already."\n'
        '"We stopped deliveries today because our driver had three cousins killed by gunmen."\n'
    )
    assert attribution_of(text, "three") == "Ivo Dunmore"


@pytest.mark.parametrize(
    "lead",
    [
        "The message from the ministry was simple:",  # no person speaks
        "The spokesman, Ivo Dunmore, did not comment on the convoy:",  # negated
    ],
)
def test_a_colon_clause_that_names_no_speaker_introduces_no_quote(lead: str) -> None:
    text = (
        "Aid halted in Pellam after convoy attack\n"
        f"{lead}\n"
        '"Three guards were killed near the border last night."\n'
    )
    assert attribution_of(text, "Three") is None
