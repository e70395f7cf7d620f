"""One named who "was shot" in a report that counts dead, who is none of the dead: "Diana
Roe was shot seven times" where the dead the report counts are each named, and by other names
("Mia Roe was killed"). "Shot" alone counts the hurt, as it does in a report of no deaths; a
victim the report counted dead by an unnamed noun ("a man was killed ... Jon Roe was shot")
may be that man, and stays dropped (``shot_counts.settle_shot_counts``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.victim_mentions import Victim, same_person

if TYPE_CHECKING:
    from core.model import Claim

# the readers of one person by their name: "Ana Ruiz, 15, died", "the death of Ana Ruiz"
NAMED = (":name:", ":roll:")
MIN_NAME_WORDS = 2  # a first and a last name: "Mia" alone may be the dead girl's first name


def not_of_the_dead(claim: Claim, dead: Sequence[Claim]) -> bool:
    """Whether the person ``claim`` names by a full name is none of the ``dead``, every one
    of whom the report named, each by another name."""
    name = _name(claim)
    if name is None or len(name) < MIN_NAME_WORDS or not dead:
        return False
    others = [_name(d) for d in dead]
    return all(
        other is not None and not same_person(_person(other), _person(name))
        for other in others
    )


def _name(claim: Claim) -> tuple[str, ...] | None:
    """The words of the name a claim of one person counts, if it names them."""
    if claim.value != 1 or not any(how in claim.rule for how in NAMED):
        return None
    words = tuple(w.lower() for w in claim.number_text.replace(",", " ").split() if w.isalpha())
    return words or None


def _person(name: tuple[str, ...]) -> Victim:
    return Victim(measure="", name=name, age=None, noun=None)
