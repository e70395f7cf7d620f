"""Conflicts inside one event: interval logic, scope rules, updates and the event summary."""

from __future__ import annotations

import pytest

from core.group.conflicts import (
    describe,
    find_conflicts,
    includes_perpetrators,
    partial,
    scope,
    summarise,
)
from core.group.other_scopes import counted_as
from core.model import Conflict, Event, Measure, Qualifier
from tests.core.claim_factory import Batch


def one_event(b: Batch) -> Event:
    return Event(id="e1", label="test", claim_ids=tuple(c.id for c in b.claims))


def conflicts_of(b: Batch) -> tuple[Conflict, ...]:
    return find_conflicts([one_event(b)], b.claims, documents=b.documents())


def two_reports(
    first: tuple[str, float, Qualifier],
    second: tuple[str, float, Qualifier],
    *,
    published: tuple[str, str] = ("2024-11-10", "2024-11-10"),
) -> Batch:
    b = Batch()
    for doc, (figure, value, qualifier), day in zip(
        ("d1", "d2"), (first, second), published, strict=True
    ):
        b.report(doc, published=day, outlet=f"Outlet {doc[-1]}")
        b.add(
            doc,
            f"Officials said {figure} people were killed in the blast.",
            figure,
            value,
            qualifier=qualifier,
            subject="people",
        )
    return b


@pytest.mark.parametrize(
    ("first", "second", "kind", "explanation"),
    [
        (
            ("24", 24, "exact"),
            ("at least 26", 26, "at_least"),
            "contradiction",
            "exactly 24 vs at least 26: cannot both hold",
        ),
        (
            ("more than 60", 60, "more_than"),
            ("up to 50", 50, "up_to"),
            "contradiction",
            "more than 60 vs up to 50: cannot both hold",
        ),
        (
            ("at least 26", 26, "at_least"),
            ("nearly 30", 30, "nearly"),
            "divergent",
            "at least 26 vs nearly 30: both hold only for 27–29",
        ),
        (
            ("about 30", 30, "approx"),
            ("32", 32, "exact"),
            "divergent",
            "about 30 vs exactly 32: both hold only for 32",
        ),
        (
            ("8", 8, "exact"),
            ("8", 8, "exact"),
            "consistent",
            "2 reports agree: exactly 8 (Outlet 1); exactly 8 (Outlet 2)",
        ),
        (
            ("at least 8", 8, "at_least"),
            ("8", 8, "exact"),
            "consistent",
            "2 reports agree: at least 8 (Outlet 1); exactly 8 (Outlet 2)",
        ),
    ],
)
def test_interval_logic_decides_the_kind(
    first: tuple[str, float, Qualifier],
    second: tuple[str, float, Qualifier],
    kind: str,
    explanation: str,
) -> None:
    (conflict,) = conflicts_of(two_reports(first, second))
    assert conflict.kind == kind
    assert conflict.explanation.startswith(explanation)
    if kind != "consistent":
        assert conflict.explanation.endswith("(Outlet 1 / Outlet 2)")
    assert conflict.claim_ids == ("c1", "c2")
    assert conflict.id == "x1"
    assert conflict.measure == "killed"


def test_reports_that_agree_form_one_consistent_conflict() -> None:
    b = Batch()
    for doc in ("d1", "d2", "d3"):
        b.report(doc, published="2024-11-10", outlet=f"Outlet {doc[-1]}")
        b.add(doc, "Police said 12 people died in the blast.", "12", 12, subject="people")
    (conflict,) = conflicts_of(b)
    assert (conflict.kind, conflict.claim_ids) == ("consistent", ("c1", "c2", "c3"))
    assert conflict.explanation.startswith("3 reports agree: exactly 12 (Outlet 1); ")


def test_a_rising_toll_is_one_update_in_time_order_not_a_contradiction() -> None:
    b = Batch()
    for doc, day, figure in (
        ("d3", "2024-11-11", "26"),
        ("d1", "2024-11-09", "16"),
        ("d2", "2024-11-10", "24"),
    ):
        b.report(doc, published=day, outlet=f"Outlet {doc[-1]}")
        b.add(
            doc,
            f"The blast killed {figure} people, officials said.",
            figure,
            float(figure),
            subject="people",
        )
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "update"
    assert conflict.claim_ids == ("c2", "c3", "c1")  # 16 → 24 → 26
    assert conflict.explanation == (
        "figure revised over time: exactly 16 (Outlet 1, 2024-11-09) → exactly 24 "
        "(Outlet 2, 2024-11-10) → exactly 26 (Outlet 3, 2024-11-11)"
    )


