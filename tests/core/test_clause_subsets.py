"""Issue #11, detection: a part after "including" that the parser hung on the noun a reported
clause hangs on ("said in a statement that nine people had died, including four guards"), or
on the noun of the verb's phrase ("14 people had been arrested in the raids, including five
women"), is a part of that clause's figure and takes its measure; victims a coroner or the police
identified or named ("had identified 9 victims", "named the four victims") are the dead,
unless a clause of their own says what befell them. Sentences we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said in a statement that nine people had died, including four guards.",
         [("nine", "killed"), ("four", "killed")]),
        ("The army said in a statement that six soldiers were wounded, including two officers.",
         [("six", "injured"), ("two", "injured")]),
        ("Police gave a statement saying that 14 people were arrested, including five women.",
         [("14", "arrested"), ("five", "arrested")]),
        # hung on the noun of the verb's phrase after it
        ("Police said on Tuesday that 14 people had been arrested in the raids, including five "
         "women.", [("14", "arrested"), ("five", "arrested")]),
        ("Officials said that at least 30 villagers had been killed in the attack, including 12 "
         "women.", [("at least 30", "killed"), ("12", "killed")]),
        # no figure in the clause before the part: nothing to be a part of; things are no
        # part of the people counted
        ("The statement said the blast hit a market, including two shops.", []),
        ("Gunmen killed five people in attacks on several villages, including two churches.",
         [("five", "killed")]),
    ],
)
def test_a_part_hung_on_the_noun_before_a_clause_is_of_the_clauses_figure(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coroner said it had identified 9 victims.", [("9", "killed")]),
        ("Nine victims have been identified, the coroner said.", [("Nine", "killed")]),
        ("Police named the four victims on Tuesday.", [("four", "killed")]),
        # suspects identified; victims whose own clause tells their harm
        ("Police identified two suspects on Tuesday.", []),
        ("Police have identified two victims of the assault who were treated in hospital.", []),
    ],
)
def test_victims_identified_or_named_are_the_dead(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected
