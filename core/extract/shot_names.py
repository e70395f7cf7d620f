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
OTHER_WORDS = frozenset({"other", "others"})  # "three others", "two other men" ("more" may add)


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


def others_than_the_dead(claim: Claim, dead: Sequence[Claim]) -> bool:
    """ "Nine workers were gunned down ... Three others sustained bullet wounds": people told
    "others" after a count of the dead are set apart from them, the ones who lived."""
    after = claim.sentence[claim.end - claim.sentence_start :].split()
    if not after or after[0].lower().strip(",.") not in OTHER_WORDS:
        return False
    return any(d.document_id == claim.document_id and d.end <= claim.start for d in dead)


def _name(claim: Claim) -> tuple[str, ...] | None:
    """The words of the name a claim of one person counts, if it names them."""
    if claim.value != 1 or not any(how in claim.rule for how in NAMED):
        return None
    words = tuple(w.lower() for w in claim.number_text.replace(",", " ").split() if w.isalpha())
    return words or None


def _person(name: tuple[str, ...]) -> Victim:
    return Victim(measure="", name=name, age=None, noun=None)


def beside_the_dead(claim: Claim, claims: Sequence[Claim], dead: Sequence[Claim]) -> bool:
    """Whether ``claim`` is one of a list of people shot, told one by one, in which another
    is one of the dead by name ("Mia and Zoe Roe and their mom were shot" after "Mia Roe was
    killed"): the list names who was hit, and the dead one in it leaves the others hurt."""
    if claim.value != 1 or _person_of(claim) is None:
        return False
    beside = [
        c for c in claims
        if c.id != claim.id and c.sentence_start == claim.sentence_start
        and _verb(c) == _verb(claim) and c.measure == claim.measure
    ]
    named_dead = [_person(n) for n in (_name(d) for d in dead) if n is not None]
    return any(
        (name := _name(other)) is not None
        and any(_lone_match(_person(name), d) for d in named_dead)
        and not any(_lone_match(_person_of(claim), d) for d in named_dead)  # type: ignore[arg-type]
        for other in beside
    )


def _person_of(claim: Claim) -> Victim | None:
    words = tuple(w.lower() for w in claim.number_text.split() if w.isalpha())
    return _person(words) if words else None


def _lone_match(said: Victim, dead: Victim) -> bool:
    """The words said name the dead one, a lone first name too ("Mia" of "Mia Roe")."""
    return same_person(dead, said) or (len(said.name) == 1 and said.name[0] == dead.name[0])


def _verb(claim: Claim) -> str:
    """The reader and verb of a claim of one person ("singular_victim" and "shoot")."""
    parts = claim.rule.split(":")
    return f"{parts[0]}:{parts[-1]}"
