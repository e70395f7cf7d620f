"""How each figure's wording, place and time read (issue #11), on sentences we wrote: tolls
that move, harm named by a noun, compound number words, idiomatic predicates, places, dates,
and numbers that are not claims. Positive and negative cases, one per line."""

from __future__ import annotations

import datetime as dt

import pytest

from core.extract.claim_places import fallback_place
from core.model import Claim
from core.text import places
from core.text.datelines import find_dateline
from core.text.numbers import find_amounts
from core.text.publication_dates import latest_full_date
from core.text.qualifiers import explain_vague
from tests.core.claim_factory import read_claims

PUB = dt.date(2026, 3, 20)  # a Friday
MONDAY = dt.date(2026, 3, 16)
TUESDAY = dt.date(2026, 3, 17)


def claims_of(nlp, text: str, published: dt.date | None = PUB) -> list[Claim]:  # type: ignore[no-untyped-def]
    return read_claims(nlp, text, published)


def readings(nlp, text: str) -> list[tuple[float, str]]:  # type: ignore[no-untyped-def]
    return [(c.value, c.measure) for c in claims_of(nlp, text) if c.is_core]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Tolls that move, in digits and in words, in headlines and body text.
        ("The death toll from the ferry fire rose to 31 on Thursday.", [(31, "killed")]),
        ("Toll climbs to seventy-two after the dam burst in Verrin", [(72, "killed")]),
        ("The death toll was revised down to 9 after a recount.", [(9, "killed")]),
        ("Officials raised the death toll to 40.", [(40, "killed")]),
        ("Four more succumbed to their wounds overnight.", [(4, "killed")]),
        ("At least 23 passengers drowned when the ferry capsized.", [(23, "killed")]),
        ("Nine fishermen were drowned in the storm.", [(9, "killed")]),
        ("Two of the injured breathed their last in hospital.", [(2, "killed")]),
        ("Three of the wounded died on the way to the clinic.", [(3, "killed")]),
        ("Three of the wounded were flown to the capital.", [(3, "injured")]),
        # Nominalised harm, with and without the "of".
        ("The mayor confirmed the deaths of 17 fishermen.", [(17, "killed")]),
        ("The mayor confirmed the deaths 17 fishermen.", [(17, "killed")]),
        ("The storm caused injuries to 25 others.", [(25, "injured")]),
        ("The crash left 6 dead.", [(6, "killed")]),
        ("Firefighters reported 8 fatalities.", [(8, "killed")]),
        ("Rescuers saw the martyrdom of 12 guards.", [(12, "killed")]),
        # military copy's nominals of killing
        ("The firefight resulted in the neutralization of three rebels.", [(3, "killed")]),
        ("The raid led to the elimination of 12 militants.", [(12, "killed")]),
        ("The plan calls for the elimination of 12 checkpoints.", []),
        ("The storm caused damage to 25 homes.", []),
        # Compound number words.
        ("The earthquake killed three-hundred and forty-two villagers.", [(342, "killed")]),
        ("One hundred and five people were injured in the crush.", [(105, "injured")]),
        # Reported speech with idiomatic predicates.
        ("The governor says forty people embraced martyrdom in the raid.", [(40, "killed")]),
        ("Officials confirmed the deaths of 6 climbers.", [(6, "killed")]),
        # Not claims: years, money, ages, phone numbers, street numbers.
        ("It was the county's first 2019 fatal shooting of a child.", []),
        # bail is no figure; the suspect arrested is one (told without a numeral)
        ("The suspect was arrested and held on $250,000 bail.", [(1, "arrested")]),
        ("A 15-year-old was charged on Friday.", [(1, "arrested")]),  # charged: arrested
        ("Anyone with information can call 555-201-3344.", []),
        ("Police were called to the 1400 block of Elm Street.", []),
        ("The 2000 people at the rally were unhurt.", []),
        ("A reward is offered for information leading to the arrest of 3 men.", []),
        ("Police raided the farm, leading to the arrest of 3 men.", [(3, "arrested")]),
    ],
)
def test_figure_readings(nlp, text: str, expected: list[tuple[float, str]]) -> None:  # type: ignore[no-untyped-def]
    assert readings(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("three-hundred and forty-two", 342),
        ("Two-thousand", 2000),
        ("one hundred and five", 105),
        ("seventy-two", 72),
        ("five hundred", 500),
    ],
)
def test_compound_number_words(text: str, value: float) -> None:
    (amount,) = find_amounts(text)
    assert (amount.text, amount.value) == (text, value)


