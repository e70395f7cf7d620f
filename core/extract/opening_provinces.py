"""A province whose name opens a sentence, which the tagger misread as no name at all ("X
del Norte had the most raids", the first word taken for a verb) and NER left unlabelled or
cut into pieces: the words up to the verb, capitalised but for the particles inside a name
("del", "de"), that the gazetteer knows as a province's whole name are a place, the subject
of the sentence or the holder of its subject ("X del Norte police arrested six"). Read by
``sentence_places``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# a province's name of one word is read by NER or the tagger as a name; one of two words or
# more the tagger breaks ("Surigao" taken for a verb) and a person's name seldom matches
MIN_WORDS = 2
PROVINCE = "admin1"
LIST_JOINS = frozenset({"and", ",", "or", "&"})  # a name followed by these opens a list


@dataclass(frozen=True, slots=True)
class Opening:
    """The words of the province (``first`` to ``end``) and the place read of them."""

    first: int
    end: int
    place: tuple[Token, str]


def opening_province(sent: Span, start: int, ents: list[Span]) -> Opening | None:
    """The province the sentence opens with (see the module), unless NER read a longer name
    over its words; the pieces NER cut the name into ("Norte" as a person's) give way."""
    doc = sent.doc
    first = max(sent.start, start)
    particles = places.name_particles()
    end = first
    while end < sent.end and (
        doc[end].text[:1].isupper() or (end > first and doc[end].lower_ in particles)
    ):
        end += 1
    while end > first and doc[end - 1].lower_ in particles:
        end -= 1  # a name never ends on its particle
    if end - first < MIN_WORDS or end >= sent.end:
        return None
    if any(e.start < end and e.end > first and (e.start < first or e.end > end) for e in ents):
        return None  # a name NER read past the words ("X del Sur Governor Y")
    if any(e.start == first and e.end == end for e in ents):
        return None  # NER read the name whole: ``place_entities`` says whether it is a place
    if doc[end].lower_ in LIST_JOINS:
        return None  # "X and Y are home to ...": the first of several places, not the place
    if not any(t.pos_ in ("VERB", "AUX", "NOUN") for t in doc[end : sent.end]):
        return None
    name = doc[first:end].text
    folded = " ".join(name.casefold().split())
    if not any(
        p.level == PROVINCE and " ".join(p.name.casefold().split()) == folded
        for p in places.candidates(name)
    ):
        return None
    return Opening(first=first, end=end, place=(doc[end - 1], name))


def without_pieces(
    found: Sequence[tuple[Token, str]], opening: Opening | None
) -> list[tuple[Token, str]]:
    """The places read of a sentence but those at a word of the opening province."""
    if opening is None:
        return list(found)
    return [p for p in found if not opening.first <= p[0].i < opening.end]
