"""A headline's kicker naming a country ("Ruritania: 900 killed in raids in 2030"), which
NER leaves unlabelled when the colon cuts it from the headline's clause: the country the
report speaks of as surely as a lead naming it. Any kicker ("Karnataka: 3 labourers die in
septic tank") the parser makes the clause's subject is no victim and no doer."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.nlp import Chunk
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

_COLON = ":"
_KICKER = re.compile(r"\s*([A-Z][^\W\d_]+(?:[ '-][A-Z][^\W\d_]+){0,3}):\s")


def kicker_country(chunks: Sequence[Chunk]) -> tuple[str, str] | None:
    """The gazetteer key and name of the country a headline opens on before a colon, when
    no entity of the parse covers it; None for another kicker (a body's, "UN: ...")."""
    first = min(chunks, key=lambda c: c.offset, default=None)
    if first is None or first.offset != 0:
        return None
    found = _KICKER.match(first.text.split("\n", 1)[0])
    if found is None:
        return None
    place = places.lookup(found.group(1))
    if place is None or place.level != "country":
        return None
    end = found.end(1)
    if any(ent.start_char < end and ent.label_ == "GPE" for ent in first.doc.ents):
        return None  # counted with the report's other place entities
    return place.key, found.group(1)


def a_kicker(subj: Token) -> bool:
    """The proper noun opens its sentence and a colon follows it."""
    doc = subj.doc
    return (
        subj.pos_ == "PROPN"
        and subj.i == subj.sent.start
        and subj.i + 1 < len(doc)
        and doc[subj.i + 1].text == _COLON
    )


def labelled(node: Token) -> bool:
    """The word hangs as an apposition on a label the headline opens with before a colon
    ("Kogi: 5 farmers, 2 herders killed in clash"): what follows the colon stands alone, as a
    headline without the label would."""
    label = node.head
    return (
        node.dep_ == "appos"
        and label.i == label.sent.start
        and label.i + 1 < node.i
        and node.doc[label.i + 1].text == _COLON
    )
