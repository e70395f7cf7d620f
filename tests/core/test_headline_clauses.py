"""Title-case headlines read through their sentence-cased copy, where the copy's parse misleads:
"shot dead" whose "was" the headline dropped, clauses a comma joins, "dead" before a noun of
standing, a common word's capital taken for a place, the headline's harm against the body's
first telling, and the persons of each clause. Headlines and bodies we wrote."""

from __future__ import annotations

import pytest

from tests.core.claim_factory import REPORT_DAY, core_claims_by_text

BODY = "\n\nOfficers were called to the scene on Tuesday, police said."


def _headlines(texts: list[str]) -> dict[str, list[tuple[float, str, bool]]]:
    """(value, measure, part of another) of each core claim the headline gives."""
    by_text = core_claims_by_text(texts, REPORT_DAY)
    return {
        text: sorted(
            (c.value, c.measure, c.part_of is not None)
            for c in claims
            if c.start < text.index("\n")
        )
        for text, claims in by_text.items()
    }


CLAUSES = {
    # "shot dead" with the "was" a headline drops; a semicolon's clause tells its own arrest
    "Man Shot Dead Outside Tavern; Suspect Arrested": [
        (1, "arrested", False), (1, "killed", False)],
    # a comma joins two counted clauses as "and": no part of the first
    "5 Rebels Killed, 3 Troops Martyred In Kurram Valley Raid": [
        (3, "killed", False), (5, "killed", False)],
    "6 Bandits Killed, 2 Constables Injured In Sanghar Encounter": [
        (2, "injured", False), (6, "killed", False)],
    # one person in each clause, whatever the tagger took the first word for
    "Gunman Dead, Two Deputies Wounded In Standoff": [(1, "killed", False), (2, "injured", False)],
    "Driver Killed, Another Hurt In Crash On Mill Road": [
        (1, "injured", False), (1, "killed", False)],
    "Soldier Martyred, Three Militants Killed In Tirah Clash": [
        (1, "killed", False), (3, "killed", False)],
    "Boy, 7, Wounded By Stray Bullet": [(1, "injured", False)],
    "Courier Dies Hours After Crash": [(1, "killed", False)],
    "Grandfather Dies Weeks After Being Shot On Porch": [(1, "killed", False)],
    "Family Mourns After Nephew Dies In Quarry": [(1, "killed", False)],
    "Shooting Death Of Dellbrook Teen Ruled Homicide": [(1, "killed", False)],
    "Youth Hacked To Death Over Land In Galle": [(1, "killed", False)],
    # a person among a count of the same harm told by the same word is one of it
    "Teen Among 3 Killed In Crash": [(3, "killed", False)],
}

NEAR_MISSES = [
    "Teacher Shot Video Of Storm, Posted It Online",  # the past form's deed, its object after it
    "3 Dead Kings Reburied At Abbey",  # the long dead of a standing, no casualty
    "Man Questioned, Woman Released In Fraud Case",
    "Boy, 12, Wins Spelling Contest",
    "Mayor Shot Down Plan For New Depot",
]


def test_headline_clauses_counted() -> None:
    texts = [h + BODY for h in CLAUSES]
    got = _headlines(texts)
    for headline, expected in CLAUSES.items():
        assert got[headline + BODY] == sorted(expected), headline


def test_headline_near_misses_count_no_one() -> None:
    texts = [h + BODY for h in NEAR_MISSES]
    got = _headlines(texts)
    for headline in NEAR_MISSES:
        assert got[headline + BODY] == [], headline


def test_object_of_a_deed_is_whom_it_befell() -> None:
    # "Teen" is whom the man shot (hurt), not the one who died: no "shot dead" passive
    text = "Man Who Shot Teen Dies In Jail" + BODY
    claims = core_claims_by_text([text], REPORT_DAY)[text]
    assert [(c.measure, c.value) for c in claims if c.number_text == "Teen"] in ([], [
        ("injured", 1)])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body breakdown sets its members under the total's predicate: a part of it
        ("Three people, two women and a man, died in the fire in Orvale on Monday, police "
         "said.", [(2, "killed", True), (3, "killed", False)]),
        # "dead" before a noun of the people an incident kills counts them
        ("The 4 dead villagers were buried in Ostrava on Sunday, officials said.",
         [(4, "killed", False)]),
    ],
)
def test_body_breakdowns_and_dead_kept(text: str, expected: list[tuple[float, str, bool]]) -> None:
    claims = core_claims_by_text([text], REPORT_DAY)[text]
    assert sorted((c.value, c.measure, c.part_of is not None) for c in claims) == expected


def test_common_word_of_headline_no_place() -> None:
    # "Depot" the copy lowered (the body writes "a depot"): the tagger's name is no place
    text = ("Guard Among 2 Hurt In Depot Blast\n\nA blast hit a depot in Varnholm on Monday, "
            "officials said.")
    claims = core_claims_by_text([text], REPORT_DAY)[text]
    assert [c.location for c in claims if c.start < text.index("\n")] in ([None], ["Varnholm"])


def test_body_first_telling_not_suppressed_by_headline_harm() -> None:
    # the headline is a telling of its own: the body's first wounded girl counts
    told = ("Mother Killed, Girl Wounded In Tarlow Home\n\nA wounded 9-year-old girl called "
            "for help after the shooting, police said.")
    # near miss: a count in the body before her may be her ("the victims")
    counted = ("Shooting In Tarlow Home\n\nThree people were wounded on Monday. A wounded "
               "girl was taken to a hospital, police said.")
    by_text = core_claims_by_text([told, counted], REPORT_DAY)
    body = told.index("\n\n")
    assert [(c.value, c.measure) for c in by_text[told] if c.start > body] == [(1, "injured")]
    assert sorted((c.value, c.measure) for c in by_text[counted]) == [(3, "injured")]
