"""Classes of issue #11 on sentences we wrote: a house number is no count, a count before a
street's name still is. One case per line, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language


def figures(nlp: Language, text: str) -> list[tuple[float, str]]:
    return [(c.value, c.measure) for c in read_claims(nlp, text, None) if c.is_core]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The shooting happened at 1249 Elm Road, where two men were wounded.", [(2, "injured")]),
        ("Police went to 484 Walnut St. where 3 people had been shot dead.", [(3, "killed")]),
        ("The gunman fired at 2400 Ocean Drive, wounding four people.", [(4, "injured")]),
        # a count before a street's name is still a count
        ("12 Main Street residents were injured in the fire.", [(12, "injured")]),
        ("Officers arrested 5 Street vendors in the raid.", [(5, "arrested")]),
    ],
)
def test_house_numbers_are_not_counts(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser often takes the dateline for a second subject of the lead's verb
        ("DARROW — A man and a woman were killed on Sunday.", [(2, "killed")]),
        ("BRACKTON -- An 8-year-old boy has died after a gun went off at home.", [(1, "killed")]),
        (
            "LANFORD, Ohio (WXYZ) — A 4-year-old girl has died after she shot herself, police say.",
            [(1, "killed")],
        ),
        # a label in capitals is no dateline, and no victim is made of it
        ("UPDATE — Police said two men were wounded.", [(2, "injured")]),
        ("BRACKTON -- Police are looking for a man who fired shots at a bus.", []),
    ],
)
def test_victims_after_a_dateline(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


def test_a_label_in_capitals_is_not_the_place(nlp: Language) -> None:
    claims = read_claims(nlp, "UPDATE — Police said two men were wounded.", None)
    assert [c.location for c in claims] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead names by age the victim the news spoke of before
        (
            "The 6-year-old boy who was shot inside a home on Sunday has died from his injuries.",
            [(1, "killed")],
        ),
        ("The 20-year-old man hurt in a crash last week died on Sunday.", [(1, "killed")]),
        # "the boy" alone with no figure before it: a first mention, one dead (issue #11;
        # refers_back in test_victim_mentions.py keeps it from counting twice)
        ("The boy died on Sunday.", [(1, "killed")]),
        ("The 6-year-old boy was taken to a relative's home.", []),
    ],
)
def test_a_victim_named_by_age_in_the_lead(
    nlp: Language, text: str, expected: list[tuple[float, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # tolls that move, the figure in words ending in "one", in a headline or body text
        ("The death toll from the blast has risen to fifty-one, police said.", [(51, "killed")]),
        ("Toll climbs to seventy-two in Verrin dam burst", [(72, "killed")]),
        ("Two more succumb, toll climbs to 72", [(2, "killed"), (72, "killed")]),
        ("One of the guards was hurt.", [(1, "injured")]),
        ("One of the guards was on leave.", []),
        ("Toll in Verrin bombing climbs to 31", [(31, "killed")]),
        ("Toll booths on the motorway charge 31 rupees", []),
        ("Doctors said 44 people were still under treatment.", [(44, "injured")]),
        ("Doctors said 44 people were still under investigation.", []),
        # who they were is not what happened to them
        ("Three more injured succumbed to their injuries on Tuesday.", [(3, "killed")]),
        ("Three injured villagers were flown to the capital.", [(3, "injured")]),
        ("The Rescue 1122 spokesperson said 19 injured people were shifted.", [(19, "injured")]),
        ("The 4 dead soldiers were buried on Monday.", [(4, "killed")]),
        ("The 4 tired soldiers were sent home.", []),
        # idioms of death and arrest
        ("The spokesman says 12 soldiers laid down their lives.", [(12, "killed")]),
        ("Six policemen sacrificed their lives defending the post.", [(6, "killed")]),
        ("14 suspects had been taken into custody by Sunday.", [(14, "arrested")]),
        ("14 suspects had been taken into the van.", []),
        ("Rescuers recovered the bodies of 13 victims.", [(13, "killed")]),
        # harm received, and deaths told by a phrasal verb
        ("Six passengers sustained injuries in the accident.", [(6, "injured")]),
        ("Three policemen received bullet wounds.", [(3, "injured")]),
        ("Six passengers received gifts from the minister.", []),
        ("Two more of the wounded passed away on Monday.", [(2, "killed")]),
        ("Two more of the guests passed by the gate.", []),
        # tolls and groups named by their harm
        ("Two more men died, taking the death toll to 9.", [(2, "killed"), (9, "killed")]),
        ("The number of those killed has gone up to 33.", [(33, "killed")]),
        ("The number of injured stands at 58.", [(58, "injured")]),
        ("The casualties have risen to 47.", [(47, "killed")]),
        ("The death toll was revised downwards to 17.", [(17, "killed")]),
        ("Officials pegged the death toll at 45.", [(45, "killed")]),
        ("Local media placed the toll at 30.", [(30, "killed")]),
        ("Local media placed the camera at 30 metres.", []),
        ("The injured, including 3 women, were rushed to hospital.", [(3, "injured")]),
        ("The dead included 4 children.", [(4, "killed")]),
        ("The team included 4 doctors.", []),
        ("The deceased include 2 women and a child.", [(2, "killed")]),
        (
            "Twelve people have been taken into custody, including 3 women.",
            [(12, "arrested"), (3, "arrested")],
        ),
        ("Officials visited the site, including 3 ministers.", []),
        ("Two guards were among the 40 injured.", [(2, "injured"), (40, "injured")]),
        ("Two guards were among the 40 invited.", []),
        # a headline's figure beside its harm word, whatever the parse made of it
        ("1 dead, 2 hurt in Verrin office shooting", [(1, "killed"), (2, "injured")]),
        ("Strong Quake in Verrin Kills 10; 80 Hurt and 7 Hamlets Damaged",
         [(10, "killed"), (80, "injured")]),
        ("Quake hits island off the coast, five hurt: media", [(5, "injured")]),
        ("Shooting at Law Office Leaves Man Dead and 2 Hurt", [(2, "injured")]),
        ("Verrin Wins 10; 80 Fans Cheer", []),
        (
            "Two dead, three in critical condition after Verrin shooting",
            [(2, "killed"), (3, "injured")],
        ),
        # idioms: shot dead, received treatment, a bare "one" a harm verb counts
        ("A man walked into the party and shot one person dead.", [(1, "killed")]),
        ("Five people received treatment for burns.", [(5, "injured")]),
        ("He shot three people, killing one.", [(1, "killed")]),
        ("One of the deadliest storms hit the coast.", []),
        ("Police arrested a man in the slaying of two women.", [(1, "arrested"), (2, "killed")]),
        # a year names the events, not how many
        ("Police arrested a woman in the 1971 killings of two girls.",
         [(1, "arrested"), (2, "killed")]),
        ("Police reported 1971 killings across the state that year.", [(1971, "killed")]),
    ],
)
def test_unseen_detection(nlp: Language, text: str, expected: list[tuple[float, str]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fifty-odd people were killed in the fire.", ("Fifty-odd", 50, "at_least")),
        ("Forty odd villagers were hurt.", ("Forty odd", 40, "at_least")),
        ("Forty villagers were hurt.", ("Forty", 40, "exact")),
    ],
)
def test_odd_counts_at_least(nlp: Language, text: str, expected: tuple[str, float, str]) -> None:
    (claim,) = [c for c in read_claims(nlp, text, None) if c.is_core]
    assert (claim.number_text, claim.value, claim.qualifier) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The chief minister announced Rs1 million for each of the families.",
        "The suspects looted Rs2.5 crore from the bank.",
        "A case was registered under Section 302 of the penal code.",
        "For more information call 0300-1234567 or 042-111-222-333.",
        "The incident occurred in the NA-246 constituency near Street 5.",
        "The victims were aged between 18 and 25.",
        "He faces a Class 2 felony charge.",
        "Police said the suspect drove a 2014 sedan.",
    ],
)
def test_numbers_that_are_not_counts(nlp: Language, text: str) -> None:
    assert figures(nlp, text) == []
