"""Claim extraction from single sentences we wrote ourselves: figure, measure, qualifier,
period, attribution, and the figures that must not become claims."""

from __future__ import annotations

import datetime as dt

import pytest

from core.model import Claim
from tests.core.claim_factory import read_claims

PUB = dt.date(2026, 3, 16)  # a Monday


def claims_of(nlp, text: str, published: dt.date | None = PUB) -> list[Claim]:  # type: ignore[no-untyped-def]
    return read_claims(nlp, text, published)


def core_of(nlp, text: str) -> list[tuple[str, float, str, str]]:  # type: ignore[no-untyped-def]
    return [
        (c.number_text, c.value, c.qualifier, c.measure) for c in claims_of(nlp, text) if c.is_core
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 14 people were killed and more than 30 wounded in a blast in Dunmore on "
            "Sunday.",
            [
                ("At least 14", 14, "at_least", "killed"),
                ("more than 30", 30, "more_than", "injured"),
            ],
        ),
        (
            "Police said they killed 12 and arrested 45 suspects in the raids.",
            [("12", 12, "exact", "killed"), ("45", 45, "exact", "arrested")],
        ),
        (
            "Gunmen abducted seven aid workers near the border.",
            [("seven", 7, "exact", "kidnapped")],
        ),
        (
            "The army conducted more than 2,000 operations last year.",
            [("more than 2,000", 2000, "more_than", "operations")],
        ),
        ("The monitor recorded 48 attacks in February.", [("48", 48, "exact", "attacks")]),
        (
            "The attack claimed the lives of nearly 40 villagers.",
            [("nearly 40", 40, "nearly", "killed")],
        ),
        (
            "Officials reported the deaths of at least 90 fighters.",
            [("at least 90", 90, "at_least", "killed")],
        ),
        ("Twenty-six people died in the fire.", [("Twenty-six", 26, "exact", "killed")]),
        ("Dozens of people were injured in the stampede.", [("Dozens", 12, "vague", "injured")]),
        (
            "Between 20 and 30 soldiers were captured by the rebels.",
            [("Between 20 and 30", 20, "range", "kidnapped")],
        ),
        (
            "There were 61 bombings in the province in 2025, compared with 40 in 2024.",
            [("61", 61, "exact", "attacks"), ("40", 40, "exact", "attacks")],
        ),
        (
            "The death toll rose to 31 on Tuesday, the ministry said.",
            [("31", 31, "exact", "killed")],
        ),
        # a zero told by negation is no claim unless asked for (test_zero_counts)
        ("No one was killed in the explosion.", []),
    ],
)
def test_core_figures(nlp, text: str, expected: list[tuple[str, float, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert core_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a distance, a depth, a speed or a size counts nothing a checker reads: no claim,
        # not even "other"; the casualty figure beside it stays
        ("The gunman fled two miles before troopers stopped his car at 90 mph.", []),
        ("Two people were killed about five miles north of Tarnow, police said.", ["Two"]),
        ("The quake struck at a depth of 10 kilometres and injured 40 people.", ["40"]),
        ("The storm cut a path 300 yards wide through the village.", []),
        ("Divers searched a 2-kilometre stretch of the river.", []),
        # a quake's magnitude is no count, written before or after the word, or as a pair
        ("A 5.7-magnitude quake shook Pellavar and injured 14 people.", ["14"]),
        ("Quake Of Magnitude 5.3 Hits Pellavar Killing Two", ["Two"]),
        ("A tremor of 6.2 magnitude damaged 30 houses in the valley.", ["30"]),
        ("It was the strongest since 7.1 and 6.9 magnitude quakes hit the coast.", []),
        # a count of things that are no unit stays an "other" figure
        ("Police seized 12 rifles in the raid.", ["12"]),
        ("Rescuers pulled 2 children from the rubble of a 4.8-magnitude quake.", ["2"]),
    ],
)
def test_extents_are_no_figures(nlp, text: str, kept: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [c.number_text for c in claims_of(nlp, text)] == kept


@pytest.mark.parametrize(
    "text",
    [
        "The council debated Article 370 for hours.",
        "The 16-year-old was questioned by police.",
        "It was the first time since 2019 that the festival was cancelled.",
        "The meeting started at 10 a.m. on Monday.",
        "He served as governor from 2015 to 2019.",
        "One of the deadliest attacks happened in the capital.",
        "The war lasted 20 years.",
    ],
)
def test_not_claims(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [c.number_text for c in claims_of(nlp, text) if c.is_core] == []
    assert [
        c.number_text
        for c in claims_of(nlp, text)
        if c.number_text in ("370", "16", "2019", "10", "2015", "One", "20")
    ] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rescuers report at least 24 villagers were killed and more than 200 injured when "
            "the mudslide struck.",
            [
                ("at least 24", 24, "at_least", "killed"),
                ("more than 200", 200, "more_than", "injured"),
            ],
        ),
        (
            "Six miners were killed and 14 trapped underground when the shaft caved in.",
            [("Six", 6, "exact", "killed")],
        ),
        # a toll in the subject's relative clause, its count misparsed as a second subject
        (
            "The 2009 flood that killed about 1,200 people across the region was caused by a "
            "dam failure.",
            [("about 1,200", 1200, "approx", "killed")],
        ),
        # a relative clause of no harm: its count stays uncategorised
        (
            "The law that protects about 1,200 people across the region was passed by "
            "parliament.",
            [],
        ),
        # "more" adds to the count before it: the verb is shared, not a new predicate
        (
            "The floods killed 19 people in Tarsk and 7 more in Velm on Monday.",
            [("19", 19, "exact", "killed"), ("7", 7, "exact", "killed")],
        ),
        (
            "Police arrested 11 men on Friday and 4 more on Saturday.",
            [("11", 11, "exact", "arrested"), ("4", 4, "exact", "arrested")],
        ),
        (
            "Five hikers had by then been confirmed dead in the avalanche.",
            [("Five", 5, "exact", "killed")],
        ),
        (
            "Another two people are reported to have been killed in the village.",
            [("two", 2, "exact", "killed")],
        ),
        ("Ten people were fatally wounded in the shooting.", [("Ten", 10, "exact", "killed")]),
        (
            "The toll does not include the 629 who died in hospital.",
            [("629", 629, "exact", "killed")],
        ),
        ("He threatened to kill 10 soldiers unless the ransom was paid.", []),
        (
            "A total of 32 people have been arrested after the riots.",
            [("32", 32, "exact", "arrested")],
        ),
        ("Two police officers were among the dead.", [("Two", 2, "exact", "killed")]),
        ("Five soldiers were martyred in the attack.", [("Five", 5, "exact", "killed")]),
        (
            "Three soldiers embraced martyrdom during the exchange of fire.",
            [("Three", 3, "exact", "killed")],
        ),
        ("Police rounded up 40 suspects after the riot.", [("40", 40, "exact", "arrested")]),
        ("Gunmen gunned down six people at a wedding.", [("six", 6, "exact", "killed")]),
        ("The navy launched 20 missiles at the port.", []),
        (
            "The attack left 17 dead and 40 wounded.",
            [("17", 17, "exact", "killed"), ("40", 40, "exact", "injured")],
        ),
        ("Her two other children were not hurt.", []),
        ("The blast happened at 3 p.m. local time near the bridge.", []),
        ("Police said the boy, 7, was in a stable condition.", []),
        ("Anyone with information can call 574-TIPS.", []),
    ],
)
def test_reading_from_the_parse(
    nlp, text: str, expected: list[tuple[str, float, str, str]]
) -> None:  # type: ignore[no-untyped-def]
    assert core_of(nlp, text) == expected
    if not expected:
        assert all(c.measure == "other" or c.number_text not in text for c in claims_of(nlp, text))


