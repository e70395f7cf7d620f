"""Grouping claims into events: evidence, never-merge rules, labels and checker decisions."""

from __future__ import annotations

import pytest

from core.group.figure_words import infer_kind, named_day, said_day
from core.group.match import group, report_frames
from core.group.pair_scores import (
    Decision,
    claim_facts,
    masked_context,
    score_pair,
    with_partners,
)
from core.model import Event
from tests.core.claim_factory import Batch


def event_of(events: tuple[Event, ...], cid: str) -> Event:
    return next(e for e in events if cid in e.claim_ids)


def together(events: tuple[Event, ...], a: str, b: str) -> bool:
    return event_of(events, a).id == event_of(events, b).id


def quetta_reports() -> tuple[Batch, dict[str, str]]:
    """Two outlets on one bombing in Quetta, plus the same figure for a bombing elsewhere."""
    b = Batch()
    b.report("d1", published="2024-11-09")
    b.report("d2", published="2024-11-10")
    ids = {
        "d1_dead": b.add(
            "d1",
            "At least 23 people were killed and more than 45 wounded in a "
            "bombing at the railway station in Quetta on Saturday.",
            "At least 23",
            23,
            qualifier="at_least",
            subject="people",
            location="Quetta",
            date="2024-11-09",
        ),
        "d1_hurt": b.add(
            "d1",
            "At least 23 people were killed and more than 45 wounded in a "
            "bombing at the railway station in Quetta on Saturday.",
            "more than 45",
            45,
            qualifier="more_than",
            measure="injured",
            location="Quetta",
            date="2024-11-09",
        ),
        "d2_dead": b.add(
            "d2",
            "A suicide bombing tore through the railway station in "
            "Balochistan's capital, killing nearly 30 people.",
            "nearly 30",
            30,
            qualifier="nearly",
            subject="people",
            location="Balochistan",
            date="2024-11-09",
        ),
    }
    return b, ids


def test_reports_of_one_bombing_form_one_event_with_readable_reasons() -> None:
    b, ids = quetta_reports()
    events = group(b.claims, documents=b.documents())
    assert together(events, ids["d1_dead"], ids["d1_hurt"])
    assert together(events, ids["d1_dead"], ids["d2_dead"])
    event = event_of(events, ids["d1_dead"])
    assert event.label == "Quetta · bombing · 2024-11-09"
    reasons = [r for link in event.links for r in link.reasons]
    assert "same sentence" in reasons
    assert "Quetta lies in Balochistan" in reasons
    assert "dates overlap 2024-11-09" in reasons
    assert all(0 < link.score <= 1 for link in event.links)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # Same figure, different places and dates (the issue's own example).
        (
            ("Pahalgam", "2025-04-22", "killing 26 civilians", "civilians"),
            ("Quetta", "2024-11-09", "at least 26 people were killed", "people"),
        ),
        # Same day, same figure, places that do not contain each other.
        (
            ("Quetta", "2024-11-09", "a bomb killed 26 people", "people"),
            ("Peshawar", "2024-11-09", "a bomb killed 26 people", "people"),
        ),
        # Same place, same figure, dates three days apart.
        (
            ("Quetta", "2024-11-09", "a bomb killed 26 people", "people"),
            ("Quetta", "2024-11-12", "a bomb killed 26 people", "people"),
        ),
    ],
)
def test_a_shared_figure_never_merges_different_events(
    first: tuple[str, str, str, str], second: tuple[str, str, str, str]
) -> None:
    b = Batch()
    ids = []
    for doc, (place, date, words, subject) in zip(("d1", "d2"), (first, second), strict=True):
        sentence = f"In {place}, {words}, officials said."
        figure = "26"
        ids.append(b.add(doc, sentence, figure, 26, subject=subject, location=place, date=date))
    events = group(b.claims, documents=b.documents())
    assert not together(events, ids[0], ids[1])


