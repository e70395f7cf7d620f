"""Where escaped inmates were caught again (issue #11, place): "Six of the runaways have since
been rearrested" after "the jail in Biratnagar, the district's main town" is a hunt across the
district the report names, not an arrest at the jail. Sentences written for this class,
positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language

_ESCAPE = (
    "Jailbreak in Morang\n\n"
    "JANAKPUR, March 13 - Twelve inmates fled a prison in Morang district on Thursday "
    "night after overpowering guards, police said.\n\n"
    "The inmates broke out of the jail in Biratnagar, the district's main town, at around "
    "11 pm.\n\n"
)


def test_escapees_caught_again_are_the_districts(nlp: Language) -> None:
    text = _ESCAPE + "Six of the runaways have since been rearrested, he said.\n"
    assert place_of(nlp, text, "Six") == "Morang district"


def test_escapees_caught_again_in_a_town_stay_there(nlp: Language) -> None:
    text = _ESCAPE + "Six of the runaways have since been rearrested in Biratnagar, he said.\n"
    assert place_of(nlp, text, "Six") == "Biratnagar"


def test_other_arrests_keep_the_town(nlp: Language) -> None:
    text = _ESCAPE + "Police have since arrested six guards for helping them, he said.\n"
    assert place_of(nlp, text, "six") != "Morang district"
