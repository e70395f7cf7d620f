"""A later sentence that names the lead's village without its district (issue #11, place):
"the patrol, two of whose dead came from ..., was hit near Tarrem village" files the two
under "Tarrem village, Bijapur district", as the lead wrote the scene. Sentences written for
this class, positive and negative."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tests.core.claim_factory import place_of

if TYPE_CHECKING:
    from spacy.language import Language

_LEAD = (
    "BIJAPUR, March 13 - Five jawans were killed when a landmine went off under their vehicle "
    "near Tarrem village in Bijapur district on Thursday, police said.\n\n"
)


def test_the_leads_village_named_alone_is_written_whole(nlp: Language) -> None:
    text = _LEAD + (
        "The convoy, three of whose dead came from a reserve battalion, was hit near Tarrem "
        "village after a sweep of the forest.\n"
    )
    assert place_of(nlp, text, "three") == "Tarrem village, Bijapur district"


def test_another_village_named_alone_stays(nlp: Language) -> None:
    text = _LEAD + (
        "Two days earlier, two villagers were killed by a pressure bomb near Gangaloor "
        "village.\n"
    )
    assert place_of(nlp, text, "two") != "Tarrem village, Bijapur district"