def test_strikes_in_afghanistan_and_a_gwadar_shootout_stay_apart() -> None:
    b = Batch()
    strikes = b.add(
        "d1",
        "The strikes killed eight people in Afghanistan in March.",
        "eight",
        8,
        subject="people",
        location="Afghanistan",
        date="2024-03-01",
        date_end="2024-03-31",
    )
    gwadar = b.add(
        "d1",
        "Days later, security forces killed eight separatists who had opened "
        "fire on a convoy near Gwadar.",
        "eight",
        8,
        subject="separatists",
        location="Gwadar",
        date="2024-03-01",
        date_end="2024-03-31",
    )
    events = group(b.claims, documents=b.documents())
    assert not together(events, strikes, gwadar)


def test_a_period_total_never_joins_an_incident() -> None:
    b = Batch()
    b.report("d1", published="2024-12-02")
    incident = b.add(
        "d1",
        "At least 26 people were killed in a bombing in Quetta on November 9.",
        "At least 26",
        26,
        qualifier="at_least",
        subject="people",
        location="Quetta",
        date="2024-11-09",
    )
    total = b.add(
        "d1",
        "More than 1,400 people have died in attacks in Pakistan so far this year.",
        "More than 1,400",
        1400,
        qualifier="more_than",
        subject="people",
        location="Pakistan",
        date="2024-01-01",
        date_end="2024-12-02",
    )
    month = b.add(
        "d1",
        "There were at least 71 attacks in Pakistan in November.",
        "at least 71",
        71,
        qualifier="at_least",
        measure="attacks",
        location="Pakistan",
        date="2024-11-01",
        date_end="2024-11-30",
    )
    events = group(b.claims, documents=b.documents())
    assert len({event_of(events, c).id for c in (incident, total, month)}) == 3
    assert "(period total)" in event_of(events, month).label


def test_figures_of_one_statistic_in_one_sentence_share_an_event() -> None:
    b = Batch()
    attacks = b.add(
        "d1",
        "The institute counted 71 attacks in Pakistan in November, with 127 "
        "deaths among security forces.",
        "71",
        71,
        measure="attacks",
        location="Pakistan",
        date="2024-11-01",
        date_end="2024-11-30",
    )
    deaths = b.add(
        "d1",
        "The institute counted 71 attacks in Pakistan in November, with 127 "
        "deaths among security forces.",
        "127",
        127,
        subject="security forces",
        location="Pakistan",
        date="2024-11-01",
        date_end="2024-11-30",
    )
    events = group(b.claims, documents=b.documents())
    assert together(events, attacks, deaths)
    assert event_of(events, attacks).label == "Pakistan · attack (period total) · 2024-11"


def test_a_sentence_about_two_periods_splits() -> None:
    b = Batch()
    sentence = "The group carried out 912 attacks until November, compared with 588 in 2023."
    this_year = b.add(
        "d1",
        sentence,
        "912",
        912,
        measure="attacks",
        location="Pakistan",
        date="2024-01-01",
        date_end="2024-11-30",
    )
    last_year = b.add(
        "d1",
        sentence,
        "588",
        588,
        measure="attacks",
        location="Pakistan",
        date="2023-01-01",
        date_end="2023-12-31",
    )
    events = group(b.claims, documents=b.documents())
    assert not together(events, this_year, last_year)


def test_a_statistic_and_an_army_campaign_of_the_same_half_year_stay_apart() -> None:
    b = Batch()
    soldiers = b.add(
        "d1",
        "The attacks have taken the lives of at least 47 soldiers so far this year.",
        "at least 47",
        47,
        qualifier="at_least",
        subject="soldiers",
        location="Pakistan",
        date="2024-01-01",
        date_end="2024-07-01",
    )
    raids = b.add(
        "d1",
        "The army said it killed 249 militants in more than 13,000 raids.",
        "249",
        249,
        subject="militants",
        location="Pakistan",
        date="2024-01-01",
        date_end="2024-07-01",
        actor="the army",
    )
    events = group(b.claims, documents=b.documents())
    assert not together(events, soldiers, raids)


def test_wording_that_announces_another_incident_keeps_it_apart() -> None:
    b = Batch()
    first = b.add(
        "d1",
        "A roadside bomb killed four soldiers in Bannu on Monday.",
        "four",
        4,
        subject="soldiers",
        location="Bannu",
        date="2024-06-03",
    )
    second = b.add(
        "d1",
        "In a separate attack in Bannu on Monday, gunmen shot dead two policemen at a checkpoint.",
        "two",
        2,
        subject="policemen",
        location="Bannu",
        date="2024-06-03",
    )
    events = group(b.claims, documents=b.documents())
    assert not together(events, first, second)