def test_a_report_that_restates_its_figure_is_one_step_of_the_revision() -> None:
    b = Batch()
    b.report("d1", published="2024-11-09", outlet="Outlet 1")
    b.add("d1", "At least 16 people were killed in the blast.", "At least 16", 16,
          qualifier="at_least", subject="people")
    b.add("d1", "Police said at least 16 people died.", "at least 16", 16,
          qualifier="at_least", subject="people")
    b.report("d2", published="2024-11-10", outlet="Outlet 2")
    b.add("d2", "The blast killed 24 people, officials said.", "24", 24, subject="people")
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "update"
    assert len(conflict.claim_ids) == 3  # every claim stays in the conflict
    assert conflict.explanation == (
        "figure revised over time: at least 16 (Outlet 1, 2024-11-09, twice) → exactly 24 "
        "(Outlet 2, 2024-11-10)"
    )


def test_revision_wording_makes_an_update_on_the_same_day() -> None:
    b = Batch()
    b.add("d1", "Earlier, police said 16 people had died in the blast.", "16", 16, subject="people")
    b.add(
        "d1", "By the evening the toll rose to 24 people, police said.", "24", 24, subject="people"
    )
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "update"


def test_a_lower_figure_in_a_later_report_is_divergent_not_a_contradiction() -> None:
    # Two figures of different days are not for the same time: flagged, never "cannot hold".
    b = two_reports(
        ("30", 30, "exact"), ("24", 24, "exact"), published=("2024-11-09", "2024-11-10")
    )
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "divergent"
    assert "later report gives a lower figure" in conflict.explanation


def test_two_figures_of_the_same_day_that_cannot_both_hold_contradict() -> None:
    b = two_reports(
        ("30", 30, "exact"), ("24", 24, "exact"), published=("2024-11-09", "2024-11-09")
    )
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "contradiction"


def test_a_breakdown_an_increment_and_a_hospital_count_never_contradict_the_toll() -> None:
    b = Batch()
    b.report("d1", published="2024-11-09")
    b.report("d2", published="2024-11-09")
    b.add("d1", "The bombing killed 31 people, police said.", "31", 31, subject="people",
          location="Sibi", date="2024-11-09")
    b.add("d1", "Six policemen were among the dead.", "Six", 6, subject="policemen")
    b.add("d2", "Five more bodies were found under the rubble.", "Five", 5, subject="bodies")
    b.add("d2", "Civil Hospital Sibi received 12 bodies, a doctor said.", "12", 12,
          subject="bodies")
    b.add("d2", "Another 3 people died in hospital overnight.", "3", 3, subject="people")
    b.add("d2", "The bombing killed 31 people, officials said.", "31", 31, subject="people",
          location="Sibi", date="2024-11-09")
    kinds = {c.kind for c in conflicts_of(b)}
    assert "contradiction" not in kinds
    assert "divergent" not in kinds
    assert "consistent" in kinds


@pytest.mark.parametrize(
    ("sentence", "figure", "measure", "part"),
    [
        ("Two of the injured soldiers are in critical condition.", "Two", "injured", "part"),
        ("One of the five jawans injured in the ambush succumbed on Monday.", "One", "killed",
         "part"),
        ("Three of those wounded were children.", "Three", "injured", "part"),
        # a count of its own: the verb comes before any word of casualties
        ("Twelve of the 15 passengers were killed.", "Twelve", "killed", None),
        ("Two of the attackers were arrested.", "Two", "arrested", None),
    ],
)
def test_a_figure_of_the_casualties_counted_is_a_part(
    sentence: str, figure: str, measure: Measure, part: str | None
) -> None:
    b = Batch()
    b.add("d1", sentence, figure, 1, measure=measure)
    assert partial(b.claims[0]) == part


