"""The day of a report's incident for figures that name no day (issue #11): read from the
lead, a happening before the day of the report, never a plea or an arrest. Sentences we wrote;
one case per line."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from core.extract.incident_days import report_incident_day
from core.extract.nlp import Chunk
from core.model import Document
from tests.core.claim_factory import casualty_days, core_claims_by_text, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

D = dt.date.fromisoformat
WED = D("2025-06-11")  # a Wednesday


days = casualty_days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead gives the day; the figure further down names none
        (
            "Police are looking for a gunman after a shooting on Sunday night. "
            "Two men were wounded and one of them is in critical condition.",
            # the one in critical condition is a part of the wounded, of their day
            [D("2025-06-08"), D("2025-06-08")],
        ),
        # the day a toll was given is not the day of the attack
        (
            "A bomb went off at a bus stop on Monday. "
            "Officials said on Tuesday that the toll stood at 41 dead.",
            [D("2025-06-09")],
        ),
        (
            "Family members said Tuesday that a boy hit by a stray bullet Sunday has died. "
            "Three other people were wounded in the shooting.",
            [D("2025-06-08"), D("2025-06-08")],
        ),
        # only the day of the news: it dates the figure for want of a better one
        (
            "Police said Tuesday that three people were wounded in the shooting.",
            [D("2025-06-10")],
        ),
    ],
)
def test_figures_without_a_day_take_the_incident_day(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plea, an arrest or a hearing is the day of the news, not of the incident
        (
            "Two clerks were wounded in the raid. A man pleaded guilty on Tuesday to the robbery.",
            [None],
        ),
        ("Two clerks were wounded in the raid. A suspect was arrested on Monday.", [None]),
        # a figure set apart from the sentence's date keeps no day
        ("Accused of wounding five people, he pleaded guilty on Tuesday.", [None]),
        # a day weeks before the report is background, not the incident
        (
            "Two guards were wounded in the escape. The trial had opened on May 2.",
            [None],
        ),
    ],
)
def test_what_does_not_give_the_incident_day(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text, WED) == expected


def test_without_a_publication_date_a_weekday_gives_no_day(nlp: Language) -> None:
    text = "A man was shot on Sunday night. Two other men were wounded."
    found = days(nlp, text, None)  # the man shot (wounded) and the two others
    assert found == [None] * len(found)
    assert found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date of a dateline is the day the report was filed; the lead says when
        (
            "RIVERTON, Ore., June 11 (AP) -- Two men were wounded in a shooting outside a "
            "tavern, police say. The men were hit in the 2:15 a.m. Monday attack.",
            [D("2025-06-09")],
        ),
        # a clock time before the weekday does not hide the day
        (
            "Two teenagers were wounded around 11:40 p.m. Sunday near a skate park.",
            [D("2025-06-08")],
        ),
        (
            "Three people were hurt shortly after 1:30 a.m. Saturday at a house party.",
            [D("2025-06-07")],
        ),
        # a clock without a.m. or p.m. after the day, or "last night" with its hour
        ("Two men were wounded Saturday night at 11:30 outside a bar.", [D("2025-06-07")]),
        ("Two men were wounded last night around 10:30 outside a bar.", [D("2025-06-10")]),
        (
            "Two men were wounded on Monday, June 9 around 7:30 p.m. outside a bar.",
            [D("2025-06-09")],
        ),
        # a date before a dash that is no dateline dates the figure
        (
            "Two men were wounded at a tavern on June 9 -- no one has been arrested.",
            [D("2025-06-09")],
        ),
    ],
)
def test_datelines_and_clock_times(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no publication date: "Sunday" reads back from the full date the text writes
        (
            "Two men were wounded on Sunday. The sheriff's office wrote on June 11, 2025 that "
            "both would recover.",
            [D("2025-06-08")],
        ),
        # no full date either: the weekday stays unknown
        ("Two men were wounded on Sunday. The sheriff's office said both would recover.", [None]),
    ],
)
def test_without_a_publication_date_relative_days_anchor_on_a_full_date(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text, None) == expected


def test_a_lead_sentence_that_names_a_day_is_parsed() -> None:
    """The lead's day reaches the figures only if its sentence is parsed (with NER): a
    sentence of the lead naming a day is, though it holds no figure; one further down is not."""
    from core.model import Document
    from core.pipeline import select_regions

    lead = "The shots rang out early Monday near the river."
    later = " ".join(["Neighbours gathered in the rain."] * 9) + " They met on Monday."
    text = "Two men were wounded in a shooting outside a tavern.\n\n" + lead + "\n\n" + later
    covered = [(r.start, r.end, r.entities) for r in select_regions(Document("d", text))]
    at_lead, at_later = text.index(lead), text.index("They met")
    assert any(s <= at_lead < e and ents for s, e, ents in covered)
    assert not any(s <= at_later < e for s, e, _ in covered)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day officers spoke does not carry to the figures after it
        (
            "Two men were wounded in a shooting on Sunday night. Officers said on Tuesday the "
            "gunman had fled. A third man was hurt in the same shooting.",
            [D("2025-06-08"), D("2025-06-08")],
        ),
        # the day of what followed (an identification) does not date the victim ("the dead
        # man" is the man counted before: no second figure, test_slain_restated.py)
        (
            "A man was killed in a shooting on Sunday night. Police on Tuesday identified "
            "the dead man as Leo Park.",
            [D("2025-06-08")],
        ),
    ],
)
def test_the_day_of_a_report_or_an_aftermath_is_not_the_incident(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text, WED) == expected


def test_the_incident_is_the_earliest_happening_of_the_lead(nlp: Language) -> None:
    """A lead that tells the death first and the shooting after: the incident is the shooting."""
    text = (
        "A toddler who was critically injured in an accidental shooting has died, officials "
        "said. The child was pronounced dead just after noon Tuesday. Deputies were called to "
        "the home around 9:15 p.m. Sunday."
    )
    assert days(nlp, text, WED) == [D("2025-06-08")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day of a patient's state is not the day of the shooting
        (
            "A girl shot on Sunday was still in grave condition on Tuesday, police said.",
            [D("2025-06-08")],
        ),
        (
            "Two men were wounded in a shooting on Sunday night. A 20-year-old woman remained "
            "in critical condition Tuesday.",
            [D("2025-06-08"), D("2025-06-08")],
        ),
        # a time stamp dates the report
        (
            "Posted 3:57 AM, June 10, 2025, by Ann Lee. A 3-year-old boy is in serious "
            "condition after he shot himself. It happened about 10:30 p.m. Sunday, police said.",
            [D("2025-06-08")],
        ),
    ],
)
def test_the_day_of_a_state_or_a_time_stamp_is_not_the_incident(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text, WED) == expected


@pytest.mark.parametrize(
    "victim",
    [
        "A 19-year-old man was shot and killed near the corner store.",
        "Police identified the dead woman as Mary Stone, 44.",
        "An armed teenager who was fatally shot by a deputy has been identified.",
        "Detectives are looking into the shooting death of a 22-year-old woman.",
        "Nora Pike is in critical condition at a children's hospital.",
    ],
)
def test_a_victim_without_a_numeral_takes_the_incident_day(nlp: Language, victim: str) -> None:
    """A figure named without a numeral and without a day of its own, further down the
    report, is dated like any other: by the day the lead gives the incident."""
    text = (
        "Shots rang out on Elm Street early Sunday, police said.\n\n"
        "Neighbours described the street as quiet.\n\n" + victim
    )
    assert days(nlp, text, WED) == [D("2025-06-08")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Friday night" split by the parser still dates the patient's state, not the shooting
        (
            "A 20-year-old man was wounded in a shooting on Sunday. The 19-year-old victim "
            "remained in critical condition Tuesday night, hospital staff said.",
            [D("2025-06-08"), D("2025-06-08")],
        ),
        # officers who responded to a shooting went there; they reported nothing
        (
            "A toddler who was critically injured after shooting himself has died, officials "
            "said. Around 9:15 p.m. Sunday, deputies responded to an accidental shooting.",
            [D("2025-06-08")],
        ),
        # the day of a charge does not carry to the next sentence
        (
            "A man was charged Tuesday in the fatal shooting of his brother. Police said the "
            "brother, a 16-year-old, was shot and killed at their home.",
            [None, None],
        ),
    ],
)
def test_states_arrivals_and_charges(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hearing to come, set after "pending", is no day of the incident however it reads
        (
            "The killing of a teenager at a corner shop last week was a tragedy, his lawyer "
            "said. The guard appeared in court Monday, and a judge allowed him to stay free "
            "on bail pending a preliminary hearing Jan. 19. Police said video of the Friday "
            "shooting shows the boy unarmed.",
            [D("2025-06-06")],
        ),
        # a day after "pending" that is no court's stays what it dates
        (
            "The man shot Sunday stays in hospital pending surgery, and two others were "
            "wounded in the shooting.",
            [D("2025-06-08")],
        ),
        # "earlier this month" tells of one happening: the day the report gives it
        (
            "A woman faces trial on charges she shot and killed a tenant earlier this "
            "month. Police said the tenant was shot at his home on June 2.",
            [D("2025-06-02")],
        ),
        # a count over the month stays the month so far, whatever the incident's day
        (
            "A man was shot dead on June 2 outside his home. So far this month, 12 people "
            "have been killed in the city.",
            [D("2025-06-02"), None],
        ),
    ],
)
def test_hearings_to_come_and_days_earlier_this_month(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text, WED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle describing a place or a participant dates that, not the figure
        (
            "The quake hit on Tuesday. It killed six people in a district ravaged by the "
            "tsunami of 2004.",
            [D("2025-06-10")],
        ),
        # the victim's harm in a participle is the incident's day
        (
            "The family of a man shot Sunday outside a bar said two other men were wounded.",
            [D("2025-06-08")],
        ),
    ],
)
def test_participles_date_what_they_describe(
    nlp: Language, text: str, expected: list[dt.date | None]
) -> None:
    assert days(nlp, text, WED) == expected


def test_a_participle_on_the_figures_own_noun_dates_it(nlp: Language) -> None:
    text = (
        "It was the worst unrest since riots in 2019. The unrest threatened plans for a "
        "90 billion euro aid package unveiled on Monday."
    )
    claims = [c for c in read_claims(nlp, text, WED) if c.value == 90e9]
    assert [(c.date_start, c.date_end) for c in claims] == [(D("2025-06-09"), D("2025-06-09"))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lead sentence opening on another incident gives the report's incident no day: the
        # headline's figure takes the day of the attack the lead tells first
        (
            "Four guards killed in Brenmoor raid\n\n"
            "Four guards were killed when gunmen stormed a checkpoint in Brenmoor on Tuesday "
            "night, the army said. Separately, police said two traders were shot dead in "
            "Kelby on Monday.",
            [D("2025-06-10"), D("2025-06-10"), D("2025-06-09")],
        ),
        (
            "Three killed in Orlen market blast\n\n"
            "A bomb tore through a market in Orlen on Sunday, killing three people. "
            "In a separate attack, gunmen killed a driver near Tesk on Saturday.",
            [D("2025-06-08"), D("2025-06-08"), D("2025-06-07")],
        ),
        # "separate" inside the sentence announces nothing: its day is the incident's
        (
            "Four killed in Dalby shootings\n\n"
            "Two separate shootings in Dalby killed four people on Monday, police said.",
            [D("2025-06-09"), D("2025-06-09")],
        ),
    ],
)
def test_a_sentence_opening_on_another_incident_does_not_date_the_reports(
    text: str, expected: list[dt.date | None]
) -> None:
    # through the pipeline: the first line is the report's headline
    claims = core_claims_by_text([text], WED)[text]
    assert [c.date_start for c in claims if c.measure in ("killed", "injured")] == expected


def test_a_massacre_is_the_harm_the_day_before_it_led_up_to(nlp: Language) -> None:
    # "massacred" is a harm: the lead's earlier day tells what led up to it
    text = (
        "A gunman massacred his family at their farmhouse on Saturday. He had walked off his "
        "shift at a warehouse on Friday evening, coworkers said."
    )
    document = Document(id="d1", text=text, published=WED)
    day = report_incident_day([Chunk(0, nlp(text))], document, WED)
    assert day is not None
    assert day.start == D("2025-06-07")