def test_claims_without_a_date_join_when_their_reports_cover_one_incident() -> None:
    b = Batch()
    one = b.add("d1", "A bombing in Quetta killed 26 people.", "26", 26, location="Quetta")
    two = b.add("d2", "A bombing in Quetta killed 26 people.", "26", 26, location="Quetta")
    events = group(b.claims, documents=b.documents())
    assert together(events, one, two)
    (event,) = events
    assert any(r.startswith("reports of one incident") for r in event.links[0].reasons)


def test_every_claim_gets_a_labelled_event_in_a_stable_order() -> None:
    b = Batch()
    b.add(
        "d1",
        "Officials said 12 people were arrested in Karachi on 3 March 2024.",
        "12",
        12,
        measure="arrested",
        location="Karachi",
        date="2024-03-03",
    )
    b.add("d1", "The fund gave 300 families new homes.", "300", 300, measure="other")
    events = group(b.claims, documents=b.documents())
    assert [e.id for e in events] == ["e1", "e2"]
    assert events[0].label == "Karachi · arrest · 2024-03-03"
    assert events[1].label == "place unknown · other · date unknown"
    assert events == group(b.claims, documents=b.documents())


@pytest.mark.parametrize(
    ("decision", "expect_together"),
    [
        (Decision("same", ("c1", "c2")), True),  # two different bombings, forced together
        (Decision("different", ("c1", "c3")), False),  # same bombing, forced apart
    ],
)
def test_checker_decisions_override_the_evidence(decision: Decision, expect_together: bool) -> None:
    b = Batch()
    b.add(
        "d1",
        "A bomb killed 26 people in Quetta on Saturday.",
        "26",
        26,
        location="Quetta",
        date="2024-11-09",
    )
    b.add(
        "d2",
        "A bomb killed 26 people in Peshawar on Saturday.",
        "26",
        26,
        location="Peshawar",
        date="2024-11-09",
    )
    b.add(
        "d3",
        "A bomb at the Quetta railway station killed 26 people on Saturday.",
        "26",
        26,
        location="Quetta",
        date="2024-11-09",
    )
    plain = group(b.claims, documents=b.documents())
    assert together(plain, "c1", "c3")
    assert not together(plain, "c1", "c2")
    decided = group(b.claims, documents=b.documents(), decisions=[decision])
    pair = decision.claim_ids
    assert together(decided, *pair) is expect_together
    if expect_together:
        link = next(lk for e in decided for lk in e.links if {lk.a, lk.b} == set(pair))
        assert link.reasons == ("checker: same event",)
    # A re-run with the same decisions gives the same events.
    assert decided == group(b.claims, documents=b.documents(), decisions=[decision])


def test_decision_none_gives_a_claim_no_event_and_the_last_decision_wins() -> None:
    b, ids = quetta_reports()
    events = group(
        b.claims, documents=b.documents(), decisions=[Decision("none", (ids["d1_hurt"],))]
    )
    assert all(ids["d1_hurt"] not in e.claim_ids for e in events)
    assert together(events, ids["d1_dead"], ids["d2_dead"])
    pair = (ids["d1_dead"], ids["d2_dead"])
    flipped = group(
        b.claims,
        documents=b.documents(),
        decisions=[Decision("different", pair), Decision("same", pair)],
    )
    assert together(flipped, *pair)
    kept_apart = group(
        b.claims,
        documents=b.documents(),
        decisions=[Decision("same", pair), Decision("different", pair)],
    )
    assert not together(kept_apart, *pair)


def test_unknown_claim_ids_in_decisions_are_ignored() -> None:
    b, _ = quetta_reports()
    plain = group(b.claims, documents=b.documents())
    assert (
        group(
            b.claims,
            documents=b.documents(),
            decisions=[Decision("same", ("c1", "c99")), Decision("none", ("c77",))],
        )
        == plain
    )


