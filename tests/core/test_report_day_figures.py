"""The day of a report's figures when the report names more than one day (issue #11): the day
of the paper is not the day of the shooting, a death recorded later is the shooting's figure,
"the shooting happened on ..." names the incident, a follow-up is dated by the harm it tells.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.incident_words import dates_arrival
from core.text.periods import resolve_period
from tests.core.claim_factory import casualty_days, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
SUN = D("2025-06-08")  # a Sunday
SAT = D("2025-06-07")


@pytest.mark.parametrize(
    "text",
    [
        # the lead gives Saturday; the figure, the day of the paper
        "Gunfire broke out at a block party late Saturday. "
        "The shooting left one man dead and three others wounded Sunday, police said.",
        "A fight at a nightclub ended in gunfire on Saturday night. "
        "Two women were wounded early Sunday outside the club.",
        "Officers were sent to a bowling alley on Saturday after reports of shots fired. "
        "Three teenagers were hurt Sunday, a spokesman said.",
    ],
)
def test_a_figure_dated_the_day_of_the_paper_counts_the_night_before(
    nlp: Language, text: str
) -> None:
    found = casualty_days(nlp, text, SUN)
    assert found
    assert found == [SAT] * len(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another incident on the day of the paper keeps its day
        (
            "A man was shot late Saturday near a gas station. "
            "In a second shooting Sunday, two women were wounded.",
            [SUN],
        ),
        (
            "A man was shot late Saturday near a gas station. "
            "Separately, four people were hurt Sunday when gunfire erupted at a park.",
            [SUN],
        ),
        # a lead two days back: the paper's day is no night after it
        (
            "Gunfire broke out at a block party on Friday. "
            "Two men were wounded Sunday in the same neighbourhood.",
            [SUN],
        ),
    ],
)
def test_another_figure_on_the_day_of_the_paper_keeps_its_day(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, SUN)[-1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A man was arrested Thursday in a shooting that left two people dead. "
            "The shooting happened May 11 outside a laundromat, police said.",
            [D("2025-05-11")],
        ),
        (
            "Two people were wounded in a shooting near the river. "
            "The shooting occurred around 1 a.m. Friday, police said.",
            [D("2025-06-06")],
        ),
        (
            "Four people were hurt at a graduation party. "
            "The stabbing took place on Thursday in a backyard.",
            [D("2025-06-05")],
        ),
        # the parser hangs the day on the clock time before it: the day is the incident's
        (
            "The robbery, which happened shortly after 3 a.m. on May 30, left a guard dead "
            "and a customer hurt, police said.",
            [D("2025-05-30"), D("2025-05-30")],
        ),
    ],
)
def test_the_day_an_incident_happened_names_it(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, SUN) == expected


def test_the_night_an_incident_happened_hung_on_its_place_names_it(nlp: Language) -> None:
    # the parser hangs the night on the place the fire broke out at, not on the verb
    text = (
        "Four workers were killed in a fire that broke out in a warehouse on the intervening "
        "night of Thursday and Friday."
    )
    (claim,) = read_claims(nlp, text, SUN)
    assert (claim.date_start, claim.date_end) == (D("2025-06-05"), D("2025-06-06"))


def test_a_similar_incident_happening_names_another(nlp: Language) -> None:
    text = "Two clerks were wounded at a liquor store. A similar robbery occurred on May 11."
    assert casualty_days(nlp, text, SUN) == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the death is recorded weeks after the shooting the next sentence dates
        (
            "Two teenagers were pronounced dead Sunday at a hospital. "
            "Both were shot May 20 during a robbery in which three other people were wounded.",
            [D("2025-05-20"), D("2025-05-20")],
        ),
        (
            "A woman who was shot May 14 outside a bakery died Sunday, police said.",
            [D("2025-05-14")],
        ),
        # no earlier shooting day: the death keeps its own
        ("Two hikers were declared dead Saturday after a fall.", [SAT]),
    ],
)
def test_a_death_recorded_later_counts_the_shooting(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, SUN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a follow-up: the day of its news is not the day of the harm it tells
        (
            "Two customers were wounded in a robbery at a pawn shop. A man charged in the "
            "robbery made his first court appearance Friday. Police say he shot them on May 11.",
            [D("2025-05-11")],
        ),
        # the harm of the last days before an older one the lead recalls
        (
            "Two clerks were wounded in a robbery. A man was charged Saturday in the shooting "
            "of the clerks Friday. A clerk at the same store was shot on March 3.",
            [D("2025-06-06")],
        ),
    ],
)
def test_a_follow_up_is_dated_by_the_harm_it_tells(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, SUN)[:1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # weeks later, the day officers came on the scene dates the incident
        (
            "A 30-year-old man has been charged with murder in the death of his neighbour. "
            "Deputies were called to the duplex on May 11 and found the neighbour shot. "
            "Two other people were wounded.",
            [D("2025-05-11"), D("2025-05-11")],
        ),
        # a victim's death days later is neither the incident's day nor the next figure's
        (
            "Police are still looking for the gunman who killed a man outside a diner. "
            "Officers responded to the diner on May 11 and found two men with gunshot wounds. "
            "One of them died Friday, police said. Two people were wounded.",
            # "one of them died" counts one dead (core/extract: deaths told aside), dated by
            # the shooting, not by the death
            [D("2025-05-11"), D("2025-05-11"), D("2025-05-11")],
        ),
    ],
)
def test_the_day_police_came_dates_a_follow_up(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, SUN) == expected


@pytest.mark.parametrize(
    ("text", "day", "arrival"),
    [
        ("Officers were called to the park on Sunday.", "Sunday", True),
        ("Deputies found a man with a gunshot wound Friday.", "Friday", True),
        ("A man was found guilty Friday of killing two people.", "Friday", False),
        ("The mayor called for calm Sunday.", "Sunday", False),
    ],
)
def test_the_day_police_came_not_a_verdict_nor_a_call_for_calm(
    nlp: Language, text: str, day: str, arrival: bool
) -> None:
    root = next(t for t in nlp(text) if t.text == day)
    assert dates_arrival(root) is arrival


def test_a_figure_on_the_day_of_the_paper_keeps_it_before_a_day_told_later(
    nlp: Language,
) -> None:
    # the day before is told only after the figure: maybe of another incident
    text = (
        "A strong storm hit the coast on Sunday, killing at least 12 people. "
        "Roads were closed across the region. "
        "On Saturday, a landslide killed 40 people in the hills of a neighbouring country."
    )
    assert casualty_days(nlp, text, SUN) == [SUN, SAT]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll moved on a later day; the figure counts the incident the sentence dates
        (
            "The number of people killed in the May 30 attack rose to 12 on Thursday.",
            [D("2025-05-30")],
        ),
        (
            # the man who died is one of the four: the toll counts him, no claim of his own
            "The death toll from the June 2 shooting climbed to four Friday when a man died.",
            [D("2025-06-02")],
        ),
        # no incident named by its day: the day the toll stood
        ("The death toll climbed to four Friday, the county said.", [D("2025-06-06")]),
        # a deed of the later day, not a toll, keeps its day
        (
            "The gang behind the May 30 attack struck again on Thursday, killing four.",
            [D("2025-06-05")],
        ),
    ],
)
def test_a_toll_that_moved_counts_the_incident_it_names(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert casualty_days(nlp, text, SUN)[: len(expected)] == expected


WED = D("2025-06-11")  # a Wednesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vigil ahead marks months since the shooting: counted back from that day
        (
            "A man accused of killing two neighbours in March was ordered to stand trial. "
            "Their relatives will gather at the church Thursday for the three-month "
            "anniversary of the killings.",
            [D("2025-03-12")],
        ),
        # the day marks a year since: the figure of the anniversary sentence too
        (
            "Sunday marks the first anniversary of the shooting that killed six people at a "
            "skating rink.",
            [D("2024-06-08")],
        ),
    ],
)
def test_an_anniversary_dates_the_incident(
    nlp: Language, text: str, expected: list[dt.date]
) -> None:
    assert casualty_days(nlp, text, WED) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a harm on the anniversary of another: its own day
        "A man was shot Saturday on the anniversary of his brother's killing.",
        # no count of years or months: no day to count back
        "Two men were wounded Saturday at a rally on the anniversary of the riots.",
    ],
)
def test_an_anniversary_without_a_span_dates_nothing_back(nlp: Language, text: str) -> None:
    assert casualty_days(nlp, text, WED) == [D("2025-06-07")]


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        # the number slipped a day off its weekday: the weekday names the day
        ("on Thursday, June 6", D("2025-06-05")),
        ("Saturday, June 6, 2025", D("2025-06-07")),
        # in step, or further off than a slip: as written
        ("on Thursday, June 5", D("2025-06-05")),
        ("Monday, June 6", D("2025-06-06")),
    ],
)
def test_a_date_one_day_off_its_weekday_takes_the_weekday(expr: str, expected: dt.date) -> None:
    found = resolve_period(expr, published=SUN)
    assert found is not None
    assert found.start == found.end == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the figure's own span: the day its sentence says it was told is no day inside it
        (
            "Troops killed 7 insurgents in Corran state last week, the army said on Sunday.",
            (D("2025-06-02"), D("2025-06-08")),
        ),
        # a day another sentence gives the incident still names it within the span
        (
            "Troops killed 7 insurgents in Corran state last week, the army said on Sunday."
            " The raid took place on Thursday.",
            (D("2025-06-05"), D("2025-06-05")),
        ),
    ],
)
def test_a_span_is_not_narrowed_to_the_day_it_was_told(
    nlp: Language, text: str, expected: tuple[dt.date, dt.date]
) -> None:
    claims = read_claims(nlp, text, D("2025-06-11"))  # a Wednesday
    assert [(c.date_start, c.date_end) for c in claims if c.measure == "killed"] == [expected]
