"""'Another N were hurt' right after a sentence telling the deaths counts the hurt besides the
dead, all the hurt, set against the other reports' counts (core/group/besides_dead.py); after a
sentence of hurt it stays more hurt, a part never compared."""

from __future__ import annotations

import datetime as dt

import pytest

from core.ingest.files import from_text
from core.model import Result
from core.pipeline import run_documents

WIRE = (
    "QUETTA (Reuters) - A truck bomb killed six people outside a court in Quetta on Monday, "
    "and 14 people were wounded, police said.\n"
)
NEXT_DAY = (
    "The toll from Monday's truck bombing outside a court in Quetta rose to eight on "
    "Tuesday, officials said. Twenty-six people were wounded.\n"
)


def run(*texts: tuple[str, str]) -> Result:
    return run_documents([
        from_text(text, doc_id=f"d{n}", path=f"r{n}.txt", published=dt.date.fromisoformat(day))
        for n, (text, day) in enumerate(texts, start=1)
    ])


def hurt_pairs(result: Result) -> set[frozenset[float]]:
    values = {c.id: c.value for c in result.claims}
    out: set[frozenset[float]] = set()
    for k in result.conflicts:
        if k.measure == "injured" and k.kind != "consistent":
            ids = list(k.claim_ids)
            out |= {frozenset({values[a], values[b]}) for a in ids for b in ids if a < b}
    return out


@pytest.mark.parametrize(
    "deaths",
    [
        "A truck bomb went off outside a court in Quetta on Monday, killing six people, "
        "officials said.",
        "Six people died when a truck bomb went off outside a court in Quetta on Monday.",
    ],
)
def test_another_n_hurt_after_the_deaths_are_all_the_hurt(deaths: str) -> None:
    local = f"{deaths} Another 20 were hurt in the blast.\n"
    pairs = hurt_pairs(run((WIRE, "2026-03-02"), (local, "2026-03-02"), (NEXT_DAY, "2026-03-03")))
    assert frozenset({14.0, 20.0}) in pairs
    assert frozenset({20.0, 26.0}) in pairs


def test_another_n_hurt_after_a_count_of_hurt_stay_more_hurt() -> None:
    local = (
        "A truck bomb went off outside a court in Quetta on Monday, wounding 14 people, "
        "officials said. Another six were hurt in a second blast nearby.\n"
    )
    pairs = hurt_pairs(run((WIRE, "2026-03-02"), (local, "2026-03-02")))
    assert frozenset({14.0, 6.0}) not in pairs