@pytest.mark.parametrize(
    ("sentence", "figure", "kind"),
    [
        ("A car bomb killed 9 people near the market.", "9", "bombing"),
        ("Gunmen opened fire on a bus, killing 5 passengers.", "5", "shooting"),
        ("Troops killed 12 militants in an intelligence-based operation.", "12", "operation"),
        ("Police arrested 40 protesters outside the court.", "40", "protest"),
        ("Police arrested 40 people overnight.", "40", "arrest"),
        ("The storm left 3 people dead.", "3", "disaster"),
        # "strikes" after another family's noun is its verb, not an airstrike
        ("A strong earthquake strikes the coast, killing 7 people.", "7", "disaster"),
        ("Drone strikes killed 4 fighters in the valley.", "4", "airstrike"),
        ("Protesters attacked a police post, injuring 6 officers.", "6", "protest"),
        ("Officials said 14 people died on Tuesday.", "14", None),
    ],
)
def test_event_kind_comes_from_the_nearest_trigger(
    sentence: str, figure: str, kind: str | None
) -> None:
    b = Batch()
    b.add("d1", sentence, figure, float(figure))
    assert infer_kind(b.claims[0])[0] == kind


def test_extractor_event_type_wins_over_triggers() -> None:
    b = Batch()
    b.add("d1", "Officials said 14 people died in the attack.", "14", 14, event_type="bombing")
    assert infer_kind(b.claims[0]) == ("bombing", False)


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("At least 26 people were killed in Quetta.", "26", "least # people killed quetta"),
        ("Twenty-six people died and 60 were hurt.", "60", "# people died # hurt"),
    ],
)
def test_context_masks_numbers_and_drops_stop_words(
    sentence: str, figure: str, expected: str
) -> None:
    b = Batch()
    b.add("d1", sentence, figure, 1)
    assert masked_context(b.claims[0]) == expected


def test_a_place_carried_from_elsewhere_in_a_report_does_not_split_it() -> None:
    b = Batch()
    b.report("d1", published="2024-12-02")
    raid = b.add(
        "d1",
        "The army said it killed eight militants in raids in Khyber Pakhtunkhwa over the weekend.",
        "eight",
        8,
        subject="militants",
        location="Khyber Pakhtunkhwa",
        date="2024-11-30",
        date_end="2024-12-01",
    )
    # The extractor carried the dateline's city over to a sentence that names no place.
    losses = b.add(
        "d1",
        "Two soldiers were also killed in the raids.",
        "Two",
        2,
        subject="soldiers",
        location="Islamabad",
        date="2024-11-30",
        date_end="2024-12-01",
    )
    events = group(b.claims, documents=b.documents())
    assert together(events, raid, losses)
    assert event_of(events, raid).location == "Khyber Pakhtunkhwa"


def test_places_both_sentences_name_keep_claims_of_one_report_apart() -> None:
    b = Batch()
    quetta = b.add(
        "d1",
        "A bomb killed five people in Quetta on Monday.",
        "five",
        5,
        location="Quetta",
        date="2024-06-03",
    )
    peshawar = b.add(
        "d1",
        "A bomb killed five people in Peshawar on Monday.",
        "five",
        5,
        location="Peshawar",
        date="2024-06-03",
    )
    events = group(b.claims, documents=b.documents())
    assert not together(events, quetta, peshawar)


@pytest.mark.parametrize(
    ("first_place", "second_place", "expect_together"),
    [
        ("Dunmarrow", "Dunmarrow", True),
        ("central Dunmarrow", "Dunmarrow", True),
        ("Dunmarrow", "Kestrel Bay", False),
        ("Dunmarrow", None, False),
    ],
)
def test_towns_the_gazetteer_lacks_match_by_name_across_reports(
    first_place: str, second_place: str | None, expect_together: bool
) -> None:
    b = Batch()
    one = b.add(
        "d1",
        "A car bomb killed 16 people at the market on Saturday.",
        "16",
        16,
        location=first_place,
        date="2026-03-14",
    )
    two = b.add(
        "d2",
        "The market bombing on Saturday left 24 people dead.",
        "24",
        24,
        location=second_place,
        date="2026-03-14",
    )
    events = group(b.claims, documents=b.documents())
    assert together(events, one, two) is expect_together
    if expect_together:
        reasons = [r for link in event_of(events, one).links for r in link.reasons]
        assert any(r.startswith("same place name") for r in reasons)


