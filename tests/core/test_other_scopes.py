"""Uncategorised (``other``) figures of one event compared when they count the same role."""

from __future__ import annotations

import pytest

from core.export.jsonfile import conflict_row
from core.group.conflicts import find_conflicts, scope
from core.group.other_scopes import stem
from core.model import Conflict, Event, Qualifier
from tests.core.claim_factory import Batch

Side = tuple[str, str, float, Qualifier, str | None]


def compared(first: Side, second: Side) -> tuple[Conflict, ...]:
    """The conflicts of two reports' ``other`` figures put in one event."""
    b = Batch()
    for doc, (sentence, figure, value, qualifier, subject) in zip(
        ("d1", "d2"), (first, second), strict=True
    ):
        b.report(doc, published="2026-05-11", outlet=f"Outlet {doc}")
        b.add(doc, sentence, figure, value, qualifier=qualifier, measure="other",
              subject=subject)
    event = Event(id="e1", label="test", claim_ids=tuple(c.id for c in b.claims))
    return find_conflicts([event], b.claims, documents=b.documents())


@pytest.mark.parametrize(
    ("first", "second", "counted"),
    [
        (("At least 64 prisoners escaped from the sub-jail.", "At least 64", 64, "at_least",
          "prisoners"),
         ("Jail officials said 80 inmates fled after the wall was breached.", "80", 80,
          "exact", "inmates"), "prisoners who escaped"),
        (("Some 75 convicts escape from district prison", "Some 75", 75, "approx", "convicts"),
         ("Of the 90 escapees, 20 were caught by Sunday.", "90", 90, "exact", "escapees"),
         "prisoners who escaped"),
        (("About 15 gunmen took part in the raid on the depot.", "About 15", 15, "approx",
          "gunmen"),
         ("Nearly 30 attackers were involved, a police officer said.", "Nearly 30", 30,
          "nearly", "attackers"), "attackers"),
        (("A mob of about 300 villagers surrounded the police post.", "about 300", 300,
          "approx", "villagers"),
         ("A crowd of 1,000 people gathered outside the station.", "1,000", 1000, "exact",
          "people"), "crowd"),
    ],
)
def test_figures_of_one_role_are_compared_whatever_noun_each_report_uses(
    first: Side, second: Side, counted: str
) -> None:
    (conflict,) = compared(first, second)
    assert conflict.kind in ("contradiction", "divergent")
    assert conflict.measure == "other"
    assert conflict.counted == counted
    assert conflict.explanation.startswith(f"{counted}: ")
    assert conflict_row(conflict)["counted"] == counted


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # the prisoners who escaped and those caught again, or still at large
        (("At least 64 prisoners escaped from the sub-jail.", "At least 64", 64, "at_least",
          "prisoners"),
         ("So far 20 inmates have been recaptured, police said.", "20", 20, "exact",
          "inmates")),
        (("At least 64 prisoners escaped from the sub-jail.", "At least 64", 64, "at_least",
          "prisoners"),
         ("About 40 escapees remain at large.", "About 40", 40, "approx", "escapees")),
        # another noun: the guards who fled are not the prisoners who escaped
        (("At least 64 prisoners escaped from the sub-jail.", "At least 64", 64, "at_least",
          "prisoners"),
         ("Only six guards fled the compound.", "six", 6, "exact", "guards")),
        # the attackers who took part and those who gave themselves up
        (("About 15 gunmen took part in the raid on the depot.", "About 15", 15, "approx",
          "gunmen"),
         ("Nine militants surrendered to the army later.", "Nine", 9, "exact", "militants")),
        # a crowd and the villagers who lost their homes
        (("A mob of about 300 villagers surrounded the police post.", "about 300", 300,
          "approx", "villagers"),
         ("Some 120 villagers were left homeless by the fire.", "Some 120", 120, "approx",
          "villagers")),
    ],
)
def test_figures_of_different_things_are_never_compared(first: Side, second: Side) -> None:
    assert compared(first, second) == ()


def test_forms_of_one_verb_count_the_same_thing() -> None:
    (conflict,) = compared(
        ("About 40 houses were destroyed by the blaze.", "About 40", 40, "approx", "houses"),
        ("The mob set fire to the market, destroying 55 houses.", "55", 55, "exact", "houses"),
    )
    assert conflict.counted == "houses destroyed"
    assert stem("escaped") == stem("escapes") == stem("escape")
    assert stem("fled") == "fled"


def test_a_core_measure_names_its_own_count() -> None:
    b = Batch()
    b.add("d1", "At least 64 people were killed.", "At least 64", 64, qualifier="at_least")
    b.add("d2", "Officials said 80 people were killed.", "80", 80)
    event = Event(id="e1", label="test", claim_ids=tuple(c.id for c in b.claims))
    (conflict,) = find_conflicts([event], b.claims, documents=b.documents())
    assert conflict.counted == ""
    assert "counted" not in conflict_row(conflict)
    assert scope(b.claims[0]) == "all"