def test_subset_points_to_total(nlp) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(
        nlp,
        "The clashes claimed the lives of at least 40 soldiers, including "
        "three officers, this month.",
    )
    total, subset = claims
    assert (total.value, total.measure, subset.value, subset.measure) == (40, "killed", 3, "killed")
    assert subset.part_of == total.id
    assert subset.subject == "officers"


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Security forces killed nine militants over the weekend.", "2026-03-14", "2026-03-15"),
        ("The group carried out 22 attacks in January.", "2026-01-01", "2026-01-31"),
        (
            "So far this year, 140 people have been killed in the region.",
            "2026-01-01",
            "2026-03-16",
        ),
        ("Five soldiers were killed on March 2.", "2026-03-02", "2026-03-02"),
        ("The province saw 300 attacks in 2024.", "2024-01-01", "2024-12-31"),
        (
            "At least 1,200 people have been killed since the fighting began in January.",
            "2026-01-01",
            "2026-03-16",
        ),
        # a "since" clause dated by a span back ("began nine days ago"): its start to now
        (
            "Shelling took the toll since the army encircled the town nine days ago to 310.",
            "2026-03-07",
            "2026-03-16",
        ),
        ("More than 80 have died since the siege began two weeks ago.", "2026-03-02",
         "2026-03-16"),
        # negatives: the span back dates the figure's own happening, in no "since" clause
        ("A car bomb killed 12 people at a market nine days ago.", "2026-03-07", "2026-03-07"),
        ("Police said 12 people died when the siege began nine days ago.", "2026-03-07",
         "2026-03-07"),
    ],
)
def test_period(nlp, text: str, start: str, end: str) -> None:  # type: ignore[no-untyped-def]
    (claim,) = [c for c in claims_of(nlp, text) if c.is_core]
    assert (str(claim.date_start), str(claim.date_end)) == (start, end)