def test_synthetic_batch_of_the_benchmark_groups_accurately() -> None:
    from benchmarks.match_scaling import generate, pair_scores

    claims, documents, truth = generate(1500, seed=3)
    events = group(claims, documents=documents)
    precision, recall = pair_scores(events, truth)
    assert precision >= 0.95
    assert recall >= 0.85
    assert sorted(c for e in events for c in e.claim_ids) == sorted(c.id for c in claims)


def test_a_link_refused_by_a_veto_keeps_the_veto_as_its_first_reason() -> None:
    b = Batch()
    first = b.add("d1", "A bombing in Quetta killed 26 people on 9 November 2024.", "26", 26,
                  location="Quetta", date="2024-11-09")
    second = b.add("d1", "The bombing in Lahore killed 26 people on 9 November 2024.", "26", 26,
                   location="Lahore", date="2024-11-09")
    third = b.add("d1", "Police said 26 people died in the bombing on 9 November 2024.", "26", 26,
                  date="2024-11-09")
    events = group(b.claims, documents=b.documents())
    assert not together(events, first, second)
    vetoes = [v for e in events for v in e.vetoes]
    assert any(v.reasons[0].startswith("kept apart: different places") for v in vetoes)
    assert all({v.a, v.b} <= {first, second, third} for v in vetoes)


def harrowby_fire(second_place: str) -> tuple[Batch, str, str]:
    """A report of a fire in a town the gazetteer does not know, and a later report about
    something else that gives the fire's toll in passing; the second figure's place as
    ``second_place`` (a checker's correction naming the market, say). Only the place and the
    day tie the two figures: the reports are of different incidents."""
    b = Batch()
    b.report("d1", published="2031-05-04", lead="Fire kills 12 at Harrowby market\n\n")
    b.report("d2", published="2031-05-06",
             lead="Army raids camps in the hills above the valley\n\n")
    first = b.add("d1", "Twelve people were killed in a fire at the Tarn market in Harrowby "
                  "on Saturday.", "Twelve", 12, subject="people", location="Harrowby",
                  date="2031-05-03")
    second = b.add("d2", "The raids came three days after Saturday's fire at the Tarn market "
                   "in Harrowby, in which 14 people were killed, according to the police.", "14",
                   14, subject="people", location=second_place, date="2031-05-03")
    return b, first, second


@pytest.mark.parametrize("place", ["Harrowby, Tarn market", "Tarn market, Harrowby"])
def test_a_place_within_an_unknown_town_stays_with_the_towns_figures(place: str) -> None:
    # Correcting a figure's place from "Harrowby" to "Harrowby, Tarn market" took it out of
    # the town's event, and the disagreement with the other report vanished with it.
    b, first, second = harrowby_fire("Harrowby")
    assert together(group(b.claims, documents=b.documents()), first, second)
    b, first, second = harrowby_fire(place)
    assert together(group(b.claims, documents=b.documents()), first, second)


def test_a_market_of_the_same_name_in_another_town_is_another_place() -> None:
    b, first, second = harrowby_fire("Ostwick, Tarn market")
    assert not together(group(b.claims, documents=b.documents()), first, second)


def test_a_quake_that_strikes_is_one_event_with_the_quake_reported_elsewhere() -> None:
    """"An earthquake strikes X, killing 3" names a quake, not an airstrike: it joins another
    outlet's figure for the quake in a town of that province."""
    b = Batch()
    b.report("d1", published="2031-02-03")
    b.report("d2", published="2031-02-03")
    province = b.add(
        "d1",
        "A strong earthquake strikes the western state of Gujarat, killing at least three "
        "people.",
        "at least three",
        3,
        qualifier="at_least",
        location="Gujarat",
        date="2031-02-03",
    )
    town = b.add(
        "d2",
        "The quake killed at least one person in Bhuj, officials said.",
        "at least one",
        1,
        qualifier="at_least",
        location="Bhuj",
        date="2031-02-03",
    )
    events = group(b.claims, documents=b.documents())
    assert together(events, province, town)