def test_range_with_hyphen_is_not_a_compound() -> None:
    (amount,) = find_amounts("20-30 people")
    assert (amount.qualifier, amount.value, amount.high) == ("range", 20, 30)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Two people were killed in a shooting in Brackton, Ohio, on Friday.", "Brackton, Ohio"),
        ("Three people were killed in Peshawar, Pakistan, on Friday.", "Peshawar, Pakistan"),
        ("Gunmen killed 6 people in Hyderabad, Sindh, on Friday.", "Hyderabad, Sindh"),
        ("LAHORE: Five people were killed when a boiler exploded in a factory.", "Lahore"),
        ("KARACHI (Reuters) - Gunmen killed 7 guards at a depot on Thursday.", "Karachi"),
        ("TULSA, Okla. - Four people were found dead in a house on Monday.", "Tulsa, Okla."),
        ("HARTFORD, Conn. (AP) — Two men were wounded early Sunday.", "Hartford, Conn."),
        ("Two men were wounded on Arlington Avenue in Allentown.", "Allentown"),
        ("Two men were wounded on Arlington Avenue.", "Arlington Avenue"),
        ("Militants killed 4 soldiers in KP on Friday.", "Khyber Pakhtunkhwa"),  # spelled out
        ("Two men were wounded and are recovering in Mercy Hospital.", None),
        ("Three people were killed at a Brenford County fruit farm.", "Brenford County fruit farm"),
        ("Two were hurt near Flamingo Road and Durango Drive.", "Flamingo Road and Durango Drive"),
        ("Two men were wounded outside the home of Daniel Cordoba, 19, police said.", None),
        ("UPDATE: Police said 2 men were wounded in a shooting on Friday.", None),
    ],
)
def test_places(nlp, text: str, place: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in claims_of(nlp, text) if c.is_core]
    assert found
    assert found[0].location == place


@pytest.mark.parametrize(
    ("text", "place", "city"),
    [
        ("LAHORE: Five people were killed in a blast on Friday.", "Lahore", "Lahore"),
        ("ST. PAUL, Minn. (AP) — A man was shot dead on Sunday.", "St. Paul, Minn.", "St. Paul"),
        ("NEW YORK, March 3 (Reuters) - Two men were wounded on Friday.", "New York", "New York"),
        ("CHICAGO -- A boy was shot and killed on Friday night.", "Chicago", "Chicago"),
        ("EAST HAVEN >> A man accused of a shooting pleaded guilty.", "East Haven", "East Haven"),
        ("UPDATE: Police have released the name of the victim.", None, None),
        ("PHOTO: A man walks past the scene on Friday.", None, None),
        ("BREAKING - Police say the road is closed tonight.", None, None),
        ("Lahore: a short line", None, None),
    ],
)
def test_find_dateline(text: str, place: str | None, city: str | None) -> None:
    found = find_dateline(text)
    assert (found.place, found.city) == (place, city) if found else place is None


@pytest.mark.parametrize(
    ("dateline", "country", "expected"),
    [
        ("QUETTA – Police said the blast killed 5 people.", "Pakistan", "Quetta, Pakistan"),
        ("WASHINGTON – Officials said 5 people were killed on Friday.", "Pakistan", "Pakistan"),
        ("ISLAMABAD, Pakistan – Officials said 5 died.", "Pakistan", "Islamabad, Pakistan"),
        ("QUETTA – Police said the blast killed 5 people on Friday.", None, "Quetta"),
    ],
)
def test_fallback_place(dateline: str, country: str | None, expected: str) -> None:
    assert fallback_place(find_dateline(dateline), country) == expected


@pytest.mark.parametrize(
    ("abbreviation", "key"),
    [("Okla.", "US-OK"), ("Conn.", "US-CT"), ("Minn.", "US-MN"), ("KP", "PK-KP"), ("J&K", "IN-JK")],
)
def test_place_abbreviations(abbreviation: str, key: str) -> None:
    found = places.lookup(abbreviation)
    assert found is not None
    assert found.key == key


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # A weekday is read back from the publication date, to the day.
        ("On Tuesday, gunmen killed 6 people in a market.", PUB, TUESDAY),
        ("Gunmen killed 6 people on Tuesday in a raid like one in January.", PUB, TUESDAY),
        ("In January the group vowed revenge. On Tuesday, 6 people were killed.", PUB, TUESDAY),
        # The day it was reported is not the day it happened.
        ("Officials said on Thursday the toll from Monday's blast stood at 41.", PUB, MONDAY),
        # A deed named in a charge is older than the day of the hearing.
        ("Accused of wounding five people, he pleaded guilty on Tuesday.", PUB, None),
        ("He was charged with wounding five people on Tuesday.", PUB, TUESDAY),
        # No publication date: the latest full date in the text anchors the weekday.
        ("The raid came on 12 January 2023. On Monday, 5 more died.", None, dt.date(2023, 1, 9)),
        # No publication date and no full date: unknown.
        ("On Monday, 5 more people died of wounds.", None, None),
    ],
)
def test_days(nlp, text: str, published: dt.date | None, day: dt.date | None) -> None:  # type: ignore[no-untyped-def]
    found = [c for c in claims_of(nlp, text, published) if c.is_core]
    assert found
    assert (found[-1].date_start, found[-1].date_end) == (day, day)


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        ("It began on 2 May 2021 and ended on June 4, 2021.", dt.date(2021, 6, 4)),
        ("Filed 2022-11-30 after the raid.", dt.date(2022, 11, 30)),
        ("In March 2021 the group said so.", None),
        ("It happened in 2020.", None),
    ],
)
def test_latest_full_date(text: str, latest: dt.date | None) -> None:
    assert latest_full_date(text) == latest


def test_vague_value_is_explained(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, "Hundreds of people were injured in the riots.")
    assert (claim.value, claim.low, claim.high) == (100, 200, None)
    assert explain_vague(100) in claim.rule
    assert "100" in explain_vague(100)
    assert "200 or more" in explain_vague(100)


def test_exact_figure_has_no_vague_note(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, "Two hundred people were injured in the riots.")
    assert "vague" not in claim.rule
