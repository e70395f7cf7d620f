"""The town a report places its lead's spot in one sentence on, when the lead names none.

A wire report filed from the capital often leads with the spot and a wide area only ("KAPITAL
- Gunmen killed six guards at a post in the country's south"), then places that same
spot, named again with "the", in a town ("The gunmen stormed the post at the edge
of Tarnby, 30 km from the capital"). The dateline says where the newsroom is; the town is
the scene. A sentence naming no spot of the lead, or a lead naming a town itself, keeps
what the lead gives.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from core.extract.nlp import compound_start
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk
    from core.text.datelines import Dateline

Mentions = Callable[["Span"], list[tuple["Token", str]]]
_DEFINITE = frozenset({"the", "that", "this"})
_SPOT_PREPS = frozenset({"at", "on", "near", "outside"})  # "at a checkpoint", "on a patrol"
_WIDE_LEVELS = frozenset({"country", "admin1"})


def restated_spot_town(
    chunks: Sequence[Chunk], dateline: Dateline, mentions: Mentions
) -> str | None:
    """The town of the dateline's country the sentence after the lead places the lead's spot
    in ("the post at the edge of Tarnby"), when the lead names no town."""
    filed = places.resolve(dateline.place)
    if filed is None or filed.level != "city":
        return None
    sents = [
        (chunk, sent)
        for chunk in sorted(chunks, key=lambda c: c.offset)
        for sent in chunk.doc.sents
        if chunk.end_of(sent) > dateline.end
    ]
    if len(sents) < 2:
        return None
    lead, after = sents[0][1], sents[1][1]
    if any(_a_town(name, filed) for _, name in mentions(lead)):
        return None
    spots = {
        tok.lemma_.lower()
        for tok in lead
        if tok.pos_ == "NOUN" and tok.dep_ == "pobj" and tok.head.lower_ in _SPOT_PREPS
    }
    again = [
        tok
        for tok in after
        if tok.pos_ == "NOUN"
        and tok.lemma_.lower() in spots
        and (any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children))
    ]
    if not again:
        return None
    # the clause that places the spot: its verb ("opened fire on the checkpoint on ...")
    clause = next((t for t in again[0].ancestors if t.pos_ in ("VERB", "AUX")), again[0].head)
    named = sorted([*mentions(after), *_edge_names(after)], key=lambda told: told[0].i)
    for tok, name in named:
        town = _a_town(name, filed)
        if town is not None and tok.i > again[0].i and clause in tok.ancestors:
            return name
    return None


@functools.cache
def _edge_nouns() -> frozenset[str]:
    return frozenset(load_rules("places")["edge_nouns"])


def _edge_names(sent: Span) -> list[tuple[Token, str]]:
    """ "on the outskirts of Tarnby": the town whose edge the spot is at, which the sentence
    reader leaves as a reference ("the outskirts of X" describes where another place lies)."""
    found = []
    for tok in sent:
        prep = tok.head
        if tok.pos_ != "PROPN" or tok.dep_ != "pobj" or prep.lower_ != "of":
            continue
        if prep.head.lower_ not in _edge_nouns():
            continue
        found.append((tok, tok.doc[compound_start(tok, sent.start) : tok.i + 1].text))
    return found


def _a_town(name: str, filed: places.Place) -> places.Place | None:
    """The town ``name`` is, in the bureau's country, other than the bureau's town and no
    part of it."""
    hints = {k: 1 for k in (filed.country, filed.admin1) if k}
    town = places.resolve(name.split(",", maxsplit=1)[0], hints=hints)
    if town is None or town.level in _WIDE_LEVELS or town.country != filed.country:
        return None
    if town.key == filed.key or places.part_of(town, filed):
        return None
    return town
