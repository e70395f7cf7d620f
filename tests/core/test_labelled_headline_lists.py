"""Issue #11, counts: a headline's list of counted people after a label and a colon ("Kogi: 5
farmers, 2 herders killed in clash") shares its closing participle, as the same list without
the label does; the parser hangs the list on the label, so its first count was read as
another kind of figure. Sentences we wrote."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import report_counts, written_counts

if TYPE_CHECKING:
    from spacy.language import Language

BODY = "\n\nThe attack happened near Okene on Monday, residents said."


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Kogi: 5 farmers, 2 herders killed in clash",
         [("5", "killed", 5.0), ("2", "killed", 2.0)]),
        ("Taraba: 3 soldiers, 7 bandits killed in gunfight",
         [("3", "killed", 3.0), ("7", "killed", 7.0)]),
        ("Niger: 8 pupils, 2 teachers abducted from school",
         [("8", "kidnapped", 8.0), ("2", "kidnapped", 2.0)]),
        # a source's label before the list
        ("Police: 5 farmers, 2 herders killed in clash",
         [("5", "killed", 5.0), ("2", "killed", 2.0)]),
    ],
)
def test_a_labelled_list_shares_its_participle(
    headline: str, expected: list[tuple[str, str, float]]
) -> None:
    assert report_counts(headline + BODY) == expected


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        # things are no people; one count alone; a list with no word of harm
        ("Kano: 12 buses, 3 cars burnt in riot", [("12", "other", 12.0), ("3", "other", 3.0)]),
        ("Kogi: 5 farmers killed in clash", [("5", "killed", 5.0)]),
        ("Kogi: 5 farmers, 2 herders in court", [("5", "other", 5.0), ("2", "other", 2.0)]),
    ],
)
def test_near_misses_stay(
    nlp: Language, headline: str, expected: list[tuple[str, str, float]]
) -> None:
    assert written_counts(nlp, headline + BODY, None) == expected
