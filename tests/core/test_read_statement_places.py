"""Where words were given out is no scene (issue #11, place): a statement read on television
"on Monday evening in" the capital hangs the capital on the time, and a verb hung on the
statement ("a statement read in X") tells where it was read, not where the attack was. The
reports are invented; the towns are real or made up."""

from __future__ import annotations

import datetime as dt

from core.model import Claim
from tests.core.claim_factory import core_claims_by_text

PUB = dt.date(2031, 5, 6)

READ_AT_NIGHT = (
    "Army repels attack on Morlu post\n\n"
    "The military post of Morlu, in the Kandara province, was attacked on Sunday, the army "
    "chief said in a statement read on national television on Monday evening in Ouagadougou."
    "\n\nSeven soldiers were killed and nine others were wounded.\n"
)


def places(text: str) -> list[tuple[str, str | None]]:
    claims: list[Claim] = core_claims_by_text([text], PUB)[text]
    return [(c.number_text, c.location) for c in claims]


def test_a_statement_read_at_a_time_in_the_capital_is_no_scene() -> None:
    assert places(READ_AT_NIGHT) == [
        ("Seven", "Morlu, Kandara province"),
        ("nine", "Morlu, Kandara province"),
    ]


def test_a_statement_read_in_the_capital_is_no_scene() -> None:
    text = READ_AT_NIGHT.replace(" on national television on Monday evening", "")
    assert all(where == "Morlu, Kandara province" for _, where in places(text))


def test_an_attack_on_a_monday_evening_in_a_town_is_there() -> None:
    text = (
        "Gunmen attack market\n\n"
        "Gunmen opened fire on a market on Monday evening in Ouagadougou, police said.\n\n"
        "Seven people were killed and nine others were wounded.\n"
    )
    assert all(where == "Ouagadougou" for _, where in places(text))


def test_what_a_statement_says_happened_in_a_town_is_there() -> None:
    text = (
        "Police arrest three over Morlu attack\n\n"
        "Gunmen killed 12 people in an attack on a wedding in Morlu, in the Kandara province, on "
        "Sunday.\n\n"
        "The state prosecutor's office said in a statement that the three men were detained "
        "in the neighboring town of Koudougou, where officers also seized two rifles.\n"
    )
    assert ("three", "Koudougou") in places(text)


def test_where_the_information_was_given_is_no_scene() -> None:
    text = (
        "Kandara: troops kill 20 gunmen\n\n"
        "Troops killed 20 gunmen and captured six others in an operation carried out between "
        "Monday and Wednesday in the district of Morlu, in Kandara province.\n\n"
        "The information was given on Wednesday in Koudougou by the provincial police "
        "commander, who said the troops destroyed two camps.\n\n"
        '"Our men fought bravely," he said, adding that two soldiers died and five were '
        "wounded.\n"
    )
    assert all(where == "Morlu, Kandara province" for _, where in places(text))
