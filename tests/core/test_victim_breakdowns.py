"""A breakdown set off after a counted plural ("three people, two women and a man, died")
names the same people: the total counts them once and the breakdown's numeral is a part of
it, never a rival figure; a plain list ("two officers, three soldiers and a civilian") still
adds up, and so does a list adding up to more than the plural. Sentences invented."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language

from tests.core.claim_factory import read_claims

PUB = dt.date(2031, 5, 10)


def figures(nlp: Language, text: str) -> list[tuple[float, str, bool]]:
    """(value, measure, whether it is part of another figure) of each figure."""
    claims = read_claims(nlp, text, PUB)
    return [(c.value, c.measure, c.part_of is not None) for c in claims]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Three people, two women and a man, died in a house fire on Friday.", "killed"),
        ("Four victims, three men and a woman, were wounded.", "injured"),
        ("The blast killed three people, two women and a man, on Friday.", "killed"),
        ("Police said three people, a man and two women, died at the scene.", "killed"),
    ],
)
def test_a_breakdown_is_part_of_its_total(nlp: Language, text: str, measure: str) -> None:
    found = figures(nlp, text)
    assert found[0] == (found[0][0], measure, False)
    assert found[0][0] in (3, 4)
    assert all(part for _v, _m, part in found[1:])
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Two officers, three soldiers and a civilian were wounded.", 6),
        ("Two women and a man died in the fire.", 3),
    ],
)
def test_a_plain_list_still_adds_up(nlp: Language, text: str, total: float) -> None:
    assert figures(nlp, text) == [(total, figures(nlp, text)[0][1], False)]


def test_a_breakdown_may_name_only_some_of_them(nlp: Language) -> None:
    assert figures(nlp, "Five people, two women and a man, died in the fire.") == [
        (5, "killed", False),
        (2, "killed", True),
    ]


def test_a_list_adding_up_to_more_is_no_breakdown(nlp: Language) -> None:
    assert figures(nlp, "Two officers, three soldiers and a civilian, were wounded.") == [
        (6, "injured", False)
    ]
