"""The hurt and the dead told in words a predicate does not carry alone: an inverted clause
whose subject follows the verb ("Killed in the raid were two guards", "Among the dead were a
clerk and two guards of the depot"), people hurt who then died in the same clause ("were
wounded and later died"), people who came to a hospital carrying a wound, people brought in
"with" a wound, and "corpses", which the lemmatiser reads as "corps". Sentences, people and
places we invented."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.core.claim_factory import figures

if TYPE_CHECKING:
    from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Among the dead were a head constable and two sepoys of the railway police.",
         [("two", "killed")]),
        ("Among the martyred were a head constable and two sepoys of the border levies, the "
         "officer added.", [("two", "killed")]),
        ("Killed in the raid on the depot were two guards and a driver.", [("two", "killed")]),
        ("Wounded in the shooting were three teenagers, police said.", [("three", "injured")]),
        # "were" with no fronted harm: no count of anyone harmed
        ("At the meeting were a mayor and two councillors of the district.",
         []),
        ("Invited to the dinner were two ministers.", []),
    ],
)
def test_inverted_clauses(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The two watchmen, a gardener and a cook, had been badly wounded by the explosion "
         "and died at a private clinic on Friday, officials said.", [("two", "killed")]),
        ("Three villagers were wounded and later died in hospital.", [("Three", "killed")]),
        ("Four miners were injured and succumbed on the way to hospital.", [("Four", "killed")]),
        # a part of them died, or they were only taken to care: the hurt stay hurt
        ("Four miners were injured and one of them later died.",
         [("Four", "injured"), ("one", "killed")]),
        ("Four miners were injured and taken to hospital.", [("Four", "injured")]),
    ],
)
def test_hurt_who_then_died(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two teenagers walked into a hospital in Dorval with gunshot wounds late on "
         "Saturday.", [("Two", "injured")]),
        ("Three men showed up at the clinic with stab wounds.", [("Three", "injured")]),
        ("Doctors said 14 people were brought in with bullet wounds.", [("14", "injured")]),
        ("Six workers were admitted with burn injuries.", [("Six", "injured")]),
        # came with no wound, or came wounded to no hospital: no count of the hurt
        ("Two doctors arrived at the hospital with supplies.", []),
        ("Two men arrived at the station with gunshot wounds.", []),
        ("Two suspects were brought in with their weapons.", []),
    ],
)
def test_came_to_care_with_a_wound(
    nlp: Language, text: str, expected: list[tuple[str, str]]
) -> None:
    assert figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nine corpses were recovered and taken to the mortuary.", [("Nine", "killed")]),
        ("The Marine Corps sent two battalions to the port.", []),
    ],
)
def test_corpses(nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(nlp, text) == expected
