"""How news dates what it tells (issue #11), one class per test: a lead that dates nothing is
the news of its publication day; a follow-up that names its incident by a month or "18 months
ago" takes the day its body gives; the date that signs an embedded post is the day it was
posted; "past" before a day in an entity is no "past Sunday". Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.incident_days import report_incident_day
from core.extract.nlp import Chunk
from core.model import Document
from tests.core.claim_factory import casualty_days, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday


def spans(nlp: Language, text: str, published: dt.date | None) -> list[tuple[object, object]]:
    """(date_start, date_end) of each casualty figure, in text order."""
    return [
        (c.date_start, c.date_end)
        for c in read_claims(nlp, text, published)
        if c.measure in ("killed", "injured")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police say a teenager is dead after a shooting in the 400 block of Elm Street. "
        "Two other men were wounded.",
        "A woman was shot and killed overnight on the city's west side, and her neighbour "
        "was wounded. No arrests have been made.",
        # an arrest at the scene is the day's news too
        "ELDMERE: At least 10 people were killed and 25 injured when a bomb went off in a "
        "crowded market. Police arrested two suspects at the scene.",
        # a clause on the incident itself tells the harm as the news
        "Police are investigating a shooting at a motel that left two men dead.",
        # what followed, dated further down, leaves the lead undated
        "Police say four people are dead after a shooting at a motel. Officers found them in "
        "a room upstairs. A guest had called 911. It appears to have happened shortly before "
        "officers arrived. On Monday night, police released the names of the dead.",
        # a count of bodies is the harm told, and so is a kidnapping
        "Divers have recovered nine bodies from the lake so far, a rescue official said.",
        "Gunmen kidnapped 14 passengers from a bus near Tarvin, police said.",
        # a death told by a verb of any casualty, a casualty noun the subject
        "Nine fishermen drowned when their trawler sank off Tarvin, officials said.",
        "Casualties included four soldiers, the army said.",
    ],
)
def test_a_lead_that_dates_nothing_tells_the_news_of_its_publication_day(
    nlp: Language, text: str
) -> None:
    found = read_claims(nlp, text, WED)
    assert [c.date_start for c in found] == [WED] * len(found)
    assert found
    assert all(c.date_text == "the publication date" for c in found)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a follow-up: the day of a charge or a trial is not the incident's
        ("A man charged with killing two neighbours made his first court appearance. "
         "Two others were hurt in the attack.", WED),
        ("Jurors heard how three people were wounded at a bus depot.", WED),
        # no publication date of its own: nothing to read the news day from
        ("Police say a teenager is dead after a shooting in the 400 block of Elm Street.", None),
        # the harm only describes someone the news is about: a suit, a name, a gathering
        ("The family of a 7-year-old boy who was fatally shot by a neighbour has sued the "
         "neighbour. The suit says a loaded pistol was left on a table.", WED),
        ("Police have identified the man who was shot and killed in a parking lot in Holt.",
         WED),
        ("Hundreds gathered to remember a teenager who was shot and killed outside a store.",
         WED),
        # a lead that tells no harm
        ("Police are asking for help to find a grey van. The van was seen near a school. "
         "It has a dented door. Two men were wounded, a spokesman said later.", WED),
    ],
)
def test_what_is_not_the_news_of_the_day(
    nlp: Language, text: str, published: dt.date | None
) -> None:
    found = casualty_days(nlp, text, published)
    assert found
    assert found == [None] * len(found)


def test_a_follow_up_takes_the_day_its_body_gives_within_the_time_its_lead_names(
    nlp: Language,
) -> None:
    text = (
        "A teenager received probation Thursday for accidentally shooting and killing his "
        "friend 18 months ago. The teen shot the boy in the chest on Dec. 2, 2023, while "
        "handling a rifle."
    )
    assert casualty_days(nlp, text, WED)[0] == D("2023-12-02")


def test_a_follow_up_naming_only_a_month_gives_that_month(nlp: Language) -> None:
    text = (
        "A judge set a hearing for two cousins held in the January shooting deaths of three "
        "men at a motel."
    )
    assert spans(nlp, text, WED) == [(D("2025-01-01"), D("2025-01-31"))]


def test_a_time_back_gives_way_to_the_month_the_report_names(nlp: Language) -> None:
    text = (
        "The trial of a nurse who shot and killed two patients two years ago opens Monday. "
        "She is charged with murder in the deaths of the two patients in September 2023."
    )
    assert spans(nlp, text, WED)[0] == (D("2023-09-01"), D("2023-09-30"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fresh report that recalls an older quake by its month keeps its own day
        (
            "A strong earthquake hit the coast on Sunday, killing 12 people. "
            "Another quake killed 600 people in the same region in February 2024.",
            [(D("2025-06-08"), D("2025-06-08")), (D("2024-02-01"), D("2024-02-29"))],
        ),
        # a count over a span that runs to now is no time of one incident
        (
            "A boy was shot dead on Sunday. Five children have been killed in shootings in the "
            "city earlier this year.",
            [(D("2025-06-08"), D("2025-06-08")), (D("2025-01-01"), WED)],
        ),
    ],
)
def test_what_does_not_narrow_to_the_incident(
    nlp: Language, text: str, expected: list[tuple[object, object]]
) -> None:
    assert spans(nlp, text, WED) == expected


def test_the_date_signing_an_embedded_post_is_not_the_incident_day(nlp: Language) -> None:
    text = (
        "A man was shot and killed Monday night outside a bar. "
        "Help us find the gunman who wounded 2 people on Main St. "
        "— Metro Police (@MetroPolice) June 11, 2025"
    )
    assert casualty_days(nlp, text, WED) == [D("2025-06-09"), D("2025-06-09")]


def test_a_date_at_the_end_of_a_sentence_still_dates_it(nlp: Language) -> None:
    text = "A man was shot and killed outside a bar on June 10, 2025 (local time)."
    assert casualty_days(nlp, text, WED) == [D("2025-06-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun "past" before a day: the Sunday of this week, not a week back
        ("Residents got a glimpse of the town's violent past early Sunday when a gunman "
         "wounded three people.", (D("2025-06-08"), D("2025-06-08"))),
        ("Two men were wounded this past Sunday.", (D("2025-06-08"), D("2025-06-08"))),
        # "the past two weeks" keeps its span
        ("Eight people have been wounded in the past two weeks.", (D("2025-05-28"), WED)),
    ],
)
def test_past_before_a_day(nlp: Language, text: str, expected: tuple[object, object]) -> None:
    assert spans(nlp, text, WED) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure in a clause set years apart tells another happening: no day of the lead
        (
            "A quake hit the island on Sunday, killing 10 people. The island was struck nearly "
            "three years after the town of Velmar was flattened when an earthquake killed tens "
            "of thousands of its residents.",
            [D("2025-06-08"), None],
        ),
        # "after a shooting" with no stretch of time is the report's own incident
        (
            "Three men were wounded on Sunday. Police are searching for a gunman after a "
            "shooting that killed two people.",
            [D("2025-06-08"), D("2025-06-08")],
        ),
        # the clause's own date still dates it
        (
            "Three days after a bomb killed 12 people at a market on Sunday, the army "
            "launched raids.",
            [D("2025-06-08")],
        ),
    ],
)
def test_a_figure_set_a_stretch_of_time_apart(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, WED)[-len(expected):] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the day of a follow-up's news is not the incident's
        "Prosecutors said Tuesday they will seek the death penalty against a man accused of "
        "killing three people.",
        # the deed of someone a clause describes, the date the later news of them
        "A man who killed two people was extradited to Ohio on Tuesday.",
        "A man wanted in the deaths of two women surrendered to police Tuesday.",
        # what was done later of someone a clause describes by the harm: a capture, a plea
        "A man accused of killing two teenagers in a drive-by shooting was caught Tuesday "
        "in Texas.",
        "Relatives of three people who were killed in a shooting at a bar spoke to reporters "
        "on Tuesday.",
    ],
)
def test_the_later_news_of_someone_does_not_date_their_deed(nlp: Language, text: str) -> None:
    found = casualty_days(nlp, text, WED)
    assert found
    assert found == [None] * len(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # fresh news: the day police spoke dates the figure for want of a better one
        ("Police said Tuesday that three people were wounded in the shooting.", D("2025-06-10")),
        # a harm on the main verb is the same day's
        ("The gunman who killed two people was shot dead by police on Sunday.", D("2025-06-08")),
        # the date inside the clause is the deed's own
        ("A gunman who killed two people at a bank on Monday was identified.", D("2025-06-09")),
        # what the harmed or the gunman did that day: the harm's day
        ("Two men shot in the legs later walked into a hospital on Monday.", D("2025-06-09")),
        ("A man who shot two neighbours fled on Monday, police said.", D("2025-06-09")),
        ("Two boys who were hit by stray bullets were rushed to a hospital on Monday.",
         D("2025-06-09")),
        # a harm in a clause on a thing, not a person: the news itself
        ("A bus overturned near Kelso Pass on Monday, injuring nine passengers.",
         D("2025-06-09")),
    ],
)
def test_what_still_dates_the_deed(nlp: Language, text: str, expected: dt.date) -> None:
    assert casualty_days(nlp, text, WED)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a court follow-up: the day a harm is told on, not an earlier day a witness told of
        (
            "Two brothers pleaded not guilty Tuesday to killing four women. A neighbour "
            "testified he saw them with guns on Dec. 31. The women were shot on Jan. 7.",
            D("2025-01-07"),
        ),
        # with no harm dated in the lead the earliest happening stays the incident day
        (
            "A man pleaded guilty Tuesday to wounding two clerks. The robbery happened on "
            "May 2 at a gas station.",
            D("2025-05-02"),
        ),
    ],
)
def test_a_court_follow_up_takes_the_day_of_the_harm(
    nlp: Language, text: str, expected: dt.date
) -> None:
    assert casualty_days(nlp, text, WED)[-1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call telling of a harm: the alarm's day is the incident's
        ("Around 9 p.m. Monday, officers got a call from a hospital saying doctors were "
         "treating a boy for gunshot wounds.", D("2025-06-09")),
        # what a mother did later of a son a clause tells was killed: no day of the harm
        ("The mother of a teenager killed in a shooting spoke out on Monday.", None),
    ],
)
def test_the_lead_day_beside_a_harm_told_in_a_clause(
    nlp: Language, text: str, expected: dt.date | None
) -> None:
    document = Document(id="d", text=text, published=WED)
    day = report_incident_day([Chunk(0, nlp(text))], document, WED)
    assert (day.start if day is not None else None) == expected
