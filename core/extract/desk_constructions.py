"""Constructions of news copy that say what a figure counts before its own noun does:
escapees recaptured, an estimate of a harm named before, a part of a group named by its harm
(and another part after it, its verb left out), the hurt who remain, people dying after "with",
people taken hostage, a figure opening the story after a wire dateline's agency, a Title Case
headline's verb."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.estimates import estimated
from core.extract.hostages import taken_hostage
from core.extract.partitives import definite_part, gapped_part, remaining_harmed
from core.extract.passives import absolute_subject
from core.extract.recaptures import recaptured
from core.extract.titled_verbs import titled_verb
from core.extract.wire_figures import after_an_agency

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.measures import Reading


def desk_construction(num: Token, noun: Token | None, node: Token) -> Reading | None:
    """Constructions of news copy read before the figure's own noun: escapees recaptured, an
    estimate of a harm named before, a part of a group named by its harm ("five of the dead
    were children": a part, not a count of its own), people dying after "with"."""
    return (
        recaptured(num, noun, node)
        or estimated(num, noun, node)
        or definite_part(num, noun)
        or gapped_part(num)
        or remaining_harmed(num)
        or absolute_subject(noun)
        or taken_hostage(num, noun)
        or after_an_agency(num)
        or titled_verb(num, noun)
    )