def test_date_of_another_happening_is_not_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The army launched an operation on Monday, two days after a bombing in which at "
        "least 26 people were killed."
    )
    (claim,) = [c for c in claims_of(nlp, text) if c.is_core]
    # not Monday, the operation's day: two days before it, the bombing's
    assert claim.date_start == claim.date_end == dt.date(2026, 3, 14)


def test_period_carries_to_next_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In February, the air force struck camps across the valley. The strikes killed 11 people."
    )
    (claim,) = [c for c in claims_of(nlp, text) if c.is_core]
    assert (str(claim.date_start), str(claim.date_end)) == ("2026-02-01", "2026-02-28")


def test_no_publication_date_leaves_relative_dates_open(nlp) -> None:  # type: ignore[no-untyped-def]
    (claim,) = claims_of(nlp, "Police arrested 15 people last week.", published=None)
    assert claim.date_start is None


@pytest.mark.parametrize(
    ("text", "attribution"),
    [
        (
            "According to the Regional Security Institute, there were 57 attacks in May.",
            "the Regional Security Institute",
        ),
        ("The army said it killed 23 insurgents.", "The army"),
        ("At least eight people were killed, hospital officials said.", "hospital officials"),
        ("At least eight people were killed in the blast.", None),
    ],
)
def test_attribution(nlp, text: str, attribution: str | None) -> None:  # type: ignore[no-untyped-def]
    (claim,) = [c for c in claims_of(nlp, text) if c.is_core]
    assert claim.attribution == attribution


def test_provenance(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Headline here\n\nRebels said they seized 19 hostages in Varn on Friday."
    (claim,) = claims_of(nlp, text)
    assert text[claim.start : claim.end] == claim.number_text == "19"
    assert text[claim.sentence_start : claim.sentence_end] == claim.sentence
    assert claim.rule


@pytest.mark.parametrize(
    ("text", "location"),
    [
        (
            "At least 18 attacks took place in Punjab and Balochistan in May.",
            "Pakistan",
        ),
        ("Police killed four gunmen outside the Gwadar port on Sunday.", "Gwadar port"),
        ("Gunmen killed 7 people in Jammu and Kashmir's Kupwara on Sunday.", "Kupwara"),
        ("Soldiers arrested nine suspects in Eldmere on Monday.", "Eldmere"),
    ],
)
def test_location(nlp, text: str, location: str) -> None:  # type: ignore[no-untyped-def]
    (claim,) = [c for c in claims_of(nlp, text) if c.is_core]
    assert claim.location == location


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KABUL - 27 people were killed on Monday.", [("27", 27, "exact", "killed")]),
        ("No casualties were reported in the attack.", []),
        ("Police said no soldiers were killed in the attack.", []),
        ("Two F-16 jets flew over the city.", []),
    ],
)
def test_review_cases(nlp, text: str, expected: list[tuple[str, float, str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert core_of(nlp, text) == expected


def test_a_passive_subject_is_not_a_speaker(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Five deaths were reported in the city. Another 12 people were injured in the blast."
    injured = [c for c in claims_of(nlp, text) if c.measure == "injured"]
    assert [c.attribution for c in injured] == [None]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the parser may hang a dateline on the counted noun: it is where the report is filed
        ("MARLOW - Eleven people were killed when a gas cylinder blew up at a market.", "people"),
        ("OSTERN, Mass. - Two firefighters were hurt in the blaze.", "firefighters"),
        # a place inside the sentence still qualifies the noun
        ("Eleven Marlow residents were killed in the blast.", "Marlow residents"),
    ],
)
def test_a_dateline_is_no_part_of_the_subject(nlp, text: str, subject: str) -> None:  # type: ignore[no-untyped-def]
    [claim] = claims_of(nlp, text)
    assert claim.subject == subject
