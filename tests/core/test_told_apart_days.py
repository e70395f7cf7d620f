"""Days told apart from the figure's happening (issue #11, time): the day of the saying
before its clause, a running count told back in reported speech or held "now", the day an
inquiry was ordered, a span that bounds a ranking ("the worst attack this year"), a stretch
counted back under "..., the army said", the day of a gathering the harm happened during.
Sentences we wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import dated_counts, run_texts

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
SATURDAY = D("2031-05-03")
SUNDAY = D("2031-05-04")
MONDAY = D("2031-05-05")
TUESDAY = D("2031-05-06")
WEDNESDAY = D("2031-05-07")  # the publication day
Span = tuple[str, float, dt.date | None, dt.date | None]


def _spans(nlp: Language, text: str) -> list[Span]:
    return dated_counts(nlp, text, WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day between "said" and the clause is the saying's, the count runs up to it
        (
            "Bandits seized 14 farmers near Dorvale on Sunday. Police spokesman Musa Dogo said "
            "on Tuesday six suspects had now been arrested.",
            [("kidnapped", 14, SUNDAY, SUNDAY), ("arrested", 6, SUNDAY, TUESDAY)],
        ),
        (
            "Bandits seized 14 farmers near Dorvale on Sunday. Police said on Tuesday that "
            "eight suspects had so far been arrested.",
            [("kidnapped", 14, SUNDAY, SUNDAY), ("arrested", 8, SUNDAY, TUESDAY)],
        ),
        # held "now": everyone taken since, up to the day it was said
        (
            "Two men were shot dead at a bar in Dorvale on Saturday night. Officers arrested "
            "one man on Sunday. Three men are now in custody, police said on Tuesday.",
            [
                ("killed", 2, SATURDAY, SATURDAY),
                ("arrested", 1, SUNDAY, SUNDAY),
                ("arrested", 3, SUNDAY, TUESDAY),
            ],
        ),
    ],
)
def test_a_count_told_as_running_spans_to_the_day_it_was_said(
    nlp: Language, text: str, expected: list[Span]
) -> None:
    assert _spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a past perfect of its own time, not the speaker's "have now"
        (
            "Bandits seized 14 farmers near Dorvale on Sunday. Police said eight suspects had "
            "been arrested on Monday.",
            [("kidnapped", 14, SUNDAY, SUNDAY), ("arrested", 8, MONDAY, MONDAY)],
        ),
        # a day inside the clause, after its subject, is the happening's
        (
            "Police said eight people were killed on Monday in a raid on a village near Dorvale.",
            [("killed", 8, MONDAY, MONDAY)],
        ),
        # in hospital "now" is no custody
        (
            "Two men were shot dead at a bar in Dorvale on Saturday night. Three men are now "
            "in hospital, police said on Tuesday.",
            [("killed", 2, SATURDAY, SATURDAY), ("injured", 3, SATURDAY, SATURDAY)],
        ),
    ],
)
def test_a_count_of_its_own_day_keeps_it(nlp: Language, text: str, expected: list[Span]) -> None:
    assert _spans(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The interior ministry on Tuesday ordered an inquiry into a police shooting that "
            "killed three farmers in Dorvale. Officers fired on Sunday at protesters who had "
            "surrounded a police post.",
            [("killed", 3, SUNDAY, SUNDAY)],
        ),
        (
            "Police shot dead three farmers in Dorvale on Sunday. A probe into the killings of "
            "the three men was opened on Tuesday, the ministry said.",
            [("killed", 3, SUNDAY, SUNDAY), ("killed", 3, SUNDAY, SUNDAY)],
        ),
    ],
)
def test_the_day_an_inquiry_was_ordered_dates_no_harm(
    nlp: Language, text: str, expected: list[Span]
) -> None:
    assert _spans(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The chief minister ordered a judicial inquiry on Tuesday into the police firing in "
        "which three people died.",
        "A magistrate began an inquiry on Tuesday into the deaths of three farmers in the "
        "firing.",
    ],
)
def test_the_day_of_an_inquiry_written_on_it_dates_no_harm(nlp: Language, text: str) -> None:
    lead = "Police opened fire on farmers protesting near Dorvale on Sunday. "
    assert _spans(nlp, lead + text) == [("killed", 3, SUNDAY, SUNDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "The sheriff's office on Tuesday continued to investigate the shooting that killed "
        "two guards in Dorvale. The guards were shot on Sunday at a gate.",
        "Police continued Tuesday to search for the gunman who killed two guards in Dorvale. "
        "The guards were shot on Sunday at a gate.",
    ],
)
def test_the_day_work_goes_on_dates_no_harm(nlp: Language, text: str) -> None:
    assert _spans(nlp, text)[:1] == [("killed", 2, SUNDAY, SUNDAY)]


def test_under_a_lead_of_work_going_on_the_body_s_harm_day_is_the_incident_s(
    nlp: Language,
) -> None:
    text = (
        "The sheriff's office on Tuesday continued to investigate the shooting of two guards "
        "in Dorvale. Deputies said one of them had called for help when they were shot on "
        "Sunday night. Both guards died at the scene, the sheriff said."
    )
    assert {(s[2], s[3]) for s in _spans(nlp, text)} == {(SUNDAY, SUNDAY)}


def test_a_harm_that_goes_on_keeps_its_day(nlp: Language) -> None:
    text = "Gunmen continued to fire at the post on Tuesday, killing two guards in Dorvale."
    assert _spans(nlp, text) == [("killed", 2, TUESDAY, TUESDAY)]


def test_a_harm_during_an_inquiry_keeps_its_day(nlp: Language) -> None:
    text = "Gunmen on Tuesday carried out an attack that killed two guards in Dorvale."
    assert _spans(nlp, text) == [("killed", 2, TUESDAY, TUESDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels ambushed a police convoy in Dorvale district on Monday, killing four officers, "
        "in the worst such attack there this year.",
        "Rebels ambushed a police convoy in Dorvale district on Monday, killing four officers "
        "in the third such ambush this month.",
        "Rebels ambushed a police convoy in Dorvale district on Monday, killing four officers "
        "in the most serious attack of the year.",
        # the day told only in the next sentence
        "Rebels ambushed a police convoy in Dorvale district, killing four officers, the "
        "highest toll in a single attack this year. The ambush took place on Monday.",
        "Rebels ambushed a police convoy in Dorvale district, killing four officers in the "
        "latest of a series of attacks this year. The ambush took place on Monday.",
        "Rebels ambushed a police convoy in Dorvale district, killing four officers in the "
        "worst such attack there this year. The ambush took place on Monday.",
    ],
)
def test_a_span_that_bounds_a_ranking_is_no_period_total(nlp: Language, text: str) -> None:
    assert _spans(nlp, text) == [("killed", 4, MONDAY, MONDAY)]


def test_a_ranking_in_a_wire_lead_leaves_the_day_to_the_body() -> None:
    text = (
        "Four police killed in Dorvale ambush\n\n"
        "KELMOR, May 7 (Reuters) - Rebels attacked a police convoy in Dorvale state, killing "
        "four officers, the highest toll in a single attack there this year.\n\n"
        "The ambush took place on Monday in dense forest in Marun district, officials said."
    )
    claims = run_texts(text, published=WEDNESDAY).claims
    assert [(c.value, c.date_start, c.date_end) for c in claims] == [
        (4, MONDAY, MONDAY),
        (4, MONDAY, MONDAY),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels have killed 40 police officers in Dorvale district this year.",
        # the year's attacks ranked against other years': a count over the year
        "Rebels carried out the highest number of attacks in Dorvale district this year, "
        "killing 40 police officers.",
    ],
)
def test_a_total_over_the_year_stays_a_period_total(nlp: Language, text: str) -> None:
    assert _spans(nlp, text) == [("killed", 40, D("2031-01-01"), WEDNESDAY)]


def test_a_stretch_counted_back_under_the_speakers_verb(nlp: Language) -> None:
    text = (
        "Soldiers killed two rebels in a raid on a village in Dorvale on Tuesday. The raid "
        "came two weeks after troops shot dead five suspected rebels near Kelmor, the army "
        "said."
    )
    assert _spans(nlp, text) == [
        ("killed", 2, TUESDAY, TUESDAY),
        ("killed", 5, D("2031-04-22"), D("2031-04-22")),
    ]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # killed during the gathering: its day
        (
            "Gunmen stormed a church in Dorvale during Sunday service, killing five "
            "worshippers, police said.",
            SUNDAY,
        ),
        # attacked at the gathering
        (
            "Gunmen opened fire at Sunday's funeral of a chief in Dorvale, killing five mourners.",
            SUNDAY,
        ),
        # a gathering after the harm dates none of it
        (
            "Five worshippers were killed by gunmen in Dorvale on Saturday, and mourners "
            "gathered at Sunday's vigil.",
            SATURDAY,
        ),
    ],
)
def test_a_gathering_dates_the_harm_only_when_it_happened_during_it(
    nlp: Language, text: str, day: dt.date
) -> None:
    assert _spans(nlp, text) == [("killed", 5, day, day)]


def test_the_day_of_what_an_inquiry_looks_into_dates_it(nlp: Language) -> None:
    text = (
        "The Dorvale sheriff's office will meet reporters this evening to discuss its "
        "inquiry into a double murder back in 2009."
    )
    assert _spans(nlp, text) == [("killed", 2, D("2009-01-01"), D("2009-12-31"))]


def test_another_incident_a_sentence_ties_to_is_not_the_reports() -> None:
    text = (
        "Militants kill six soldiers in ambush\n\n"
        "KELMOR, May 7 (Reuters) - Militants ambushed an army patrol in Dorvale district on "
        "Tuesday, killing six soldiers.\n\n"
        "It was the second such ambush in a week, after four soldiers were killed in the "
        "same district last Saturday."
    )
    claims = run_texts(text, published=WEDNESDAY).claims
    assert [(c.value, c.date_start, c.date_end) for c in claims] == [
        (6, TUESDAY, TUESDAY),
        (6, TUESDAY, TUESDAY),
        (4, SATURDAY, SATURDAY),
    ]
    # the report's incident is Tuesday's: the headline's figure is filed at its scene
    assert claims[0].location == claims[1].location == "Dorvale district"


def test_arrests_after_an_incident_keep_the_incidents_day(nlp: Language) -> None:
    text = (
        "Police arrested three men on Tuesday after a shooting in Dorvale on Sunday that "
        "killed two people."
    )
    assert _spans(nlp, text) == [
        ("arrested", 3, TUESDAY, TUESDAY),
        ("killed", 2, SUNDAY, SUNDAY),
    ]


def test_what_led_up_to_the_incident_dates_neither_it_nor_what_follows(
    nlp: Language,
) -> None:
    text = (
        "At least 15 people were injured when protesters clashed with police in Dorvale on "
        "Tuesday, police said. The protest began after a detainee died at the police station "
        "early Monday. Police said nine officers were hurt by stones thrown by the crowd."
    )
    # the detainee's death is a figure of its own day, which the officers hurt do not share
    assert _spans(nlp, text) == [
        ("injured", 15, TUESDAY, TUESDAY),
        ("killed", 1, MONDAY, MONDAY),
        ("injured", 9, TUESDAY, TUESDAY),
    ]


BOMBING = "A car bomb killed five people at a checkpoint in Dorvale on Sunday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The day before the blast, gunmen had killed two soldiers in the same district.",
            ("killed", 2, SATURDAY, SATURDAY),
        ),
        (
            "Police arrested three suspects two days after the attack.",
            ("arrested", 3, TUESDAY, TUESDAY),
        ),
        # a day before another happening counts nothing from the bombing
        (
            "Two days before the election, police had detained four men.",
            ("arrested", 4, SUNDAY, SUNDAY),
        ),
    ],
)
def test_a_day_counted_from_the_incident_the_sentence_names(
    nlp: Language, text: str, expected: Span
) -> None:
    assert _spans(nlp, BOMBING + text) == [("killed", 5, SUNDAY, SUNDAY), expected]


def test_a_custody_count_told_back_runs_to_the_day_said(nlp: Language) -> None:
    text = (
        "Two men were shot dead at a bar in Dorvale on Saturday night. Officers arrested one "
        "man on Sunday. Police said on Tuesday two men were now in custody."
    )
    assert _spans(nlp, text)[-1] == ("arrested", 2, SUNDAY, TUESDAY)


MARKET = "Gunmen stormed a market in Dorvale on Sunday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reactions' day dates none of the harm they answer
        (
            "The president on Tuesday condemned the attack that killed five people.",
            ("killed", 5, SUNDAY, SUNDAY),
        ),
        (
            "The president on Tuesday visited the 23 wounded in hospital.",
            ("injured", 23, SUNDAY, SUNDAY),
        ),
        (
            "Protesters on Tuesday blocked a highway to demand justice for the five people "
            "killed in the attack.",
            ("killed", 5, SUNDAY, SUNDAY),
        ),
        # a new attack, and people found, on that day
        (
            "Gunmen on Tuesday carried out another attack that killed two guards.",
            ("killed", 2, TUESDAY, TUESDAY),
        ),
        ("Police on Tuesday found two men shot dead in a car.", ("killed", 2, TUESDAY, TUESDAY)),
    ],
)
def test_a_reaction_to_the_incident_dates_none_of_its_harm(
    nlp: Language, text: str, expected: Span
) -> None:
    assert _spans(nlp, MARKET + text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police said on Tuesday they had detained six suspects since the attack.",
            ("arrested", 6, SUNDAY, TUESDAY),
        ),
        (
            "Police have detained six suspects since the attack.",
            ("arrested", 6, SUNDAY, WEDNESDAY),
        ),
        # detained on a day of their own
        (
            "Six suspects were detained on Monday, a day after the attack.",
            ("arrested", 6, MONDAY, MONDAY),
        ),
    ],
)
def test_a_count_kept_since_the_incident_runs_to_the_day_told(
    nlp: Language, text: str, expected: Span
) -> None:
    assert _spans(nlp, MARKET + text) == [expected]


def test_the_incident_a_count_runs_since_is_no_running_count(nlp: Language) -> None:
    text = (
        "Hunting near Dorvale has come under scrutiny since the July killing of two hikers "
        "who were shot by a hunter."
    )
    assert _spans(nlp, text) == [("killed", 2, D("2030-07-01"), D("2030-07-31"))]


def test_a_count_since_the_incident_starts_on_its_day(nlp: Language) -> None:
    text = BOMBING + (
        "A day before the blast, gunmen killed two soldiers in the same district. Police said "
        "on Tuesday they had arrested four suspects since the attack."
    )
    assert _spans(nlp, text) == [
        ("killed", 5, SUNDAY, SUNDAY),
        ("killed", 2, SATURDAY, SATURDAY),
        ("arrested", 4, SUNDAY, TUESDAY),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # held as told: everyone taken since the attack
        (
            "Nine men are in custody after six raids, police said.",
            ("arrested", 9, SUNDAY, WEDNESDAY),
        ),
        ("Police have arrested two men after the attack.", ("arrested", 2, SUNDAY, WEDNESDAY)),
        # taken on a day of their own
        ("Two men were taken into custody on Monday.", ("arrested", 2, MONDAY, MONDAY)),
        ("Police arrested two men after the attack on Monday.", ("arrested", 2, MONDAY, MONDAY)),
    ],
)
def test_a_custody_state_counts_everyone_held_up_to_the_telling(
    nlp: Language, text: str, expected: Span
) -> None:
    spans = _spans(nlp, "Gunmen killed five people at a market in Dorvale on Sunday. " + text)
    assert spans[1] == expected




def test_a_harm_in_a_bare_after_clause_is_the_incident_s(nlp: Language) -> None:
    # the first burial came before the later bodies were found: the incident's dead
    text = (
        "Raiders killed villagers in Tarsel on Sunday night, residents said.\n\n"
        "An elder said the victims were buried on Monday according to local custom. He said "
        "three more bodies were found in a field on Monday evening after the first burial of "
        "17 people."
    )
    assert ("killed", 17, SUNDAY, SUNDAY) in _spans(nlp, text)




def test_a_clause_counted_days_before_a_later_act_takes_the_day_counted_back(
    nlp: Language,
) -> None:
    # "after" opens the figure's clause with "three days" before it: not the order's day
    text = (
        "The mayor on Wednesday ordered an inquiry into how the club was licensed, three days "
        "after a fire at the club in Tarsel killed 17 people."
    )
    assert _spans(nlp, text) == [("killed", 17, SUNDAY, SUNDAY)]


def test_a_clause_after_with_no_stretch_keeps_the_later_act_s_day(nlp: Language) -> None:
    # no stretch before "after": the clause is not set a counted time apart
    text = (
        "Police arrested two men in Tarsel on Wednesday after they shot 17 people at a club."
    )
    assert _spans(nlp, text)[-1][1:] == (17, WEDNESDAY, WEDNESDAY)