def test_an_undated_figure_in_a_town_the_lead_names_stays_in_its_report_frame() -> None:
    """A lead that names the attacking country first and then the town hit abroad: a figure in
    that town belongs to the report's incident and joins another report's figure for it."""
    b = Batch()
    b.report(
        "d1",
        lead="Turkey's shelling of Aleppo kills dozens\n"
        "Turkish guns hit the Salhin market in Aleppo on a busy morning, witnesses said.\n"
        "Stalls burned for hours.\n",
    )
    b.report(
        "d2",
        lead="Salhin market shelled\n"
        "Turkish guns hit the crowded Salhin market in Aleppo, witnesses said.\n"
        "Smoke rose over the old town.\n",
    )
    more = b.add("d1", "Doctors said more than 20 people died in the Salhin market in Aleppo.",
                 "more than 20", 20, qualifier="more_than", location="Aleppo")
    b.add("d1", "Turkey said 2 of its soldiers were wounded near the border.", "2", 2,
          measure="injured", location="Turkey")
    medics = b.add("d2", "Medics said 17 people were killed in the Salhin market in Aleppo.",
                   "17", 17, location="Aleppo")
    # a town abroad that no lead names stays out of both frames: no tie without a date
    far = b.add("d1", "Officials in Mosul said 9 people died there.", "9", 9, location="Mosul")
    far_too = b.add("d2", "Medics said 9 people were killed in Mosul.", "9", 9, location="Mosul")
    events = group(b.claims, documents=b.documents())
    assert together(events, more, medics)
    assert not together(events, far, far_too)
    assert not together(events, more, far)


def _two_days_of_one_report(first: tuple[str, str, str], second: tuple[str, str, str]
                            ) -> tuple[Batch, str, str]:
    """One report's two figures of one kind, each with its sentence, day and day's words."""
    b = Batch()
    b.report("d1", published="2031-03-14")
    ids = [
        b.add("d1", sentence, figure, 9 if n == 0 else 7, date=when, date_text=words,
              event_type="bombing")
        for n, (sentence, when, words) in enumerate((first, second))
        for figure in [sentence.split()[sentence.split().index("killed") + 1]]
    ]
    return b, ids[0], ids[1]


def test_one_reports_figures_of_two_days_it_names_are_two_happenings() -> None:
    # "Thursday's bombing" and "the Wednesday bombings": the report tells two incidents; the
    # day's slack is for reports that disagree, not evidence inside one report
    scores = []
    for wednesday in ("2031-03-12", "2031-03-13"):
        b, _, _ = _two_days_of_one_report(
            ("The governor said Thursday's bombing killed nine people.", "2031-03-13",
             "Thursday's"),
            ("The Wednesday bombings killed seven people, the minister said.", wednesday,
             "Wednesday"),
        )
        facts = claim_facts(b.claims, b.documents())
        found = score_pair(facts[0], facts[1], {})
        assert found is not None
        scores.append(found)
    (apart, reasons), (same_day, _) = scores
    assert "days a day apart 2031-03-12 – 2031-03-13" in reasons
    assert "same report, same day" not in reasons
    assert same_day - apart == pytest.approx(0.3)
    assert apart < 0.5


def test_a_day_something_was_said_does_not_split_the_report_from_its_incident() -> None:
    # the lead dated by "the army said on Friday", the body by the night it happened
    b, lead, body = _two_days_of_one_report(
        ("Soldiers killed nine militants in a raid, the army said on Friday.", "2031-03-14",
         "on Friday"),
        ("The bombing on Thursday night killed nine militants, it added.", "2031-03-13",
         "Thursday night"),
    )
    assert together(group(b.claims, documents=b.documents()), lead, body)


@pytest.mark.parametrize(
    ("sentence", "words", "said"),
    [
        ("Troops killed six rebels, the army said on Friday.", "on Friday", True),
        ("Six rebels were killed, officials told reporters Friday.", "Friday", True),
        ("The governor said Thursday's raid killed six rebels.", "Thursday", False),
        ("Six rebels were killed on Friday, the army said.", "on Friday", False),
    ],
)
def test_a_day_of_saying_is_told_from_a_day_of_happening(
    sentence: str, words: str, said: bool
) -> None:
    b = Batch()
    b.add("d1", sentence, "six" if "six" in sentence else "Six", 6, date="2031-03-14",
          date_text=words)
    assert said_day(b.claims[0]) is said


