"""Follow-up stories (issue #11): a date written on the incident noun ("the March 3
shooting", "the shooting death of a clerk on June 4") is the day of the incident, however far
back and whatever verb of an arrest or a charge the parser hangs it on; a death is dated by the
day of the shooting that caused it. Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.claim_dates import (
    dates_aftermath,
    dates_incident,
    follow_up_word,
    sentence_periods,
)
from tests.core.claim_factory import casualty_days, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday


def days(nlp: Language, text: str) -> list[dt.date | None]:
    return casualty_days(nlp, text, WED)


def named(nlp: Language, text: str) -> dict[str, bool]:
    """Each time expression of the text: whether it names the incident."""
    return {
        period.text: dates_incident(tok)
        for sent in nlp(text).sents
        for tok, period, _ in sentence_periods(sent, WED)
    }


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("A second man was arrested in the March 18 shooting death of a teenager.", "March 18"),
        ("He is charged in the shooting death of a clerk on June 4.", "on June 4"),
        ("Saturday's shooting left two people dead.", "Saturday"),
        ("Two were hurt in the Sunday afternoon shooting.", "Sunday"),
        ("The man died of a gunshot wound suffered on Friday.", "on Friday"),
        ("Police seek a teen accused in the deadly shooting of a cook on Saturday.", "on Saturday"),
        ("A vigil was held for the victims of the June 2 attack.", "June 2"),
        ("Police said the shootings on Friday left three dead.", "on Friday"),
        # a full date with its year set off by commas, as news writes it before a noun
        ("A Dayton man was jailed Monday for the Oct. 9, 2023, stabbing death of a cook.",
         "Oct. 9, 2023"),
    ],
)
def test_a_date_on_the_incident_noun_names_the_incident(
    nlp: Language, text: str, expression: str
) -> None:
    found = named(nlp, text)
    assert any(expression in key and value for key, value in found.items()), found


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("The killer was sentenced to death on Friday.", "on Friday"),
        ("The victim died in the hospital on Monday.", "on Monday"),
        ("Police said Tuesday that two men were shot.", "Tuesday"),
        ("The suspect was arrested Monday and charged in the shooting.", "Monday"),
        ("A vigil was held Friday for the victims of the attack.", "Friday"),
        ("The shooting victim remained in critical condition Friday night.", "Friday"),
        # a year closing a date before a comma and a clause of its own
        ("He was hired on Oct. 9, 2023, shooting videos for the firm.", "Oct. 9, 2023"),
    ],
)
def test_other_dates_do_not_name_the_incident(
    nlp: Language, text: str, expression: str
) -> None:
    found = named(nlp, text)
    assert any(expression in key for key in found), found
    assert not any(value for key, value in found.items() if expression in key), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a follow-up weeks later: the day the lead writes on the incident dates its figures
        (
            # the cashier shot (hurt, as "shot" alone is) and the customers
            "A second man was arrested Monday in the May 18 shooting of a cashier. "
            "Two customers were wounded in the robbery.",
            [D("2025-05-18"), D("2025-05-18")],
        ),
        (
            "A woman is charged in the shooting death of a clerk on April 4. "
            "Police say two shoppers were wounded.",
            [D("2025-04-04"), D("2025-04-04")],
        ),
        # a charged deed without a day of its own is the report's incident
        (
            "Two brothers accused of killing three women were arraigned Tuesday. "
            "The women were found in an apartment on June 2.",
            [D("2025-06-02")],
        ),
        # a date on the charged deed is the deed's, not the day of the search
        (
            "Police are looking for a man suspected in the deadly shooting of a teenager "
            "on Saturday.",
            [D("2025-06-07")],
        ),
    ],
)
def test_a_follow_up_dates_its_figures_by_the_named_incident(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the death comes after the shooting: the figure is the incident's, of its day
        ("A man died Sunday of a gunshot wound suffered on Friday.", [D("2025-06-06")]),
        (
            "Three men were shot Monday night outside a bar. "
            "Two of the men died on Wednesday.",
            # "shot" in a report that counts dead is no count of the hurt (shot_counts)
            [D("2025-06-09")],
        ),
        # a death with no earlier shooting day keeps its own day
        ("A man died Sunday after a fall at a building site.", [D("2025-06-08")]),
        # not a death: the wounded keep the day of their shooting
        ("Three people were wounded Tuesday in a shooting.", [D("2025-06-10")]),
    ],
)
def test_a_death_takes_the_day_of_the_shooting(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected


def test_a_street_ordinal_is_no_day(nlp: Language) -> None:
    found = named(nlp, "Deputies were sent to a house near 21st and Linden on Friday.")
    assert not any("21st" in key for key in found), found
    assert any("Friday" in key for key in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a follow-up whose lead names the incident by its year: the body gives the day
        (
            "A gunman pleaded guilty Tuesday in the 2024 shooting at a bowling alley. "
            "He had wounded four bowlers. "
            "Jurors had watched a video of the shooting at the alley on Oct. 26, 2024.",
            [D("2024-10-26")],
        ),
        # a day in the body outside the month the lead names is another incident's
        (
            # (the guard and the driver shot: hurt, each on the day of the deed)
            "Two brothers were sentenced Monday for the January shooting of a guard. "
            "Two guards were wounded in the robbery. "
            "One of them faces another charge for the March 7 shooting of a driver.",
            [None, None, D("2025-03-07")],
        ),
    ],
)
def test_a_coarse_incident_takes_its_day_from_the_body(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a span a few days back takes the lead's incident day inside it
        (
            "Four people were shot early Sunday outside a club. "
            "Police say the gunman shot four people over the weekend.",
            [D("2025-06-08"), D("2025-06-08")],
        ),
        # a span counted up to the report stays a span
        (
            "Four people were shot early Sunday outside a club. "
            "Police say nine people have been shot in the past week.",
            [D("2025-06-08"), None],
        ),
    ],
)
def test_a_few_days_back_is_the_incident_day(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the day of a release, a trial or an arrest never dates the deed
        "Reports released Monday detail how a toddler fatally shot himself.",
        "The trial of the man accused of killing two of his co-workers starts Monday.",
    ],
)
def test_the_day_of_what_followed_never_dates_a_figure(nlp: Language, text: str) -> None:
    found = days(nlp, text)
    assert found
    assert found == [None] * len(found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a follow-up weeks on: the day of the harm in its lead, however far back
        (
            "A neighbour was arrested Monday. "
            "He shot two men outside a bar on May 2, police said.",
            [D("2025-05-02")],
        ),
        # a death in the same sentence as the day of the shooting takes that day
        (
            "Two men were shot on May 20 and died on Sunday.",
            [D("2025-05-20")],
        ),
        # not a follow-up with no recent day: an old harm in background stays out
        (
            "Two men were shot Monday outside a bar. "
            "A man was shot on the same corner on March 2.",
            [D("2025-06-09"), D("2025-03-02")],
        ),
        # the date of the deed inside the subject of a trial is the deed's
        (
            "The trial of a clerk who killed two robbers two years ago starts Monday.",
            [D("2023-01-01")],
        ),
    ],
)
def test_the_day_of_the_harm(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert [
        c.date_start for c in read_claims(nlp, text, WED) if c.measure in ("killed", "injured")
    ] == expected


@pytest.mark.parametrize(
    ("text", "expression", "reported"),
    [
        ("The girl died of her injuries, a Monday news release said.", "Monday", True),
        ("The boy was killed, according to a Tuesday statement from police.", "Tuesday", True),
        ("The man died, a Monday morning email from the sheriff said.", "Monday", True),
        ("Two were shot at the Sunday afternoon party.", "Sunday", False),
    ],
)
def test_a_date_written_on_a_release_dates_the_report(
    nlp: Language, text: str, expression: str, reported: bool
) -> None:
    found = {
        period.text: (dates_incident(tok), report)
        for sent in nlp(text).sents
        for tok, period, report in sentence_periods(sent, WED)
    }
    key = next(k for k in found if expression in k)
    assert found[key] == (False, reported)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day of the harm counted back from the day of what followed
        (
            "A clerk was arrested Monday, three days after the shots were fired. "
            "Two customers were wounded in the store.",
            [D("2025-06-06")],
        ),
        (
            "A suspect was charged Friday, a week after the shooting. "
            "Two guards were wounded.",
            [D("2025-05-30")],
        ),
        # "after" something that is no harm counts nothing back
        (
            "A clerk was arrested Monday, two days after he moved. "
            "Two customers were wounded in the store.",
            [None],
        ),
    ],
)
def test_days_after_the_harm(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("Mourners attended a vigil Sunday for the boy.", True),
        ("Saturday's funeral drew hundreds of people.", True),
        ("The funeral took place Monday at a chapel.", True),
        ("The suspect was interviewed by detectives on Tuesday.", True),
        # the gathering is the scene of the harm: the harm's day
        ("A man was shot at a vigil Sunday.", False),
        ("Two men were killed at a funeral Friday.", False),
    ],
)
def test_the_day_of_a_gathering_after_the_incident(
    nlp: Language, text: str, after: bool
) -> None:
    sent = next(nlp(text).sents)
    found = [dates_aftermath(tok) for tok, _, _ in sentence_periods(sent, WED)]
    assert found == [after]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date of a relative clause on a participant is not the figure's
        (
            "A man who killed one clerk at the warehouse from which he was dismissed last "
            "week was arrested.",
            [None],
        ),
        (
            "Three people were wounded in the floods, which recalled the storms that "
            "struck the coast in 2019.",
            [None],
        ),
        # the harm of the victim named in the clause is the incident's
        (
            "A man is charged in the killing of his neighbour, who was shot Friday.",
            [D("2025-06-06")],
        ),
        # the clause holding the figure keeps its date
        (
            "Police arrested the man who killed two guards on Sunday.",
            [D("2025-06-08")],
        ),
    ],
)
def test_a_relative_clause_keeps_its_date(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected


def test_a_caption_recalling_an_older_attack_never_dates_the_weekend_raids(
    nlp: Language,
) -> None:
    # The lead tells of days just past ("over the weekend"); an older attack a caption recalls
    # on a full date is not the report's incident, so a figure with no day of its own takes
    # the day the statement about the raids came out.
    text = (
        "The army says it killed nine militants over the weekend.\n\n"
        "At least 30 people were killed in a blast at a bus terminal on May 14, 2025.\n\n"
        "In a statement issued on Sunday, the army said the raids took place in two "
        "districts. Three soldiers were also killed in the raids."
    )
    assert days(nlp, text)[-1] == D("2025-06-08")


def test_an_old_incident_the_lead_names_still_dates_a_follow_up(nlp: Language) -> None:
    text = (
        "A man was charged Tuesday in the May 14 shooting at a store.\n\n"
        "Two cashiers were killed at the counter. Police said the gunman fled on foot."
    )
    assert days(nlp, text)[0] == D("2025-05-14")



@pytest.mark.parametrize(
    ("text", "published", "shot"),
    [
        # a death in the lead days after the shooting day it gives further down ("March" is
        # the month, not a march that would make the report a follow-up)
        (
            "Relatives of a 9-year-old girl whom her cousin shot by accident last month "
            "is asking for privacy after the girl died on Friday. Lina Moss had been on life "
            "support at Dunley General Hospital since the shooting at a lake cabin in Marsh "
            "Hollow on March 28, deputies said.",
            D("2025-04-09"),
            D("2025-03-28"),
        ),
        # a court follow-up: the death weeks after the shooting is the shooting's
        (
            "A 17-year-old was charged Monday with manslaughter in the death of a 9-year-old "
            "girl who died on Friday. Lina Moss had been on life support since the shooting at "
            "a lake cabin in Marsh Hollow on May 20, deputies said.",
            WED,
            D("2025-05-20"),
        ),
    ],
)
def test_a_follow_ups_death_weeks_later_takes_the_day_of_the_shooting(
    nlp: Language, text: str, published: dt.date, shot: dt.date
) -> None:
    claims = [c for c in read_claims(nlp, text, published) if c.measure in ("killed", "injured")]
    assert [c.date_start for c in claims][:1] == [shot]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Hundreds joined a march through the old town on Sunday.", "march", True),
        ("Mourners held a vigil outside the school on Sunday.", "vigil", True),
        # the month is no march held
        ("The shooting happened on March 28 near the river.", "March", False),
        # a gathering's word in another's name: an agency, a building, a hospital
        ("Two died in the fire, according to fire service officials.", "service", False),
        ("A worker at a funeral home was shot on Monday.", "funeral", False),
        ("He died at Memorial Hospital on Monday.", "Memorial", False),
        ("A memorial service was held for the victims on Sunday.", "service", True),
    ],
)
def test_a_month_is_no_follow_up_word(
    nlp: Language, text: str, word: str, expected: bool
) -> None:
    token = next(t for t in nlp(text) if t.text == word)
    assert follow_up_word(token) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the incident buried the road: no burial, the day of the harm
        ("A landslide buried a road near Calder on Monday, killing three.", [D("2025-06-09")]),
        # a burial is what followed: the shooting's own day dates the death
        (
            "The boy was buried on Saturday. He had been shot dead outside a shop on Tuesday.",
            [D("2025-06-10")],
        ),
        # a death in an incident of its own ("a landslide") keeps its day; a death of the
        # wounds of the report's incident takes the incident's (above)
        (
            "A landslide buried a road near Calder on Monday, killing three. Two more people "
            "died in a landslide on Tuesday.",
            [D("2025-06-09"), D("2025-06-10")],
        ),
    ],
)
def test_a_burial_or_a_death_of_its_own_incident(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "value", "month"),
    [
        # the month before the noun dates the victims its "of" phrase names, whatever verb the
        # parser hangs the noun on, not the day of the report's incident or one carried
        (
            "Two men were charged on Tuesday in the June 2 shooting of a clerk in Eastvale. The "
            "town has been tense since the March slaying of two hikers at a lake nearby.",
            2.0,
            (D("2025-03-01"), D("2025-03-31")),
        ),
        (
            "A man was shot dead outside a bar in Eastvale on Monday. Police are still looking "
            "for the gunman in the April killing of Jon Reed at a gas station.",
            1.0,
            (D("2025-04-01"), D("2025-04-30")),
        ),
    ],
)
def test_a_month_on_the_noun_dates_the_victims_it_names(
    nlp: Language, text: str, value: float, month: tuple[dt.date, dt.date]
) -> None:
    killed = [(c.date_start, c.date_end) for c in read_claims(nlp, text, WED)
              if c.measure == "killed" and c.value == value]
    assert killed, text
    assert killed[-1] == month, killed


def test_the_month_of_a_charge_noun_does_not_date_those_charged(nlp: Language) -> None:
    text = (
        "A man was shot dead outside a bar in Eastvale on Monday. Two men were charged on "
        "Tuesday in the April slaying of a hiker."
    )
    charged = [c for c in read_claims(nlp, text, WED) if c.value == 2.0]
    assert charged, text
    assert charged[0].date_start != D("2025-04-01"), charged


def test_a_year_before_the_figures_noun_gives_way_to_the_day_the_body_writes(
    nlp: Language,
) -> None:
    """A verdict two years on: "the 2023 shooting death of a teen" is the day of 2023 the
    next sentence gives the shooting."""
    text = (
        "A jury on Tuesday convicted a man of murder in the 2023 shooting death of a teen "
        "outside a gas station. Prosecutors said he shot the teen on Aug. 3, 2023, after an "
        "argument."
    )
    assert days(nlp, text)[0] == D("2023-08-03")


def test_a_year_after_the_figures_noun_keeps_its_year(nlp: Language) -> None:
    text = (
        "A man who shot and killed a teenager during a robbery in 2023 was sentenced Tuesday "
        "to 40 years in prison."
    )
    claims = [c for c in read_claims(nlp, text, WED) if c.measure == "killed"]
    assert [(c.date_start, c.date_end) for c in claims] == [(D("2023-01-01"), D("2023-12-31"))]


def test_an_agency_named_by_a_gathering_word_is_no_follow_up(nlp: Language) -> None:
    # "fire service officials" tell no funeral service: the lead is the day's news
    text = (
        "Twelve people died after a fire broke out at a garment factory in Tarvel, "
        "according to fire service officials."
    )
    assert days(nlp, text) == [WED]
