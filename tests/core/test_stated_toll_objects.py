"""Issue #11, stated tolls in desk copy: the toll a verb puts is its object, not its subject
("the ministry's updated toll put the number of wounded at eight"); the earlier figure a toll
moved from ("up from six", "updated the figure from the 19 it gave") counts what the toll
counts, and "the figure" what was counted just before (a harm, or people the kidnappers
took); a long object may carry the figure's "at"/"to" ("puts the number of people killed
since the start of May at 36", "bringing the number of people charged in the raid to two").
Sentences we wrote; positive and negative cases."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

figures = functools.partial(counted_figures, published=dt.date(2031, 6, 2))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object names the toll; the subject's "toll" is only its source
        ("The agency's revised toll put the number of injured at seven.", [("injured", 7)]),
        # the earlier figure, after "up from"
        (
            "Gunmen raided a market on Monday, killing four people and wounding six. The agency "
            "put the number of wounded at nine on Tuesday, up from six given on Monday.",
            [("killed", 4), ("injured", 6), ("injured", 9), ("injured", 6)],
        ),
        # "the figure" stands for the harm counted just before it
        (
            "A roof fell in at the station on Monday, leaving 14 people injured, according to the "
            "agency, which updated the figure from the 11 it had given on Sunday.",
            [("injured", 14), ("injured", 11)],
        ),
        (
            "Officials said 12 passengers were abducted. The police had earlier put the figure "
            "at 9.",
            [("kidnapped", 12), ("kidnapped", 9)],
        ),
        # the figure's "at" on the last noun of a long toll
        (
            "The agency's count puts the number of people killed in raids since the start of "
            "March at 41.",
            [("killed", 41)],
        ),
        # people charged, brought to a figure, are held: arrests
        (
            "Police detained a 22-year-old man on Friday, bringing the number of people charged "
            "in the robbery to three.",
            [("arrested", 3)],
        ),
        # "the figure" stands for the people the kidnappers took
        (
            "Gunmen abducted 12 passengers from a bus on Monday. An official said the kidnappers "
            "had taken 12 men, but three were freed within an hour. Police had earlier put the "
            "figure at 10.",
            [("kidnapped", 12), ("kidnapped", 12), ("kidnapped", 10)],
        ),
        # a quoted toll list: each figure keeps its own harm word
        (
            'A source in the capital put the toll at "12 dead and around 15 wounded" among the '
            "troops.",
            [("killed", 12), ("injured", 15)],
        ),
        # headlines: a toll the harm participle before it names; a toll with its figure
        (
            "Police arrest man in deadly Elm Street party shooting; wounded count rises to seven",
            [("injured", 7)],
        ),
        ("Bihar land feud: toll 4, seven held", [("killed", 4), ("arrested", 7)]),
        ("The updated count rose to 12 on Monday.", []),
        ("Route 4, the highway to the coast, reopened.", []),
        # negatives: towns taken are no captives; an earlier figure of no toll, a figure of
        # things, people only questioned
        ("Rebels took 12 towns in the north. Officials put the figure at 10.", []),
        # the count a year before is a count of its own, however the tagger dates it
        (
            "Police arrested 12 people, up from 9 a year before.",
            [("arrested", 12), ("arrested", 9)],
        ),
        ("The flood left 30 houses damaged, and officials updated the figure from the 25 they "
         "had given.", []),
        ("Police said the number of people questioned in the robbery rose to three.", []),
        ("The agency's count puts the number of houses built since the start of March at 41.", []),
    ],
)
def test_stated_toll_objects(nlp: Language, text: str, expected: list[tuple[str, float]]) -> None:
    assert figures(nlp, text) == expected
