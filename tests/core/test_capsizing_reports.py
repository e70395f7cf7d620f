"""A boat's capsizing, as a desk writes it: a conjunct with a verb of its own ("... drowned and
19 were rescued") never borrows the first clause's harm; an event whose figures count no
arrest is never labelled an arrest for its lead's detention; bodies pulled out so far are a
part of the toll, never fewer than it. Sentences we wrote; positive and negative cases."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from core.group.conflicts import find_conflicts
from core.model import Conflict, Event
from tests.core.claim_factory import Batch, counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 5, 6)

figures = functools.partial(counted_figures, published=PUB)

LINE = "KALEMBA, May 6 (Reuters) - "


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the conjunct's own verb says what befell it: no harm, not the drowned
        (
            "At least 11 people drowned and 19 were rescued when a boat capsized on Lake "
            "Orvanu on Friday, police said.",
            [("killed", 11)],
        ),
        (
            "At least 8 people drowned and 25 survived when a ferry capsized on the Semo "
            "river on Friday, police said.",
            [("killed", 8)],
        ),
        # a harm verb of its own is the conjunct's measure
        (
            "At least 8 people drowned and 25 were injured when a ferry capsized on the Semo "
            "river on Friday, police said.",
            [("killed", 8), ("injured", 25)],
        ),
        # the forms where the second figure's harm is its own keep reading
        (
            "Six people were killed and 14 injured when a bus overturned on Friday.",
            [("killed", 6), ("injured", 14)],
        ),
        (
            "Five died and three were wounded when gunmen opened fire on Friday.",
            [("killed", 5), ("injured", 3)],
        ),
        (
            "Two were shot dead and four others were hurt in a raid on Friday.",
            [("killed", 2), ("injured", 4)],
        ),
        # conjuncts that share one predicate still share it
        (
            "Gunmen killed 5 soldiers and 3 civilians near the border on Friday.",
            [("killed", 5), ("killed", 3)],
        ),
    ],
)
def test_a_conjunct_with_its_own_verb(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, LINE + text) == expected


def _events(texts: list[str]) -> list[Event]:
    from core.ingest.files import from_text
    from core.pipeline import run_documents
    from core.settings import DEFAULT_SETTINGS

    docs = [
        from_text(text, doc_id=f"d{i}", path=f"{i}.txt", published=PUB)
        for i, text in enumerate(texts)
    ]
    return list(run_documents(docs, settings=DEFAULT_SETTINGS).events)


@pytest.mark.slow
def test_a_drowning_is_no_arrest_for_its_captain_detained() -> None:
    (event,) = _events([
        LINE + "At least 11 people drowned on Lake Orvanu on Friday, police said.\n\n"
        "The captain of the boat was detained for questioning, they said.",
    ])
    assert event.kind != "arrest"
    assert "arrest" not in event.label


@pytest.mark.slow
def test_a_capsizing_is_a_disaster() -> None:
    (event,) = _events([
        LINE + "Nine people were killed when a ferry capsized on Lake Orvanu on Friday."
    ])
    assert event.kind == "disaster"


@pytest.mark.slow
def test_an_event_counting_arrests_keeps_its_arrest() -> None:
    events = _events([
        LINE + "Police arrested four men in Kalemba on Friday over the theft of cattle.\n\n"
        "The four were detained overnight, police said.",
    ])
    assert [e.kind for e in events] == ["arrest"]


def _conflicts(b: Batch) -> tuple[Conflict, ...]:
    event = Event(id="e1", label="test", claim_ids=tuple(c.id for c in b.claims))
    return find_conflicts([event], b.claims, documents=b.documents())


def _bodies(b: Batch, doc: str, sentence: str, figure: str, value: float) -> str:
    cid = b.add(doc, sentence, figure, value, subject="bodies")
    b.claims[-1] = dataclasses.replace(b.claims[-1], rule="noun:body")
    return cid


def test_fewer_bodies_than_an_open_toll_do_not_contradict_it() -> None:
    b = Batch()
    b.add("d1", "At least 14 people drowned when the ferry capsized.", "At least 14", 14,
          qualifier="at_least", subject="people")
    _bodies(b, "d1", "Divers pulled out eleven bodies before dark.", "eleven", 11)
    kinds = [x.kind for x in _conflicts(b)]
    assert "contradiction" not in kinds


def test_more_bodies_than_an_exact_toll_contradict_it() -> None:
    b = Batch()
    b.add("d1", "Fourteen people drowned when the ferry capsized.", "Fourteen", 14,
          subject="people")
    _bodies(b, "d1", "Divers have pulled out 16 bodies so far.", "16", 16)
    assert [x.kind for x in _conflicts(b)] == ["contradiction"]


def test_a_count_not_of_bodies_still_contradicts_an_open_toll() -> None:
    b = Batch()
    b.add("d1", "At least 14 people drowned when the ferry capsized.", "At least 14", 14,
          qualifier="at_least", subject="people")
    b.add("d1", "Eleven people died in the accident, the police said.", "Eleven", 11,
          subject="people")
    assert [x.kind for x in _conflicts(b)] == ["contradiction"]
