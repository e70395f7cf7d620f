"""Issue #11, detection: counts stated of a group rather than moved by a verb of harm. A toll
a bare "figure" or "tally" (or "it") stands for after the casualties were named; a group
named by its harm that "numbers" its count; "the three other injured"; "all but nine were
freed"; people rescued beside the dead; and a lead's figure right after a dated dateline.
Sentences, people and places we invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import core_claims_by_text, counted_figures, read_claims

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)

figures = functools.partial(counted_figures, published=PUB)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare toll noun after the casualties it counts were named
        ("Officials put the number of miners hurt in the collapse at Orvel at 16 on Monday. By"
         " Tuesday the figure had risen to 22.", [("injured", 16), ("injured", 22)]),
        ("Rescuers at Orvel pulled out more bodies on Tuesday. The dead were farm workers. The"
         " tally has climbed to nine, the mayor said.", [("killed", 9)]),
        ("A storm flattened huts near Orvel on Monday. The death toll was unclear on Tuesday;"
         " farmers put it at \"around 15\".", [("killed", 15)]),
        # nothing before names a casualty: the figure counts what it does not say
        ("A storm flattened huts near Orvel on Monday. By Tuesday the figure had risen to 22.",
         []),
        ("Turnout at the Orvel fair reached 4,000 on Monday. The figure has risen to 5,000.",
         []),
        # an event named before is no casualty a bare figure counts
        ("Two blasts hit Orvel on Monday. The tally has climbed to nine, the mayor said.",
         [("attacks", 2)]),
    ],
)
def test_a_bare_toll_noun_counts_the_casualties_named_before(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A van fell into a gorge near Tarsel on Sunday. The dead now number seven, the"
         " police said.", [("killed", 7)]),
        ("The injured now number more than 40, doctors at Tarsel said.", [("injured", 40)]),
        ("The wounded totalled 12 by evening.", [("injured", 12)]),
        ("Those detained now number 15.", [("arrested", 15)]),
        # a group named by no harm
        ("The marchers numbered about 2,000.", []),
        ("The villagers now number 300.", []),
    ],
)
def test_a_group_named_by_its_harm_numbers_its_count(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A grenade killed two traders at a market in Tarsel. The three other injured were"
         " taken to a hospital in Norvik.", [("killed", 2), ("injured", 3)]),
        ("A grenade killed two traders at a market in Tarsel. Four other wounded were flown"
         " to Norvik.", [("killed", 2), ("injured", 4)]),
        ("A shell hit a bus near Tarsel, killing two passengers. The four surviving victims"
         " were flown to Norvik.", [("killed", 2), ("injured", 4)]),
        ("Rebels freed six of the captives on Friday. The two remaining hostages are still"
         " held near Tarsel.", [("kidnapped", 6), ("kidnapped", 2)]),
        # no harm after the word: the counted are no casualties
        ("A grenade killed two traders at a market in Tarsel. The three other stalls were"
         " closed.", [("killed", 2)]),
    ],
)
def test_a_figure_counts_the_group_past_other_or_remaining(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # still held: counted as the held were counted
        ("Gunmen seized 30 passengers from a bus near Tarsel on Friday. All but nine were"
         " freed on Sunday.", [("kidnapped", 30), ("kidnapped", 9)]),
        ("Gunmen seized 30 passengers from a bus near Tarsel on Friday. The gunmen released"
         " all but nine on Sunday.", [("kidnapped", 30), ("kidnapped", 9)]),
        ("Police detained 60 marchers in Tarsel on Friday. All but nine were released on bail.",
         [("arrested", 60), ("arrested", 9)]),
        ("All but two of the hostages were freed on Sunday.", [("kidnapped", 2)]),
        # the spared of a harm are no count of it; those who did not survive are dead
        ("Rebels ambushed a patrol near Tarsel. All but nine of the soldiers were killed.", []),
        ("A ferry sank off Tarsel with 30 people on board. All but two survived.",
         [("killed", 2)]),
        # no one held before: a figure of the incident, no count of the held
        ("All but two of the 30 passengers were rescued after the ferry sank.", []),
    ],
)
def test_all_but_n_counts_those_the_predicate_spares(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A ferry overturned near Tarsel on Sunday. Eleven drowned and 16 were rescued.",
        "A ferry overturned near Tarsel on Sunday. 11 people drowned while 16 were rescued.",
    ],
)
def test_people_rescued_beside_the_dead_are_a_figure_of_their_own(
    nlp: Language, text: str
) -> None:
    claims = read_claims(nlp, text, PUB)
    assert [(c.measure, c.value) for c in claims] == [("killed", 11), ("other", 16)]


LEADS = {
    "TARSEL, March 2 - Eleven drowned and 16 were rescued when a ferry overturned on"
    " Sunday.": [("killed", 11)],
    "NORVIK, March 2 — 23 people were killed when a bus fell into a canal on Sunday.":
    [("killed", 23)],
    "NORVIK, March 2 (Wirenews) - Nine died when a bus fell into a canal on Sunday.":
    [("killed", 9)],
    # a word first: the dateline stays in the parse, as it always did
    "NORVIK, March 2 - A bus fell into a canal on Sunday, killing 23 people.":
    [("killed", 23)],
}


def test_a_figure_right_after_a_dated_dateline_is_read_whole() -> None:
    found = core_claims_by_text(list(LEADS), PUB)
    assert {text: [(c.measure, c.value) for c in claims] for text, claims in found.items()} == (
        LEADS
    )
    assert [c.number_text for c in found[next(iter(LEADS))]] == ["Eleven"]
