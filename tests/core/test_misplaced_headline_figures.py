"""Figures of a headline the parser hung in the wrong place: the first of a comma list of people
whose participle follows the last ("2 policemen, 6 fighters killed in encounter") is counted
in that harm; a figure after a measure verb hung on it as its number ("Raiders abduct 27")
is the verb's object. Sentences, people and places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Doc

from core.extract.misplaced_figures import count_hung_on_verb
from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 policemen, 6 BIFF fighters killed in Varna encounter",
         [("2", "killed"), ("6", "killed")]),
        ("2 soldiers, 5 armed men killed in Mersa del Sur clash",
         [("2", "killed"), ("5", "killed")]),
        # things in the list, or a list no participle closes, are no people harmed
        ("3 cars, 8 people burnt in Orlen fire", []),
        ("Police said 4 suspects, 2 of them women, were arrested.",
         [("4", "arrested"), ("2", "arrested")]),
    ],
)
def test_the_first_of_a_headline_list_shares_its_participle(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected


def _hung(nlp: Language, verb: str, lemma: str) -> Doc:
    """ "Raiders <verb> 27": the figure hung on the verb as its number."""
    return Doc(
        nlp.vocab,
        words=["Raiders", verb, "27"],
        heads=[1, 1, 1],
        deps=["nsubj", "ROOT", "nummod"],
        pos=["NOUN", "VERB", "NUM"],
        tags=["NNS", "VBP", "CD"],
        lemmas=["raider", lemma, "27"],
    )


@pytest.mark.parametrize(
    ("verb", "lemma", "expected"),
    [("abduct", "abduct", "kidnapped"), ("kill", "kill", "killed"), ("visit", "visit", None)],
)
def test_a_figure_hung_on_a_measure_verb_is_its_object(
    nlp: Language, verb: str, lemma: str, expected: str | None
) -> None:
    reading = count_hung_on_verb(_hung(nlp, verb, lemma)[2])
    assert (reading.measure if reading is not None else None) == expected
