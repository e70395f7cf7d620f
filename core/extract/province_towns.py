"""A town a report describes by its province ("the eastern Ohio city of about 9,000", "a
Punjab town"): in lower case with the article, the words name no town ("Ohio City") but
one of that province, whose place is the province (``province_town_nouns``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token


@functools.cache
def _province_town_nouns() -> frozenset[str]:
    return frozenset(str(w) for w in load_rules("places")["province_town_nouns"])


def a_provinces_town(noun: Token, name: str) -> bool:
    """ "the eastern Ohio city of about 9,000" (``name`` the words before the noun): a town
    of the province, not a town the words name, nor one named after "of" ("the Texas city
    of El Paso")."""
    if noun.text != noun.lower_ or noun.lower_ not in _province_town_nouns():
        return False
    if not any(c.dep_ == "det" for c in noun.children):
        return False
    if any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children)
        for c in noun.children
    ):
        return False
    return any(p.level == "admin1" for p in places.candidates(name))


def as_province(tok: Token, name: str) -> tuple[Token, str]:
    """A place entity read whole ("Ohio city" of "the eastern Ohio city of 9,000"): the
    province when the words describe a town of it, else the entity as it was."""
    words = name.split()
    if len(words) < 2 or words[-1] != tok.text or not a_provinces_town(tok, " ".join(words[:-1])):
        return (tok, name)
    names = [c for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return (names[-1], " ".join(words[:-1])) if names else (tok, name)
