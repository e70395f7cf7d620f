"""One person an active verb does "to death" is one dead, whatever the verb, as a numeral
object already is (issue #11, figures): "militants hacked a sarpanch to death", "a mob beat a
suspected thief to death", "stoned a man and his son to death". A figure of speech ("frightened
a neighbour to death") and a verdict ("sentenced a man to death") count no one. Sentences we
wrote."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import claim_fields

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 9, 17)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suspected rebels hacked a sarpanch to death in Tarvel on Monday.",
         [("killed", 1, "a sarpanch")]),
        ("A mob beat a suspected thief to death in Tarvel on Monday, police said.",
         [("killed", 1, "a suspected thief")]),
        ("Villagers stoned a man and his son to death near Tarvel.",
         [("killed", 2, "a man and his son")]),
        ("Gunmen hacked a herdsman to death and wounded two others in Tarvel.",
         [("killed", 1, "a herdsman"), ("injured", 2, "two")]),
    ],
)
def test_an_object_done_to_death_is_dead(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert claim_fields(nlp, text, PUB, "measure", "value", "number_text") == expected


@pytest.mark.parametrize(
    "text",
    [
        "The news frightened a neighbour to death, she joked.",
        "The long speech bored a visitor to death.",
        "The ghost stories frightened two campers to death, the guide joked.",
        "A court in Tarvel sentenced a man to death on Monday.",
    ],
)
def test_a_figure_of_speech_or_a_verdict_counts_no_one(nlp: Language, text: str) -> None:
    assert ("killed",) not in claim_fields(nlp, text, PUB, "measure")


def test_a_person_the_parser_cut_in_two_is_not_half_of_them(nlp: Language) -> None:
    # "mama" hung on the verb: "his baby" is no one killed
    text = "The Tarvel man blasted his baby mama to death in a fit of rage on Sunday."
    assert ("his baby",) not in claim_fields(nlp, text, PUB, "number_text")

