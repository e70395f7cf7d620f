"""Issue #11, place: a clause set against the figure's ("..., while one was killed in Y")
names the other figure's scene, not this one's; a district owning a stretch named by its kind
("Khyber's Tirah valley") files the stretch with it. Sentences we wrote."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.claim_factory import core_claims_by_text

PUBLISHED = dt.date(2031, 6, 14)


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(c.number_text, c.location) for c in core_claims_by_text([text], PUBLISHED)[text]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pronoun "one" the tagger does not take for a number counts the other clause's
        ("Two soldiers were killed in a clash in Khyber's Tirah valley, while one was killed"
         " in Bajaur on Monday, the military said.",
         [("Two", "Tirah valley, Khyber"), ("one", "Bajaur")]),
        # a contrast counting no one still names a scene apart from the figure's own
        ("Two soldiers were killed in a clash in Khyber's Tirah valley, while no one was hurt"
         " in Bajaur on Monday, the military said.",
         [("Two", "Tirah valley, Khyber")]),
        ("Three guards were wounded in a raid in the Orla valley, while one was killed in"
         " Tarnow, police said.",
         [("Three", "Orla valley"), ("one", "Tarnow")]),
    ],
)
def test_a_contrasted_clause_keeps_its_scene(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the main clause names no spot: the contrast's place is all the sentence gives
        ("Four people died in the fire, while two firefighters were hurt in Lodz.",
         [("Four", "Lodz"), ("two", "Lodz")]),
        # a "while" of what they were doing names the same scene; the group that struck is
        # no place
        ("Three soldiers were killed in a Taliban ambush while they were patrolling in Kunar"
         " province on Monday, officials said.",
         [("Three", "Kunar province")]),
        # the scene of a fight between the two sides the clauses count is both sides'
        ("Four policemen were martyred while three militants were killed in an exchange of"
         " fire in the Orla valley on Monday, the army said.",
         [("Four", "Orla valley"), ("three", "Orla valley")]),
        ("Two guards were killed while five raiders died in a gunfight in Tarnow on Monday.",
         [("Two", "Tarnow"), ("five", "Tarnow")]),
        # a hospital's town after "died later" is not where the harm happened
        ("Three guards were wounded in a raid in the Orla valley, while one died later in"
         " hospital in Tarnow, police said.",
         [("Three", "Orla valley"), ("one", "Orla valley")]),
    ],
)
def test_a_contrast_without_a_scene_of_its_own_shares_one(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were killed in Khyber's Tirah valley on Monday.", "Tirah valley, Khyber"),
        ("Two men were shot dead in Swat's Kabal area on Sunday.", "Kabal area, Swat"),
        # a province owning a district: the district says more
        ("Police raided a house in Punjab's Faisalabad district and arrested three men.",
         "Faisalabad district"),
    ],
)
def test_a_district_owning_a_stretch_is_written_with_it(text: str, expected: str) -> None:
    assert [place for _, place in _places(text)] == [expected]


def test_a_contrasted_clause_gives_no_scene_to_the_report() -> None:
    # the opening's spot is the main clause's, not the other figure's (filed under the desk)
    text = (
        "Gunmen kill four in Quetta; policeman hurt in Turbat\n\n"
        "QUETTA, June 12: Four labourers were shot dead by unidentified armed men in the Sariab"
        " area of Quetta on Thursday, while a policeman was injured in a grenade attack in"
        " Turbat, Kech district.\n\nThe bodies were shifted to a hospital in Quetta."
    )
    found = dict(_places(text))
    assert found["Four"] == "Sariab area, Quetta"
    assert "Quetta" not in (found["a policeman"] or "")
