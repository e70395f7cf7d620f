"""Parts of a toll told by kind, and people named by what they were before a harm befell them:
captives whose own predicate says they died or were hurt are dead or hurt ("two hostages were
among the dead"), not held; "among the 152 dead" names the group by its figure; "17 of the
guards killed were conscripts" is a part of the dead; "the 20 slain rebels" are dead; people
of the hurt who "could not be saved" died; a "who" clause the parser hung on the body the
counted people belong to is said of them. Sentences, people and places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Doc

from core.extract.participants import among_group
from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The raiders took 15 guests hostage at the inn. Two captives were among the dead, an "
         "official added.", [("15", "kidnapped"), ("Two", "killed")]),
        ("The gunmen killed two hostages on Sunday.", [("two", "killed")]),
        ("Three detainees were injured in the riot at the jail.", [("Three", "injured")]),
        # no harm befell them: the captivity the noun names is what is counted
        ("Two hostages were freed on Monday.", [("Two", "kidnapped")]),
        ("The rebels threatened to kill three hostages.", [("three", "kidnapped")]),
    ],
)
def test_captives_a_harm_befell_count_in_that_harm(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police said 9 of the soldiers killed were border guards.", [("9", "killed")]),
        ("Among the 152 dead were 38 farmers and 24 rebels, while 17 of the security personnel "
         "killed were policemen.",
         [("152", "killed"), ("38", "killed"), ("24", "killed"), ("17", "killed")]),
        ("Of the 20 slain rebels, six were teenagers, police said.",
         [("20", "killed"), ("six", "killed")]),
        # a participle with an object of its own is the part's own deed; one of no harm says
        # nothing of what befell the group
        # (the guard is one dead of their deed, told first: ``object_victim:definite``)
        ("Two of the men killed the guard before fleeing.", [("the guard", "killed")]),
        ("Three of the students invited were absent.", []),
        # one person slain: the harm is not shared by the conjuncts beside them
        ("Police say the video shows the guard was not endangered by the slain boy, Tomas "
         "Reyes, or two other boys, ages 13 and 16.", []),
    ],
)
def test_a_part_of_a_group_its_harm_names(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected


def _among(nlp: Language, word: str) -> Doc:
    """ "Among the 152 <word> were 38 farmers", with the word hung beside the figure on the
    preposition, as the parser may leave it."""
    return Doc(
        nlp.vocab,
        words=["Among", "the", "152", word, "were", "38", "farmers"],
        heads=[4, 2, 0, 0, 4, 6, 4],
        deps=["prep", "det", "pobj", "amod", "ROOT", "nummod", "nsubj"],
        pos=["ADP", "DET", "NUM", "ADJ", "AUX", "NUM", "NOUN"],
        tags=["IN", "DT", "CD", "JJ", "VBD", "CD", "NNS"],
        lemmas=["among", "the", "152", word, "be", "38", "farmer"],
    )


@pytest.mark.parametrize(
    ("word", "expected"), [("dead", "killed"), ("injured", "injured"), ("local", None)]
)
def test_the_figure_names_the_group_with_its_harm(
    nlp: Language, word: str, expected: str | None
) -> None:
    reading = among_group(_among(nlp, word)[4])
    assert (reading.measure if reading is not None else None) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We received nine injured from the market and three of them could not be saved '
         'despite our efforts," a doctor said.', [("nine", "injured"), ("three", "killed")]),
        ("Doctors treated 12 wounded soldiers; two could not be revived.",
         [("12", "injured"), ("two", "killed")]),
        # saved people live
        ("Nine people were hurt, and three of them were saved by the surgeons.",
         [("Nine", "injured"), ("three", "injured")]),
        # a "who" clause on the body the people belong to is said of the people
        ("Three guards of the convoy who were injured on Sunday are stable and undergoing "
         "treatment at a hospital in Varna, officials said.", [("Three", "injured")]),
        ("Two sons of the men who died on Sunday spoke to reporters.", []),
        ("Two officers of the unit which was attacked on Sunday spoke to reporters.", []),
    ],
)
def test_what_befell_people_of_the_hurt(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected
