"""Those still in care against a count of all the hurt in the same report (core/group/
care_counts.py): a breakdown, never compared, unless the report marks its count of all as a
first one it has moved past ("initially ... had put the number of injured at nine"): then the
two are divergent."""

from __future__ import annotations

import datetime as dt

import pytest

from core.group.conflicts import scope
from core.ingest.files import from_text
from core.model import Result
from core.pipeline import run_documents
from tests.core.claim_factory import Batch

BLAST = (
    "A gas cylinder blew up in a bakery in Lille on Friday evening, killing two customers, "
    "the fire service said.\n\n"
    "Five people are still being treated in hospital, one of them in intensive care, the "
    "prefecture said on Saturday.\n\n"
)


def run(text: str) -> Result:
    return run_documents([
        from_text(text, doc_id="d1", path="r1.txt", published=dt.date(2026, 3, 7))
    ])


def injured_pairs(result: Result) -> set[frozenset[float]]:
    values = {c.id: c.value for c in result.claims}
    return {
        frozenset(values[c] for c in k.claim_ids)
        for k in result.conflicts
        if k.measure == "injured" and k.kind != "consistent"
    }


@pytest.mark.parametrize(
    "first",
    [
        "Initially, firefighters had put the number of injured at nine.\n",
        "At first the town hall said nine people were injured.\n",
    ],
)
def test_a_first_count_of_the_hurt_the_report_moved_past_is_set_against_those_in_care(
    first: str,
) -> None:
    assert frozenset({5.0, 9.0}) in injured_pairs(run(BLAST + first))


def test_a_count_of_the_hurt_and_those_still_in_care_are_a_breakdown() -> None:
    plain = BLAST.replace("killing two customers", "killing two customers and injuring nine")
    assert injured_pairs(run(plain)) == set()


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Police had put the number of injured at nine.", "all"),
        ("Police had put the number of wounded at nine.", "all"),
        ("Police had put the number of attackers killed at nine.", "militants"),
    ],
)
def test_the_number_of_the_hurt_at_a_figure_counts_them_all(sentence: str, counted: str) -> None:
    b = Batch()
    b.add("d1", sentence, "nine", 9, measure="injured")
    assert scope(b.claims[0]) == counted
