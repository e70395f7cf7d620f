"""A disaster word written as a deed (grouping): "vowed to storm the barracks" is the attackers'
verb with its object, not a storm; a storm, a storm surge and "due to the storm" still are.
A hospital's own name after a verb of dying ("succumbed at the Al-Noor Medical Centre") is
where the hurt died, not the scene."""

from __future__ import annotations

import pytest

from core.group.figure_places import stated_in, treated_in
from core.group.vocabulary import find_triggers, tokens


def kinds(text: str) -> list[str]:
    return [" ".join(p) for p, _, _ in find_triggers(tokens(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Three gunmen who set out to storm a depot were shot dead by the guards.",
        "The fighters vowed to storm their rivals' camp before dawn, killing four.",
    ],
)
def test_a_disaster_word_between_to_and_its_object_is_a_deed(text: str) -> None:
    assert "storm" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A storm lashed the islands, killing six fishermen.",
        "Two villages were exposed to storm surges that left five dead.",
        "Five died in a landslide due to the storm on Sunday.",
    ],
)
def test_a_storm_is_still_a_storm(text: str) -> None:
    assert "storm" in kinds(text)


HURT = ("Two more passengers succumbed to their injuries at the Al-Noor Medical Centre in "
        "Sukkur on Saturday, raising the toll to eight.")


def test_the_town_of_a_named_care_unit_where_the_hurt_died_is_not_the_scene() -> None:
    assert treated_in(HURT, HURT.index("Sukkur"))
    assert not stated_in("Sukkur", HURT)


def test_the_care_unit_itself_is_not_the_scene() -> None:
    assert treated_in(HURT, HURT.index("Al-Noor"))
    assert not stated_in("Al-Noor Medical Centre, Sukkur", HURT)


def test_a_town_the_dying_sentence_names_otherwise_is_the_scene() -> None:
    text = "Two more passengers wounded in the Sukkur bus attack succumbed on Saturday."
    assert not treated_in(text, text.index("Sukkur"))
    assert stated_in("Sukkur", text)


def test_a_sentence_counting_among_the_figure_before_refers_back() -> None:
    from core.group.vocabulary import sentence_info

    assert sentence_info("Nine of them were later freed by troops, the police said.").anaphoric
    assert sentence_info("3 of those taken escaped on Friday.").anaphoric
    assert not sentence_info("Nine of the soldiers were hurt in a second blast.").anaphoric
    assert not sentence_info("Nine people were hurt in a second blast.").anaphoric


def test_the_dead_counted_among_the_abducted_share_their_event() -> None:
    from core.group.match import group
    from tests.core.claim_factory import Batch

    b = Batch()
    b.report("d1", published="2031-07-02")
    taken = b.add("d1", "In March, gunmen abducted 20 traders from a market in Kunar.", "20", 20,
                  measure="kidnapped", subject="traders", location="Kunar",
                  date="2031-03-01", date_end="2031-03-31")
    dead = b.add("d1", "Six of them were later found dead, police said.", "Six", 6,
                 subject="them", location="Kunar", date="2031-03-01", date_end="2031-03-31")
    events = group(b.claims, documents=b.documents())
    assert next(e for e in events if taken in e.claim_ids).claim_ids == (taken, dead)


@pytest.mark.parametrize(
    "text",
    [
        "Seven bodies have been pulled out and the rescue operation is still on.",
        "Relief operations were hampered by rain after the floods killed nine.",
    ],
)
def test_the_work_of_saving_people_names_no_operation(text: str) -> None:
    assert not {"operation", "operations"} & set(kinds(text))


def test_an_operation_by_troops_is_still_one() -> None:
    assert "operation" in kinds("Troops killed four militants in an operation in the hills.")


def test_a_forces_rescue_operation_is_an_operation() -> None:
    assert "operation" in kinds("Nine hostages died in a failed rescue operation by troops.")
