"""A lone surname local news marks as a person's, by an age told after it ("Torres, 34, had
argued") or his or her own beside it ("Flores and her two sons"), is that person wherever it
stands but after "in" ("shot at Torres", "fired near Flores and the boys", "opened fire on
Rivera and his friends"): the gazetteer may know a town of that name, and the figure was
placed there. A town so named keeps its place ("killed 2 farmers in Flores"), as does a
town with a distance after it. Sentences we wrote (issue #11)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 3, 12)

PLACED: list[tuple[str, str | None]] = [
    ("Deputies said Torres, 34, had argued with a neighbor before the shooting. The neighbor"
     " shot at Torres and wounded 2 bystanders, deputies said.", None),
    ("Police said Flores and her two sons were loading their car when a man fired several"
     " shots near Flores and the boys. Two neighbors were hurt, police said.", None),
    ("The gunman opened fire on Rivera and his friends outside a bar, killing 2 of them,"
     " police said.", None),
    ("Police said Torres, 41, was walking home when a man on a bicycle rode up and fired"
     " several shots near Torres and his dog, wounding 2 passers-by.", None),
    ("Neighbors said Rivera and her husband were washing their truck when a car stopped"
     " near Rivera and her husband and a man fired, wounding 2 of them.", None),
    # near misses: the town of that name, where a place stands
    ("Gunmen killed 2 farmers in Flores on Monday, police said.", "Flores"),
    ("Police arrested 2 men in Torres on Monday. Ruiz, 34, was charged with murder.", "Torres"),
    ("Heavy rains in Rivera, 20 km from the border, killed 4 people on Monday.", "Rivera"),
    # a province or a big town the press personifies; a town told as one
    ("Gunmen attacked Borno and her neighbouring states, killing 9 villagers.", "Borno"),
    ("Floods swept through Sindh and her farmlands, killing 12 people on Monday.", "Sindh"),
    ("Rivera, 52, and his nephew were shot near Rivera, a town 20 km from the border. Two"
     " others were hurt, police said.", "Rivera"),
    ("Authorities said Houston, 28, was wounded and 2 other people were shot outside Houston.",
     "Houston"),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[str | None]]:
    claims = core_claims_by_text([t for t, _ in PLACED], PUB)
    return {t: sorted({c.location for c in cs}, key=str) for t, cs in claims.items()}


@pytest.mark.parametrize(("text", "place"), PLACED)
def test_a_surname_marked_as_a_persons_is_no_place(
    found: dict[str, list[str | None]], text: str, place: str | None
) -> None:
    assert found[text] == [place]
