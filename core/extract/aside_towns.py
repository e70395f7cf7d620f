"""The towns a sentence names aside from its figures: where words were said ("said in a
statement issued in X", "told reporters in Y"), where the hurt were cared for ("nine remain
hospitalised in X", "died at the hospital in Y"), or what the scene lies near ("on the
outskirts of X", "25 km north of Y"). A figure filed under such a town (the
bureau's, or a speaker's when its sentence names no other) was not counted there: the
report's scene may still take it (``report_scene``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.incident_scene import first_part
from core.extract.name_roles import a_hospital_town
from core.extract.nlp import compound_start
from core.extract.opening_spots import a_reference_point
from core.extract.speaker_places import a_titles_province, where_a_speaker_is

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk
    from core.model import Claim


def towns_aside(chunks: Sequence[Chunk], claims: Sequence[Claim]) -> frozenset[tuple[int, str]]:
    """(sentence start, town) for each claim's town its own sentence names, and names only
    aside from its figures."""
    wanted = {
        c.sentence_start
        for c in claims
        if c.location and re.search(rf"\b{re.escape(first_part(c.location))}\b", c.sentence)
    }
    if not wanted:
        return frozenset()
    out: set[tuple[int, str]] = set()
    for chunk in chunks:
        for sent in chunk.doc.sents:
            start = chunk.start_of(sent)
            if start in wanted:
                out.update((start, name) for name in _aside(sent))
    return frozenset(out)


def _aside(sent: Span) -> set[str]:
    """The names the sentence writes only where words were said, the hurt cared for, or as
    what the scene lies near."""
    aside: set[str] = set()
    plain: set[str] = set()
    for tok in sent:
        if tok.pos_ != "PROPN" or (tok.dep_ == "compound" and not a_titles_province(tok)):
            continue  # a name's first words; not "the X state police spokesman"
        names = _names(tok)
        apart = where_a_speaker_is(tok) or a_hospital_town(tok) or a_reference_point(tok)
        (aside if apart else plain).update(names)
    return aside - plain


def _names(tok: Token) -> set[str]:
    """The proper name ``tok`` ends, and each shorter tail of it ("Civil Hospital Quetta",
    "Hospital Quetta", "Quetta"): a figure may be filed under the town alone."""
    start = compound_start(tok, tok.sent.start)
    return {tok.doc[i : tok.i + 1].text for i in range(start, tok.i + 1)}
