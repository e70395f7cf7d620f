"""Issue #11, "he said" / "she said" after a person the paragraph only told of: the pronoun is
the last person who reported in the paragraph ("Chief Ann Roe said officers found Mark Dale.
Dale died in hospital. She said …" is Roe's), not the victim or suspect named since; with no
one reporting in the paragraph before it, or someone who did something since, the person
named last. Sentences we invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import attributions_after, core_claims_by_text

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 3, 4)
_LEAD = "Teen killed in Tarnby\n\nA teenager was shot dead in Tarnby on Sunday.\n\n"

ATTRIBUTED: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    # Dale is the lead's teenager named again: no claim of his own (``lone_victims``)
    (
        "Police Chief Ann Roe said officers found Mark Dale, 17, on the sidewalk. Dale was"
        " pronounced dead at the hospital. She said three other people were wounded.",
        [(3, "injured", "Ann Roe")],
    ),
    (
        "Sheriff Tom Baxter said deputies found Luis Ortega, 22, at a motel. Ortega was"
        " charged with murder. He said two more men were arrested on Monday.",
        # Ortega charged is one arrested (``charges``)
        [(1, "arrested", "Sheriff Tom Baxter"), (2, "arrested", "Tom Baxter")],
    ),
    # near misses: someone who did something since may be the one speaking
    (
        "Mayor Lina Varga said the town was grieving. Peter Dale, the boy's father, visited"
        " the school. He said two of his sons were wounded.",
        [(2, "injured", "Peter Dale")],
    ),
    # no one reported before in the paragraph, the person named is the speaker
    (
        "Luis Ortega was at home when the shooting began. He said four people were"
        " wounded.",
        [(4, "injured", "Luis Ortega")],
    ),
]


@pytest.fixture(scope="module")
def found() -> dict[str, list[tuple[float, str, str | None]]]:
    return attributions_after(_LEAD, [t for t, _ in ATTRIBUTED], PUB)


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTED)
def test_a_pronoun_is_the_paragraph_s_reporter(
    found: dict[str, list[tuple[float, str, str | None]]],
    text: str,
    expected: list[tuple[float, str, str | None]],
) -> None:
    assert found[_LEAD + text] == expected


GIVEN_NAMES: list[tuple[str, list[tuple[float, str, str | None]]]] = [
    # a given name said again is the one person the report gave it to
    (
        "Tamsin Roye, the district chief, visited the market later. Tamsin told reporters"
        " that 12 people were injured.",
        [(12, "injured", "Tamsin Roye")],
    ),
    # near miss: two people with that given name, the name stays as it is
    (
        "John Carter met John Miller at the market later. John told reporters that 12 people"
        " were injured.",
        [(12, "injured", "John")],
    ),
]


@pytest.fixture(scope="module")
def named() -> dict[str, list[tuple[float, str, str | None]]]:
    claims = core_claims_by_text([_LEAD + t for t, _ in GIVEN_NAMES], PUB)
    return {
        t: [(c.value, c.measure, c.attribution) for c in cs if c.start >= len(_LEAD)]
        for t, cs in claims.items()
    }


@pytest.mark.parametrize(("text", "expected"), GIVEN_NAMES)
def test_a_given_name_is_the_full_name(
    named: dict[str, list[tuple[float, str, str | None]]],
    text: str,
    expected: list[tuple[float, str, str | None]],
) -> None:
    assert named[_LEAD + text] == expected