def test_one_of_the_injured_who_died_is_no_rival_toll() -> None:
    b = Batch()
    b.report("d1", published="2024-11-09")
    b.report("d2", published="2024-11-10")
    b.add("d1", "Three jawans were killed and five injured in the ambush.", "Three", 3,
          subject="jawans", date="2024-11-09")
    b.add("d1", "Three jawans were killed and five injured in the ambush.", "five", 5,
          measure="injured", subject="jawans", date="2024-11-09")
    b.add("d2", "One of the five jawans injured in the ambush succumbed on Sunday.", "One", 1,
          subject="jawans", date="2024-11-09")
    b.add("d2", "Two of the injured are in critical condition.", "Two", 2, measure="injured",
          date="2024-11-09")
    assert conflicts_of(b) == ()


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # killed vs injured
        ({"measure": "killed", "subject": "people"}, {"measure": "injured", "subject": "people"}),
        # civilians vs soldiers
        ({"subject": "civilians"}, {"subject": "soldiers"}),
        # one group vs another group (a toll and the one group its victims were is
        # tests/core/test_toll_scopes.py)
        ({"subject": "civilians"}, {"subject": "Pakistan Army soldiers"}),
        # two different nouns outside the scope table
        ({"subject": "engineers", "measure": "other"}, {"subject": "villages", "measure": "other"}),
    ],
)
def test_different_scopes_are_never_compared(first: dict[str, str], second: dict[str, str]) -> None:
    b = Batch()
    b.add("d1", "The attack killed 12 people, officials said.", "12", 12, **first)  # type: ignore[arg-type]
    b.add("d2", "Officials said 40 people were hurt in the attack.", "40", 40, **second)  # type: ignore[arg-type]
    assert conflicts_of(b) == ()


def test_a_subset_is_never_compared_with_its_total_or_another_total() -> None:
    b = Batch()
    total = b.add(
        "d1",
        "The ambushes took the lives of at least 47 soldiers, including two officers.",
        "at least 47",
        47,
        qualifier="at_least",
        subject="soldiers",
    )
    b.add(
        "d1",
        "The ambushes took the lives of at least 47 soldiers, including two officers.",
        "two",
        2,
        subject="officers",
        part_of=total,
    )
    b.add("d2", "In all, 45 soldiers died in the ambushes.", "45", 45, subject="soldiers")
    conflicts = conflicts_of(b)
    assert [c.claim_ids for c in conflicts] == [("c1", "c3")]
    assert conflicts[0].kind == "contradiction"


def test_two_subsets_of_one_scope_are_compared() -> None:
    b = Batch()
    b.add(
        "d1",
        "Twelve people died, including three officers.",
        "three",
        3,
        subject="officers",
        part_of="c9",
    )
    b.add("d2", "Among the dead were five officers.", "five", 5, subject="officers", part_of="c8")
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "contradiction"


def test_a_count_including_the_bomber_is_flagged_as_divergent_not_contradictory() -> None:
    b = Batch()
    b.add("d1", "The blast killed 27 people, including the bomber.", "27", 27, subject="people")
    b.add("d2", "The blast killed 26 people.", "26", 26, subject="people")
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "divergent"
    assert "one count includes the attackers" in conflict.explanation


def test_figures_of_one_sentence_are_parts_of_one_statement() -> None:
    b = Batch()
    sentence = "Five people died in the morning blast and three people died in the evening."
    b.add("d1", sentence, "Five", 5, subject="people")
    b.add("d1", sentence, "three", 3, subject="people")
    assert conflicts_of(b) == ()


def test_conflicts_stay_inside_their_event() -> None:
    b = two_reports(("24", 24, "exact"), ("at least 26", 26, "at_least"))
    events = [
        Event(id="e1", label="a", claim_ids=("c1",)),
        Event(id="e2", label="b", claim_ids=("c2",)),
    ]
    assert find_conflicts(events, b.claims, documents=b.documents()) == ()


@pytest.mark.parametrize(
    ("subject", "measure", "expected"),
    [
        ("people", "killed", "all"),
        (None, "killed", "all"),
        ("Pakistan Army soldiers", "killed", "security"),
        ("Baluchistan Liberation Army separatists", "killed", "militants"),
        ("civilians", "injured", "civilians"),
        ("schoolchildren", "kidnapped", "children"),
        ("attacks", "attacks", "all"),
        ("villages", "other", "village: count"),
        (None, "other", ""),
        ("khwarij", "killed", "militants"),  # the spellings South Asian copy uses
        ("Maoists", "killed", "militants"),
        ("suspected naxalites", "arrested", "all"),
        ("armed bandits", "killed", "militants"),
        ("arrests", "arrested", "all"),  # "the sweep led to 30 arrests": all arrested
        ("detentions", "arrested", "all"),
        ("managers", "arrested", "manager"),
    ],
)
def test_scope_of_a_subject(subject: str | None, measure: str, expected: str) -> None:
    b = Batch()
    b.add("d1", "They counted 9 of them.", "9", 9, subject=subject, measure=measure)  # type: ignore[arg-type]
    assert scope(b.claims[0]) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The blast killed 9 people, including the suicide bomber.", True),
        ("The blast killed 9 people, including three attackers.", True),
        ("The blast killed 9 people, including three children.", False),
        ("The blast killed 9 people, not including the bomber.", False),
    ],
)
def test_perpetrators_counted_in(sentence: str, expected: bool) -> None:
    b = Batch()
    b.add("d1", sentence, "9", 9)
    assert includes_perpetrators(b.claims[0]) is expected


