"""A figure's harm said by a state or a wound rather than a verb (issue #11), on sentences we
wrote: a patient's condition in a headline list, a harm people carry, a modifier that makes a
noun another measure, the next verb of a list. One case per line, positive and negative."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from spacy.tokens import Doc

from core.extract.readings import read_figure
from tests.core.claim_factory import Figures, core_claims_by_text
from tests.core.claim_factory import core_figures as figures

if TYPE_CHECKING:
    from spacy.language import Language

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare condition after a figure: that many hurt, not more of the dead before it
        ("3 dead, 2 critical in crash near Salem", [(3, "killed"), (2, "injured")]),
        ("One dead, one critical after fire at apartment complex", [(1, "killed"), (1, "injured")]),
        ("2 dead, 1 critical in shooting at rural hog farm", [(2, "killed"), (1, "injured")]),
        ("4 dead, 1 serious after bus crash", [(4, "killed"), (1, "injured")]),
        # a condition word before a noun, or "critical of", says nothing of anyone's health
        ("The panel found 3 critical flaws in the design.", []),
        ("Of the senators, 5 critical of the plan voted no.", []),
        ("2 dead, 1 wounded in stabbing at Oak Street pizza shop", [(2, "killed"), (1, "injured")]),
    ],
)
def test_a_headline_figures_condition(nlp: Language, text: str, expected: Figures) -> None:
    assert figures(nlp, text) == expected


def test_a_preposition_ends_the_figures_phrase(nlp: Language) -> None:
    """The parser may hang a headline's "1" on the last noun of the line, past "in" and "at"
    ("1 injured in shooting at Pine County hog farm"): the farm is not what it counts."""
    doc = Doc(
        nlp.vocab,
        words=["3", "dead", ",", "1", "injured", "in", "shooting", "at", "Pine", "County", "hog",
               "farm"],
        heads=[1, 1, 1, 11, 3, 4, 5, 6, 9, 7, 11, 1],
        deps=["nummod", "ROOT", "punct", "nummod", "acl", "prep", "pcomp", "prep", "compound",
              "pobj", "compound", "appos"],
        pos=["NUM", "ADJ", "PUNCT", "NUM", "VERB", "ADP", "VERB", "ADP", "PROPN", "PROPN",
             "NOUN", "NOUN"],
        tags=["CD", "JJ", ",", "CD", "VBN", "IN", "VBG", "IN", "NNP", "NNP", "NN", "NN"],
        lemmas=["3", "dead", ",", "1", "injure", "in", "shooting", "at", "Pine", "County", "hog",
                "farm"],
    )
    reading = read_figure(doc[3], doc[3:4])
    assert reading is not None
    assert reading.measure == "injured"
    # a noun right after the figure is still what it counts
    assert read_figure(doc[0], doc[0:1]) is not None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officers found two other people who had gunshot wounds.", [(2, "injured")]),
        ("Two men who had serious injuries were flown out.", [(2, "injured")]),
        ("Deputies found three men with gunshot wounds in the yard.", [(3, "injured")]),
        # none carried, or no harm
        ("Four workers who had no wounds walked out.", []),
        ("Three people who had guns were arrested.", [(3, "arrested")]),
        ("Ten children with flu symptoms stayed home.", []),
        # what happened to them says more than what they carried
        ("Three men with gunshot wounds were killed, police said.", [(3, "killed")]),
    ],
)
def test_a_harm_people_carry(nlp: Language, text: str, expected: Figures) -> None:
    assert figures(nlp, text) == expected


def test_a_carried_wound_in_a_report_that_counts_dead() -> None:
    """Beside the dead, "with gunshot wounds" may be the dead too (no count of the hurt); a
    wound in a patient's condition ("life-threatening") is of the living."""
    living = (
        "Officers came upon the bodies of two men in the cabin, along with two other men "
        "who had life-threatening gunshot wounds."
    )
    unsure = (
        "Officers came upon the bodies of two men in the cabin, along with three people "
        "who had gunshot wounds."
    )
    found = core_claims_by_text([living, unsure], dt.date(2021, 6, 7))
    assert [(c.value, c.measure) for c in found[living]] == [(2, "killed"), (2, "injured")]
    assert [(c.value, c.measure) for c in found[unsure]] == [(2, "killed")]
    # "other" men set apart from the dead lived: hurt
    others = (
        "Officers came upon the bodies of two men in the cabin, along with two other men "
        "who had gunshot wounds."
    )
    told = core_claims_by_text([others], dt.date(2021, 6, 7))[others]
    assert [(c.value, c.measure) for c in told] == [(2, "killed"), (2, "injured")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plane circled before launching two bombing raids.", [(2, "attacks")]),
        ("Jets carried out four air raids on the town.", [(4, "attacks")]),
        # a raid alone is an operation (police, troops)
        ("Police carried out three raids in the city.", [(3, "operations")]),
    ],
)
def test_a_modifier_makes_another_measure(nlp: Language, text: str, expected: Figures) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of verbs: the participle with an object of its own is no state of the noun
        # before it
        (
            "The tornado killed at least one driver, injured dozens and flattened barns.",
            [(1, "killed"), (12, "injured")],
        ),
        # a participle on its noun still says what happened to it
        ("Sixty people injured in the blast were taken to hospital.", [(60, "injured")]),
        ("Two men arrested in the raid appeared in court.", [(2, "arrested")]),
        # a bare number's own harm word, whatever the parser hung it on
        ("Casualties included 12 dead and 40 wounded.", [(12, "killed"), (40, "injured")]),
        ("The clashes left scores of people injured.", [(20, "injured")]),
        ("Dozens of people gathered outside.", []),
        ("The girl was one of several injured in the attack.", []),
        # "The quake injured" is no noun and its participle: a thing is not hurt
        ("The quake injured over two dozen villagers, officials said.", [(24, "injured")]),
    ],
)
def test_the_next_verb_of_a_list(nlp: Language, text: str, expected: Figures) -> None:
    assert figures(nlp, text) == expected


def test_a_person_then_a_participle_with_an_object(nlp: Language) -> None:
    """No comma, no list: "three men arrested over ..." were arrested, whatever the parser
    took for the participle's object."""
    found = figures(nlp, "Three men arrested over 20 robberies appeared in court.")
    assert found[0] == (3, "arrested")
