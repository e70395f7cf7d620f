"""Issue #11, a person the report names by one word only ("Tamsin, an official from the county
relief office, told AFP"): the source is the name with the role the report gave them, which
a checker can find; a one-word name given no role, or only a form of address ("Mr."), stays as
it is. Sentences and names we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import attributions_after

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 3, 4)
_LEAD = "Quake hits Tarnby\n\nA strong earthquake hit the Tarnby district on Tuesday.\n\n"

ATTRIBUTED: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    (
        "Five people were killed in the quake, Ostrov, an official of the county relief"
        " office, told AFP. Four more died in hospital, he said.",
        [
            (5, "killed", "Ostrov, an official of the county relief office"),
            (4, "killed", "Ostrov, an official of the county relief office"),
        ],
    ),
    # near misses: no role given, a form of address only
    ("Ostrov said five people were killed in the quake.", [(5, "killed", "Ostrov")]),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[tuple[float, str, str | None]]]:
    return attributions_after(_LEAD, [t for t, _ in ATTRIBUTED], PUB)


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_a_single_name_comes_with_its_role(
    found: dict[str, list[tuple[float, str, str | None]]],
    text: str,
    expected: list[tuple[float, str, str | None]],
) -> None:
    assert found[_LEAD + text] == expected


def test_a_form_of_address_is_no_role() -> None:
    from core.extract.single_names import _role

    assert _role("Mr.") is None
    assert _role("a woman who says she saw it") == "a woman"