def test_a_running_count_in_the_sentence_of_the_reports_toll_is_not_its_event() -> None:
    b = Batch()
    toll = b.add("d1", "At least 31 people were killed in the market of Harrowgate, pushing the "
                 "death toll above 900 since the war began in March.", "At least 31", 31,
                 qualifier="at_least", subject="people", location="Harrowgate")
    tally = b.add("d1", "At least 31 people were killed in the market of Harrowgate, pushing the "
                  "death toll above 900 since the war began in March.", "above 900", 900,
                  qualifier="more_than", location="Harrowgate")
    events = group(b.claims, documents=b.documents())
    assert not together(events, toll, tally)


def test_an_undated_reports_paragraph_on_another_place_is_another_incident() -> None:
    b = Batch()
    b.report("d1", lead="Shelling of a market in Harrowgate kills 31\n")
    toll = b.add("d1", "At least 31 people were killed and 40 wounded when shelling hit the "
                 "market.", "40", 40, measure="injured", location="Harrowgate")
    other = b.add("d1", "Shelling in the Eldmere neighbourhood left one fighter dead and three "
                  "wounded.", "three", 3, measure="injured", location="Eldmere")
    events = group(b.claims, documents=b.documents())
    assert not together(events, toll, other)
    # the report's own toll, restated with no place of its own, stays with it
    again = b.add("d1", "Medics said 40 people were being treated for wounds.", "40", 40,
                  measure="injured", location="Harrowgate")
    events = group(b.claims, documents=b.documents())
    assert together(events, toll, again)


def _post_attack(doc: str, b: Batch, lead: str) -> tuple[str, str]:
    """A report of an attack on a post in Harrowgate, and the similar attack it recalls."""
    b.report(doc, published="2031-06-10", lead=lead)
    own = b.add(doc, "Five soldiers were killed when militants attacked a post in Harrowgate "
                "on Tuesday.", "Five", 5, subject="soldiers", location="Harrowgate",
                date="2031-06-10")
    # the extraction carries the report's town to a sentence that names none of its own
    recalled = b.add(doc, "Earlier this month, four soldiers were killed in a similar attack in "
                     "the district.", "four", 4, subject="soldiers", location="Harrowgate",
                     date="2031-06-01", date_end="2031-06-10")
    return own, recalled


def test_a_similar_attack_a_report_recalls_is_not_its_incident() -> None:
    b = Batch()
    own, recalled = _post_attack("d1", b, "Militants kill five soldiers in Harrowgate\n")
    other_own, other_recalled = _post_attack("d2", b, "Five soldiers die in Harrowgate attack\n")
    events = group(b.claims, documents=b.documents())
    assert together(events, own, other_own)
    for figure in (recalled, other_recalled):
        assert not together(events, own, figure)
        assert not together(events, other_own, figure)


def test_a_death_days_after_the_incident_is_not_another_incident() -> None:
    b = Batch()
    own, _ = _post_attack("d1", b, "Militants kill five soldiers in Harrowgate\n")
    b.report("d2", published="2031-06-11", lead="Five soldiers die in Harrowgate attack\n")
    later = b.add("d2", "A sixth soldier died on Wednesday, a day after militants attacked the "
                  "post in Harrowgate.", "A sixth", 1, subject="soldier", location="Harrowgate",
                  date="2031-06-11")
    frames = report_frames(b.documents())
    facts = claim_facts(b.claims, b.documents(), frames[1])
    by_id = {f.claim.id: f for f in facts}
    assert facts[0].group == by_id[later].group
    assert score_pair(by_id[own], by_id[later], {}) is not None


