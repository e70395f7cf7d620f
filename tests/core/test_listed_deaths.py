"""Issue #11, deaths told as a list or a result: a list of people with a numeral in it counts
a member named with an article as one person by the parse, whatever trade the noun names
("two constables and a porter were killed" is 3, as "two policemen and a civilian" is);
"left two guards and a cook dead" says the state of the whole list, however the parser hung
it; "the dead comprised ..." restates the dead; "five accused were arrested" counts the
accused though the tagger reads a participle. Sentences and people we invented; positive
and negative cases."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

pytestmark = pytest.mark.slow

PUB = dt.date(2031, 7, 14)
figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member the victim-word table does not know, named with its article
        ("Two constables and a porter were killed when gunmen fired on the post.", [("killed", 3)]),
        ("Three herders and a trader were shot dead by bandits near the ford.", [("killed", 4)]),
        ("Two guards and a cook died in the fire at the lodge, officials said.", [("killed", 3)]),
        ("The gunmen killed two wardens and a ferryman at the jetty.", [("killed", 3)]),
        # the state after the list, hung on its last member or read as a noun of its own
        ("The ambush left three policemen and a ferryman dead near the ford.", [("killed", 4)]),
        ("The blast left two children and a woman injured, police said.", [("injured", 3)]),
        ("The raid left two soldiers and a civilian dead, the army said.", [("killed", 3)]),
        # a harm the verb names only with its object or its phrase: the members share the
        # predicate their numbered member's figure was read on
        ("Three miners and an engineer lost their lives when the shaft flooded.",
         [("killed", 4)]),
        ("A farmer and his two nephews were hacked to death over the land.", [("killed", 3)]),
        # a group restated as those it was
        ("The dead comprised four wardens and two drivers, the statement said.",
         [("killed", 4), ("killed", 2)]),
        # a person noun the tagger reads as a participle
        ("Five accused were arrested on Friday, the police said.", [("arrested", 5)]),
    ],
)
def test_listed_deaths_are_counted(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no numeral in the list: no member outside the table is guessed at
        ("A sexton and a porter were hurt in the crash.", []),
        # a thing or a group beside the counted people is no person
        ("Two soldiers and a truck were hit by the rocket.", []),
        ("Two wardens and a vehicle were lost in the flood, the statement said.", []),
        ("Two soldiers and a horse were killed when the shell hit the camp.", [("killed", 2)]),
        # a part of the dead: the figure, not the list
        ("Two wardens and a ferryman were among the dead.", [("killed", 2)]),
        # one person with no count beside them, or a loss that is no harm
        ("The ferryman lost his life in the storm.", []),
        ("Two wardens lost their posts and a clerk was fined.", []),
        # no list: "a total of" counts the people once
        ("The mayor said a total of 10 residents had been killed in the floods.",
         [("killed", 10)]),
        # a team is no group of the dead
        ("The team comprised four doctors and two nurses.", []),
        # the accused not held
        ("Five accused were named in the charge sheet on Monday.", []),
    ],
)
def test_what_is_no_listed_death(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