@pytest.mark.parametrize(
    ("figure", "value", "qualifier", "expected"),
    [
        ("24", 24, "exact", "exactly 24"),
        ("more than 1,000", 1000, "more_than", "more than 1,000"),
        ("about 30", 30, "approx", "about 30"),
        ("dozens", 12, "vague", "dozens (24 or more)"),
        ("fewer than 10", 10, "less_than", "fewer than 10"),
    ],
)
def test_figures_are_described_in_plain_words(
    figure: str, value: float, qualifier: Qualifier, expected: str
) -> None:
    b = Batch()
    b.add("d1", f"Officials said {figure} people died.", figure, value, qualifier=qualifier)
    assert describe(b.claims[0]) == expected


def test_summary_gives_the_conservative_figure_and_the_full_range() -> None:
    b = Batch()
    b.add(
        "d1",
        "At least 23 people were killed and more than 45 wounded.",
        "At least 23",
        23,
        qualifier="at_least",
        subject="people",
    )
    b.add(
        "d1",
        "At least 23 people were killed and more than 45 wounded.",
        "more than 45",
        45,
        qualifier="more_than",
        measure="injured",
        subject="people",
    )
    b.add(
        "d2",
        "Nearly 27 people were killed, including two soldiers.",
        "Nearly 27",
        27,
        qualifier="nearly",
        subject="people",
    )
    b.add(
        "d2",
        "Nearly 27 people were killed, including two soldiers.",
        "two",
        2,
        subject="soldiers",
        part_of="c3",
    )
    b.add(
        "d3", "About 24 people were killed.", "About 24", 24, qualifier="approx", subject="people"
    )
    killed, injured = summarise(one_event(b), b.claims)
    assert (killed.measure, killed.conservative, killed.low, killed.high) == (
        "killed",
        21,
        21,
        None,
    )  # "about 24" reads as 21–27: its floor is the lowest
    assert killed.claim_ids == ("c1", "c3", "c5")
    assert (injured.measure, injured.conservative, injured.low, injured.high) == (
        "injured",
        46,
        46,
        None,
    )


def test_summary_of_closed_figures_has_a_closed_range() -> None:
    b = Batch()
    b.add("d1", "The raid killed 8 militants.", "8", 8, subject="militants")
    b.add(
        "d2",
        "Up to 11 militants died in the raid.",
        "Up to 11",
        11,
        qualifier="up_to",
        subject="militants",
    )
    (summary,) = summarise(one_event(b), b.claims)
    assert (summary.conservative, summary.low, summary.high) == (8, 8, 11)


def test_a_hospital_official_as_the_source_leaves_the_toll_whole() -> None:
    b = Batch()
    toll = b.add("d1", "Nearly 15 people died in the bombing, a hospital official said.", "15",
                 15, qualifier="nearly", subject="people")
    part = b.add("d1", "City Hospital officials said the hospital received 4 bodies.", "4", 4,
                 subject="bodies")
    one = b.add("d1", "One hospital alone treated 9 of the wounded.", "9", 9, measure="injured")
    by_id = {c.id: c for c in b.claims}
    assert partial(by_id[toll]) is None
    assert partial(by_id[part]) is None  # "the hospital": the count may be the whole toll
    assert partial(by_id[one]) == "facility"


def test_a_figure_stated_twice_in_one_report_gives_one_conflict_naming_both() -> None:
    """A headline and a lead that repeat "24" against another report's "19" of the same day
    are one disagreement, not two lines saying the same."""
    b = two_reports(("24", 24, "exact"), ("19", 19, "exact"))
    again = b.add("d1", "Blast toll reaches 24, officials say.", "24", 24, subject="people")
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "contradiction"
    assert again in conflict.claim_ids
    assert len(conflict.claim_ids) == 3
    # its two sides: the report's two "24"s agree, and each disagrees with the "19"
    values = {c.id: c.value for c in b.claims}
    assert sorted(sorted(values[c] for c in side) for side in conflict.sides) == [[19], [24, 24]]
    assert any(again in side and len(side) == 2 for side in conflict.sides)


