"""People hurt or taken whom a relative clause after them says died ("Troops wounded two
gunmen, who died later", "a guard wounded one of the attackers, who died on the way to
hospital") were counted as hurt: the clause says what became of them, and they count among
the dead, as "were wounded and later died" does (issue #11, counts). Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import run_texts

DAY = dt.date(2031, 11, 18)


def _counts(text: str) -> list[tuple[str, float]]:
    claims = run_texts(text, published=DAY).claims
    return sorted((c.measure, c.value) for c in claims if c.measure != "other")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        ("Troops wounded two gunmen, who died later, the army said.", [("killed", 2.0)]),
        ("Troops wounded one of the gunmen, who died later, the army said.", [("killed", 1.0)]),
        ("A guard wounded one of the attackers, who died on the way to hospital.",
         [("killed", 1.0)]),
        ("Rebels kidnapped three farmers, who were later killed, the governor said.",
         [("killed", 3.0)]),
    ],
)
def test_the_relative_clause_tells_their_death(text: str, counts: list[tuple[str, float]]) -> None:
    assert _counts(text) == counts


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # the clause tells no death
        ("Troops wounded one of the gunmen, who fled into the forest.", [("injured", 1.0)]),
        ("Troops wounded two gunmen, who were later arrested.", [("arrested", 2.0)]),
        # a death that did not happen, or may
        ("Troops wounded two gunmen, who nearly died.", [("injured", 2.0)]),
        ("Troops wounded two gunmen, who could die of their wounds.", [("injured", 2.0)]),
        # the death joined to the harm: today's reading
        ("Three officers were injured in the raid and later died, police said.",
         [("killed", 3.0)]),
    ],
)
def test_no_death_in_the_clause(text: str, counts: list[tuple[str, float]]) -> None:
    assert _counts(text) == counts


def test_the_clause_on_someone_else() -> None:
    # the two hurt belong to the man who died: they stay hurt
    counts = _counts("The blast wounded two relatives of a man who died last year.")
    assert ("injured", 2.0) in counts
    assert ("killed", 2.0) not in counts
