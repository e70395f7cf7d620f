"""Issue #11, precision: a victim named without a numeral whom the report's toll counts
already: one an ordinal ranks within a toll before ("a fifth worker has succumbed" after the
toll rose to five), one named after a toll of their harm ("a soldier who had been among
the 10 injured succumbed", "a sergeant, 34, from Brinton, died"), and one a toll referring
back counts ("This raises the death toll to five"). Sentences, people and places we
invented."""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import counted_figures

if TYPE_CHECKING:
    from spacy.language import Language

PUB = dt.date(2031, 3, 4)

figures = functools.partial(counted_figures, published=PUB)

TOLL_FIVE = "The toll from Monday's blast at the Halvern plant rose to five on Wednesday. "
FOUR_DEAD = "Four workers died after Monday's blast at the Halvern plant. "
TOLL_ELEVEN = "The death toll from the ambush near Tarnak rose to eleven on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TOLL_FIVE + "A fifth worker has succumbed to burns, the company said.",
         [("killed", 5)]),
        (TOLL_FIVE + "A 5th worker died of his burns in the Norvik burn unit.",
         [("killed", 5)]),
        (TOLL_FIVE + "A third worker died of burns on Tuesday.", [("killed", 5)]),
        # the rank is one past the count before: the toll it moves to
        (FOUR_DEAD + "A fifth worker has succumbed to burns, the company said.",
         [("killed", 4), ("killed", 5)]),
        # no rank: someone the report did not count
        (FOUR_DEAD + "A worker from the night shift died of burns on Tuesday.",
         [("killed", 4), ("killed", 1)]),
        # the rank of the hurt is no count of the dead
        ("Five workers were hurt in Monday's blast at the Halvern plant. A fifth worker"
         " has died of burns.", [("injured", 5), ("killed", 1)]),
    ],
)
def test_a_victim_ranked_within_a_toll_is_no_new_death(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (TOLL_ELEVEN + "A soldier who had been among the 10 injured succumbed at the regional"
         " hospital on Monday.", [("killed", 11), ("injured", 10)]),
        (TOLL_ELEVEN + "A policeman among those wounded in the attack died on Monday.",
         [("killed", 11)]),
        # no toll before: the hurt who died is one more dead
        ("Ten soldiers were killed and 10 injured in the ambush near Tarnak on Sunday. A"
         " soldier who had been among the injured died on Monday.",
         [("killed", 10), ("injured", 10), ("killed", 1)]),
        # a victim described after a toll of their harm is one it counts
        (TOLL_ELEVEN + "A sergeant, 34, from Brinton, died late on Monday at a hospital in"
         " Norvik.", [("killed", 11)]),
        # "another", or one "also" killed, is someone more; so is a victim of another harm
        (TOLL_ELEVEN + "Another soldier died in hospital on Monday.",
         [("killed", 11), ("killed", 1)]),
        (TOLL_ELEVEN + "A civilian was also killed in the crossfire.",
         [("killed", 11), ("killed", 1)]),
        (TOLL_ELEVEN + "A woman was wounded in the crossfire.", [("killed", 11), ("injured", 1)]),
        # a toll of one group counts no one of another
        ("The toll of militants killed in the gunfight rose to three on Monday. A soldier was"
         " critically injured on Sunday and later succumbed at a hospital.",
         [("killed", 3), ("killed", 1)]),
        ("The toll of militants killed in the gunfight rose to three on Monday. A militant who"
         " had been wounded died in hospital.", [("killed", 3)]),
    ],
)
def test_a_victim_after_a_toll_of_their_harm_is_in_the_toll(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A worker died of his burns on Tuesday. This raises the death toll in the blast to"
         " five.", [("killed", 5)]),
        ("A foreman died late Tuesday at a burn unit in Norvik. That takes the number of"
         " workers killed to five.", [("killed", 5)]),
        # a toll that does not refer back, or counts another harm
        ("A worker died of his burns on Tuesday. The toll from the two blasts stands at"
         " five.", [("killed", 1), ("attacks", 2), ("killed", 5)]),
        ("A worker died of his burns on Tuesday. This raises the number of injured to five.",
         [("killed", 1), ("injured", 5)]),
    ],
)
def test_a_toll_referring_back_counts_the_victim_before(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected


ONE_SHOT = "One guard was shot dead when robbers stormed a bank in Velmar on Friday. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second victim after a count of one moves the toll to two; a third is someone more
        (ONE_SHOT + "A second guard died later in hospital.", [("killed", 1), ("killed", 2)]),
        (ONE_SHOT + "A third victim succumbed to his wounds on Saturday.",
         [("killed", 1), ("killed", 1)]),
        (ONE_SHOT + "A second guard was wounded in the leg.", [("killed", 1), ("injured", 1)]),
        # no rank: the one counted, told again
        (ONE_SHOT + "A guard died later in hospital.", [("killed", 1)]),
        # the count before reaches the rank: one it counted
        ("Two guards were shot dead when robbers stormed a bank in Velmar on Friday. A second"
         " guard died later in hospital.", [("killed", 2)]),
    ],
)
def test_a_second_victim_after_a_count_of_one_is_one_more(
    nlp: Language, text: str, expected: list[tuple[str, float]]
) -> None:
    assert figures(nlp, text) == expected