def test_a_disagreement_of_two_figures_has_no_sides() -> None:
    (conflict,) = conflicts_of(two_reports(("24", 24, "exact"), ("19", 19, "exact")))
    assert conflict.kind == "contradiction"
    assert conflict.sides == ()


def test_figures_that_agree_have_no_sides() -> None:
    b = two_reports(("24", 24, "exact"), ("24", 24, "exact"))
    b.add("d1", "Blast toll reaches 24, officials say.", "24", 24, subject="people")
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "consistent"
    assert conflict.sides == ()


@pytest.mark.parametrize(
    ("sentence", "figure", "said"),
    [
        ("About 15 people were missing, officials said.", "About 15", "missing"),
        ("Officials said about 15 people remain missing.", "about 15", "missing"),
        ("The boat had nearly 60 people on board when it sank.", "nearly 60", "board"),
        ("Rescuers said the ferry carried nearly 60 people.", "nearly 60", "carried"),
        ("They counted 9 of them.", "9", "counted"),
        ("In all, 9 people.", "9", ""),
    ],
)
def test_what_an_uncategorised_figure_counts(sentence: str, figure: str, said: str) -> None:
    b = Batch()
    b.add("d1", sentence, figure, 9, subject="people", measure="other")
    assert counted_as(b.claims[0]) == said


def test_uncategorised_figures_are_compared_only_when_they_count_the_same_thing() -> None:
    b = Batch()
    b.report("d1", published="2026-03-14", outlet="Courier")
    b.report("d2", published="2026-03-15", outlet="Herald")
    missing = b.add("d1", "About 15 people were missing, officials said.", "About 15", 15,
                    qualifier="approx", measure="other", subject="people")
    b.add("d1", "The boat had nearly 60 people on board when it sank.", "nearly 60", 60,
          qualifier="nearly", measure="other", subject="people")
    b.add("d1", "At least 12 people were killed.", "At least 12", 12, qualifier="at_least",
          subject="people")
    rescued = b.add("d1", "Some 40 people were rescued by fishermen.", "Some 40", 40,
                    qualifier="approx", measure="other", subject="people")
    b.add("d2", "The death toll rose to 20.", "20", 20, subject="people")
    still = b.add("d2", "About 15 people remain missing.", "About 15", 15, qualifier="approx",
                  measure="other", subject="people")
    saved = b.add("d2", "In all, 45 people were rescued.", "45", 45, measure="other",
                  subject="people")
    found = {(x.measure, x.kind, x.claim_ids) for x in conflicts_of(b)}
    assert found == {
        ("other", "consistent", (missing, still)),
        ("other", "update", (rescued, saved)),
        ("killed", "update", ("c3", "c5")),
    }


@pytest.mark.parametrize(
    ("first", "second", "kind", "explanation"),
    [
        # a vague amount is compared by the least it asserts, never by its unit (dozens: 12)
        (("20", 20, "exact"), ("dozens", 12, "vague"), "update",
         "figure revised over time: exactly 20 (Outlet 1, 2024-11-09) → dozens (24 or more)"),
        (("dozens", 12, "vague"), ("20", 20, "exact"), "divergent",
         "dozens (24 or more) then exactly 20: a later report gives a lower figure"),
        (("Dozens", 12, "vague"), ("30", 30, "exact"), "update",
         "figure revised over time: dozens (24 or more) (Outlet 1, 2024-11-09) → exactly 30"),
        (("dozens", 12, "vague"), ("at least 24", 24, "at_least"), "consistent",
         "2 reports agree: dozens (24 or more) (Outlet 1); at least 24 (Outlet 2)"),
    ],
)
def test_a_vague_amount_is_compared_by_the_least_it_asserts(
    first: tuple[str, float, Qualifier],
    second: tuple[str, float, Qualifier],
    kind: str,
    explanation: str,
) -> None:
    b = two_reports(first, second, published=("2024-11-09", "2024-11-10"))
    (conflict,) = conflicts_of(b)
    assert (conflict.kind, conflict.explanation[: len(explanation)]) == (kind, explanation)


def test_a_vague_amount_and_a_figure_of_one_day_differ_by_what_the_amount_asserts() -> None:
    b = two_reports(("dozens", 12, "vague"), ("30", 30, "exact"))
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "divergent"
    assert conflict.explanation.startswith("dozens (24 or more) vs exactly 30: both hold only")
    b = two_reports(("dozens", 12, "vague"), ("12", 12, "exact"))
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "contradiction"