def test_one_reports_monthly_statistic_counts_attacks_and_operations_together() -> None:
    june = {"location": "Valdoria", "date": "2031-06-01", "date_end": "2031-06-30",
            "attribution": "the monitor"}
    raids = ("Security forces conducted 25 operations during the month, killing 40 militants, "
             "the monitor said.")
    for second in ("d1", "d2"):
        b = Batch()
        b.report("d1", published="2031-07-01")
        b.report("d2", published="2031-07-01")
        attacks = b.add("d1", "Valdoria saw 70 militant attacks in June, the monitor said.", "70",
                        70, measure="attacks", **june)
        b.add(second, raids, "25", 25, measure="operations", **june)
        killed = b.add(second, raids, "40", 40, subject="militants", **june)
        events = group(b.claims, documents=b.documents())
        # one report's statistic; another report's tally of operations is not its attacks'
        assert together(events, attacks, killed) is (second == "d1")


@pytest.mark.parametrize(
    ("words", "named"),
    [("Thursday's", True), ("on Wednesday", True), ("late on Monday", False),
     ("after midnight", False), ("early Tuesday", False)],
)
def test_a_day_the_report_names_is_told_from_a_nights_edge(words: str, named: bool) -> None:
    b = Batch()
    b.add("d1", f"Six rebels were killed {words} raid.", "Six", 6, date="2031-03-14",
          date_text=words)
    assert named_day(b.claims[0]) is named


@pytest.mark.parametrize(
    ("sentence", "figure", "another"),
    [
        ("In a separate incident, seven guards were hurt in Harrowgate.", "seven", True),
        ("Four soldiers were killed in a similar attack in the district.", "Four", True),
        ("The suspect held over the shooting of four men was on parole for an earlier shooting.",
         "four", False),
    ],
)
def test_wording_of_another_incident_speaks_for_the_figure_it_frames(
    sentence: str, figure: str, another: bool
) -> None:
    b = Batch()
    b.add("d1", sentence, figure, 4)
    (facts,) = claim_facts(b.claims, b.documents())
    assert facts.another is another



def _three_reports(third_place: str) -> tuple[Batch, str, str, str]:
    """Two reports of a bus station bombing in Peshawar and a third report's figure filed
    under ``third_place``."""
    b = Batch()
    for doc in ("d1", "d2", "d3"):
        b.report(doc, published="2031-04-02")
    dead = b.add("d1", "A car bomb killed 14 people at the central bus station of Peshawar.",
                 "14", 14, subject="people", location="Peshawar")
    toll = b.add("d2", "The death toll from the bus station bombing rose to 15.", "15", 15,
                 subject="people")
    # the place comes from elsewhere in the report (its dateline), not from this sentence
    hurt = b.add("d3", "Some 20 people were injured in the fire at the hospital.", "20", 20,
                 measure="injured", subject="people", location=third_place)
    return b, dead, toll, hurt


@pytest.mark.parametrize(
    ("third_place", "tied"), [("Kandahar", False), ("northwest Pakistan", True)]
)
def test_reports_of_one_incident_tie_another_countrys_figure_only_between_the_two_merged(
    third_place: str, tied: bool
) -> None:
    """A report group of three reports: d1 merged with d2, d3 with d2 only. The merge's
    evidence ties d1's figure to d3's only when both lie in one country; d3's figure in
    another country is tied to d2's (its own merge), never to d1's."""
    b, dead, toll, hurt = _three_reports(third_place)
    _, frames, _ = report_frames(b.documents())
    one = {d: ("r1", incident) for d, (_, incident) in frames.items()}
    facts = with_partners(claim_facts(b.claims, b.documents(), one), [("d1", "d2"), ("d2", "d3")])
    by_id = {f.claim.id: f for f in facts}
    why = {"d1|d2": "bus station", "d2|d3": "hospital", "r1": "bus station; hospital"}
    merged = score_pair(by_id[dead], by_id[toll], {}, why)
    assert merged is not None
    assert "reports of one incident (bus station)" in merged[1]
    own = score_pair(by_id[toll], by_id[hurt], {}, why)
    assert own is not None
    assert "reports of one incident (hospital)" in own[1]
    for a, c in ((dead, hurt), (hurt, dead)):
        third = score_pair(by_id[a], by_id[c], {}, why)
        assert (third is not None and any("one incident" in r for r in third[1])) is tied
