"""Which of a sentence's dates dates a figure (issue #11), one class per test: the figure's
own clause under "after" over the clause above it; a phrasal reporting verb without its
particle dates no report; a month naming an older incident further down the lead does not
bar the lead's day; the noun a figure counts keeps its own month. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.claim_dates import sentence_periods
from tests.core.claim_factory import read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
THU = D("2031-05-08")  # a Thursday


def days(nlp: Language, text: str, published: dt.date | None = THU) -> list[tuple[object, ...]]:
    """(value, measure, date_start, date_end) of each casualty figure, in text order."""
    return [
        (c.value, c.measure, c.date_start, c.date_end)
        for c in read_claims(nlp, text, published)
        if c.measure in ("killed", "injured")
    ]


def test_a_figure_under_after_takes_the_day_of_its_own_clause(nlp: Language) -> None:
    text = (
        "Anger has been building this week in the river quarter after two guards fatally shot "
        "a 17-year-old boy after he allegedly ran at them with a knife on Saturday night."
    )
    assert days(nlp, text) == [(1, "killed", D("2031-05-03"), D("2031-05-03"))]


def test_without_a_date_of_its_own_the_clause_above_still_dates_it(nlp: Language) -> None:
    text = "Anger has been building this week in the river quarter after guards shot two boys."
    found = days(nlp, text)
    assert [(v, s, e) for v, _, s, e in found] == [(2, D("2031-05-05"), THU)]


def test_the_day_of_the_clause_above_dates_its_own_figure(nlp: Language) -> None:
    text = "Three people died on Tuesday after gunmen opened fire on a bus."
    assert days(nlp, text) == [(3, "killed", D("2031-05-06"), D("2031-05-06"))]


@pytest.mark.parametrize(
    ("text", "reported"),
    [
        # "pointed a gun" is no report: Saturday is the day of a happening
        ("Two officers shot and killed a 19-year-old man after he pointed a rifle at them on "
         "Saturday.", False),
        # "pointed out" reports
        ("The mayor pointed out on Tuesday that two officers were killed in the ambush.", True),
        # a reporting verb with another particle is another verb: "showed up", not "show"
        ("The gunman showed up at the depot on Saturday and wounded two guards.", False),
        ("Records showed on Tuesday that two guards were wounded at the depot.", True),
    ],
)
def test_a_phrasal_reporting_verb_reports_only_with_its_particle(
    nlp: Language, text: str, reported: bool
) -> None:
    sent = next(iter(nlp(text).sents))
    assert [r for _, _, r in sentence_periods(sent, THU)] == [reported]


LEAD_THEN_OLDER = (
    "Three militants killed in Ardmoor raid\n\n"
    "ARDMOOR: Police said they killed three militants linked to a banned group in a raid "
    "on a hideout late on Monday night.\n\n"
    "The raid team came under fire as it closed in on the compound.\n\n"
    "A police officer said the dead men were wanted in the killing of four guards at a "
    "checkpoint last month.\n\n"
    "One constable was wounded in the raid and taken to hospital.\n"
)


def test_an_older_incident_named_by_a_month_further_down_keeps_the_lead_day(
    nlp: Language,
) -> None:
    found = days(nlp, LEAD_THEN_OLDER, D("2031-05-06"))
    monday = (D("2031-05-05"), D("2031-05-05"))
    assert [(v, m) for v, m, _, _ in found] == [
        (3, "killed"), (3, "killed"), (4, "killed"), (1, "injured")
    ]
    assert (found[0][2], found[0][3]) == monday  # the headline takes the lead's day
    assert (found[1][2], found[1][3]) == monday
    # the figure counted by "the killing ... last month" keeps that month
    assert (found[2][2], found[2][3]) == (D("2031-04-01"), D("2031-04-30"))


def test_a_lead_naming_its_incident_by_month_still_bars_other_days(nlp: Language) -> None:
    text = (
        "A man was charged on Tuesday in the April shooting that killed two people outside "
        "a bar. Police said he also wounded a guard on May 5."
    )
    found = days(nlp, text)
    assert found[0][:2] == (2, "killed")
    assert found[0][2] is None or found[0][2] < D("2031-05-01")


QUAKE = (
    "Quake kills 12 on Harl island\n\n"
    "A strong earthquake has struck Harl island, killing at least 12 people and injuring "
    "dozens more, officials say.\n\n"
    "Rescue teams reached the worst-hit villages by boat.\n\n"
    "The agency put the epicentre of Tuesday's quake 40km west of the port.\n"
)


def test_a_lead_without_a_day_takes_the_day_the_body_names_its_incident_by(
    nlp: Language,
) -> None:
    tuesday = (D("2031-05-06"), D("2031-05-06"))
    found = days(nlp, QUAKE)
    assert [(v, m) for v, m, _, _ in found] == [(12, "killed"), (12, "killed"), (12, "injured")]
    assert all((s, e) == tuesday for _, _, s, e in found)


def test_a_day_set_apart_in_the_body_names_no_incident_of_the_report(nlp: Language) -> None:
    text = QUAKE.replace("The agency put", "Separately, the agency put")
    # no day of the incident: the lead tells the news of the publication day
    assert all(s == THU for _, _, s, _ in days(nlp, text))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the day the main clause gives, less the stretch counted
        ("The army launched the offensive on Monday, two days after a bombing in which 26 "
         "people were killed.", "2031-05-03"),
        # no day in the main clause, which ties in the report's incident: its day (here the
        # news of the publication day) less the stretch
        ("The strikes came a day after a suicide bomber rammed a truck into a convoy, killing "
         "12 soldiers.", "2031-05-07"),
        # whole years back: the anniversary, the main clause's day that many years before
        ("A year after a gunman killed four people at a bakery, neighbours gathered there on "
         "Monday.", "2030-05-05"),
        ("Two years after a flood killed 40 people, the town opened a new dam on Monday.",
         "2029-05-05"),
        # not counted in days or whole years: unknown
        ("The attack came just weeks after gunmen killed eight people at a wedding.", None),
        ("More than a year after a gunman killed four people at a bakery, neighbours gathered "
         "there on Monday.", None),
        ("Six months after a flood killed 40 people, the town opened a new dam on Monday.",
         None),
        # an arrest does not tie the incident in: unknown
        ("Police arrested him two days after he killed two people in the park.", None),
    ],
)
def test_a_figure_a_counted_stretch_apart_is_dated_back_from_the_main_day(
    nlp: Language, text: str, day: str | None
) -> None:
    (found,) = days(nlp, text)
    assert found[2] == (D(day) if day else None)


def test_the_same_period_last_year_is_the_sentences_period_a_year_back(nlp: Language) -> None:
    text = "Police recorded 41 killings in March, against 30 in the same month last year."
    assert days(nlp, text) == [
        (41, "killed", D("2031-03-01"), D("2031-03-31")),
        (30, "killed", D("2030-03-01"), D("2030-03-31")),
    ]


def test_a_figure_compared_without_the_same_period_keeps_its_own_date(nlp: Language) -> None:
    text = "Police recorded 41 killings in March, against 30 in the whole of last year."
    found = days(nlp, text)
    assert found[1][2:] != (D("2030-03-01"), D("2030-03-31"))


def test_the_year_after_a_year_named_before_is_that_year(nlp: Language) -> None:
    text = (
        "In the province, 44 attacks were recorded in 2029, in which 31 soldiers were killed, "
        "the ministry said.\nOne hundred and five militants were killed in the province during "
        "the year, the data showed."
    )
    year = (D("2029-01-01"), D("2029-12-31"))
    assert [(v, (s, e)) for v, _, s, e in days(nlp, text)] == [(31, year), (105, year)]


def test_the_year_with_no_year_named_before_is_the_report_year(nlp: Language) -> None:
    found = days(nlp, "Police said 12 people were killed during the year.")
    # the year so far: it ends on the day of publication (test_told_so_far)
    assert found == [(12, "killed", D("2031-01-01"), THU)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll moved when more were found: the accident the sentence names by its day
        (
            "The death toll in Monday's bus crash rose to 19 after two more bodies were pulled "
            "from the canal on Wednesday, officials said.",
            (19, "killed", D("2031-05-05"), D("2031-05-05")),
        ),
        # the toll's day counted back to the blast's, NER leaving "a day" unlabelled
        (
            "The number of people killed in the market bombing climbed to 19 on Wednesday, a "
            "day after the blast.",
            (19, "killed", D("2031-05-06"), D("2031-05-06")),
        ),
        # counted back from the toll's day to whatever "after" opens: the toll counts it
        (
            "The toll in the ferry sinking climbed to 23 on Wednesday, two days after the boat "
            "capsized in a storm off Harlow Point.",
            (23, "killed", D("2031-05-05"), D("2031-05-05")),
        ),
        # no incident named by its day: the day of the news stays
        (
            "The death toll rose to 19 after two more bodies were pulled from the canal on "
            "Wednesday, officials said.",
            (19, "killed", D("2031-05-07"), D("2031-05-07")),
        ),
    ],
)
def test_a_toll_that_moved_when_more_were_found_counts_the_named_incident(
    nlp: Language, text: str, expected: tuple[object, ...]
) -> None:
    assert days(nlp, text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day written within a span of the same verb tells when
        (
            "Earlier this year, on February 9, four guards were killed in a similar raid on "
            "the Kessel depot.",
            (4, "killed", D("2031-02-09"), D("2031-02-09")),
        ),
        (
            "Last month, on April 12, six miners were injured when a shaft flooded.",
            (6, "injured", D("2031-04-12"), D("2031-04-12")),
        ),
        # a span a count runs over keeps its span: the day is when the count was made
        (
            "On Monday the county passed 40 road deaths so far this year.",
            (40, "killed", D("2031-01-01"), THU),
        ),
        # a span alone keeps its span
        (
            "Last month six miners were injured when a shaft flooded.",
            (6, "injured", D("2031-04-01"), D("2031-04-30")),
        ),
    ],
)
def test_a_day_written_within_a_span_dates_the_figure(
    nlp: Language, text: str, expected: tuple[object, ...]
) -> None:
    assert days(nlp, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # "a day" the recogniser leaves untagged still counts the day back
        "Five labourers were killed in a mine blast in Harlow on Tuesday night, a day after"
        " gunmen killed two guards in the same area.",
        "TARNBY: Five labourers were killed in a mine blast in Harlow on Tuesday night, a day"
        " after gunmen killed two guards in the same area.",
    ],
)
def test_a_day_after_counts_back_from_the_main_day(nlp: Language, text: str) -> None:
    found = days(nlp, text)
    assert found[0] == (5, "killed", D("2031-05-06"), D("2031-05-06"))
    assert found[-1] == (2, "killed", D("2031-05-05"), D("2031-05-05"))


def test_days_after_with_no_count_sets_no_day(nlp: Language) -> None:
    # "days after": no count to reckon by, so no day is made up
    found = days(nlp, "Five labourers were killed in a mine blast in Harlow on Tuesday night,"
                      " days after gunmen killed two guards in the same area.")
    assert found[-1][2] != D("2031-05-05")


def test_an_hour_after_stays_the_same_day(nlp: Language) -> None:
    found = days(nlp, "A man was killed on Tuesday, an hour after gunmen wounded two people"
                      " nearby.")
    assert found[-1] == (2, "injured", D("2031-05-06"), D("2031-05-06"))


def test_a_later_clause_after_and_is_not_counted_back(nlp: Language) -> None:
    # "and two days after the attack police arrested three": what came next, not before
    found = [(c.value, c.measure, c.date_start) for c in read_claims(
        nlp, "TARNBY - Gunmen killed two guards on Monday, and two days after the attack"
             " police arrested three suspects.", THU)]
    assert (3, "arrested", D("2031-05-03")) not in found