@pytest.mark.parametrize(
    "running",
    [
        "So far, nine people have been arrested in the Tallowmere fraud case.",
        "With these, the total number of people arrested in the case has gone up to nine.",
        "The raids took the tally of people held in the case to nine.",
    ],
)
def test_a_cases_running_count_of_arrests_is_no_rival_to_the_days_arrests(running: str) -> None:
    b = Batch()
    b.report("d1", published="2031-03-12")
    b.add("d1", "Police arrested four people in the Tallowmere fraud case on Tuesday.", "four",
          4, measure="arrested", subject="people")
    b.add("d1", running, "nine", 9, measure="arrested", subject="people")
    assert [x for x in conflicts_of(b) if x.kind != "consistent"] == []


def test_running_counts_of_a_case_are_compared_with_each_other() -> None:
    b = Batch()
    b.report("d1", published="2031-03-12", outlet="Outlet 1")
    b.report("d2", published="2031-03-14", outlet="Outlet 2")
    b.add("d1", "So far, nine people have been arrested in the case.", "nine", 9,
          measure="arrested")
    b.add("d2", "The total number of people arrested in the case has risen to 11.", "11", 11,
          measure="arrested")
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "update"


def test_two_reports_of_one_days_arrests_still_contradict() -> None:
    b = Batch()
    for doc, figure in (("d1", "four"), ("d2", "nine")):
        b.report(doc, published="2031-03-12")
        b.add(doc, f"Police arrested {figure} people in the fraud case on Tuesday.", figure,
              4 if figure == "four" else 9, measure="arrested", subject="people")
    (conflict,) = conflicts_of(b)
    assert conflict.kind == "contradiction"


def test_a_toll_given_as_its_one_named_group_lands_in_one_update_chain() -> None:
    """Four policemen, then six killed, then nine policemen: one timeline, not a second one
    of the policemen alone inside it."""
    b = Batch()
    for doc, day, sentence, figure in (
        ("d1", "2031-05-02", "Gunmen killed four policemen at the checkpoint.", "four"),
        ("d2", "2031-05-03", "The toll from the checkpoint attack rose to six.", "six"),
        ("d3", "2031-05-04", "Nine policemen died in the checkpoint attack.", "Nine"),
    ):
        b.report(doc, published=day, outlet=f"Outlet {doc[-1]}")
        value = {"four": 4.0, "six": 6.0, "Nine": 9.0}[figure]
        b.add(doc, sentence, figure, value, subject=None if figure == "six" else "policemen")
    updates = [x for x in conflicts_of(b) if x.kind == "update"]
    assert [x.claim_ids for x in updates] == [("c1", "c2", "c3")]


def test_two_chains_of_different_scopes_both_stay() -> None:
    b = Batch()
    for doc, day, four, nine in (("d1", "2031-05-02", "four", "two"),
                                 ("d2", "2031-05-03", "six", "five")):
        b.report(doc, published=day, outlet=f"Outlet {doc[-1]}")
        b.add(doc, f"Gunmen killed {four} policemen.", four, {"four": 4.0, "six": 6.0}[four],
              subject="policemen")
        b.add(doc, f"Gunmen also killed {nine} children.", nine, {"two": 2.0, "five": 5.0}[nine],
              subject="children")
    updates = [x.claim_ids for x in conflicts_of(b) if x.kind == "update"]
    assert sorted(updates) == [("c1", "c3"), ("c2", "c4")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("One member of the security forces was killed in the clash.", "security"),
        ("Two members of the banned separatist outfit were shot dead.", "militants"),
        ("Three members of one family were killed.", "member"),  # no group named: its own
        ("Four members died, of whom two were soldiers.", "member"),  # no "of" after the noun
    ],
)
def test_members_count_the_group_their_of_names(sentence: str, expected: str) -> None:
    figure = sentence.split(maxsplit=1)[0]
    b = Batch()
    b.add("d1", sentence, figure, 1, subject="members" if figure != "One" else "member")
    assert scope(b.claims[0]) == expected


def test_two_spellings_of_one_militant_noun_are_compared() -> None:
    b = Batch()
    b.report("d1", published="2026-03-02")
    b.report("d2", published="2026-03-02")
    b.add("d1", "Troops killed nine khwarij in the raid.", "nine", 9, subject="khwarij")
    b.add("d2", "Eleven militants were killed in the raid.", "Eleven", 11, subject="militants")
    kinds = [c.kind for c in conflicts_of(b)]
    assert kinds == ["contradiction"]
