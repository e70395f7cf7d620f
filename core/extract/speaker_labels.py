"""A name that labels who speaks is no place: "HAMILTON: We heard three shots", "Roe: I saw
them fall". Transcripts and witness accounts set the speaker's name before a colon at a
line's start, as South Asian desks set a town's; words in the first person after it are the
speaker's own (``core.text.datelines`` reads no dateline there either), unless the name is
a town where desks file "Town:" ("QUETTA: We found six bodies, police said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.text.datelines import FIRST_PERSON, a_colon_desks_town

if TYPE_CHECKING:
    from spacy.tokens import Token


def a_speakers_label(tok: Token) -> bool:
    """The name ``tok`` ends opens its line and a colon after it opens words in the first
    person."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ":":
        return False
    if doc[tok.i + 2].lower_ not in FIRST_PERSON:
        return False
    first = tok
    while first.i > 0 and doc[first.i - 1].text[:1].isupper() and doc[first.i - 1].is_alpha:
        first = doc[first.i - 1]  # "Jane Roe:", "PORT HAMILTON:"
    if a_colon_desks_town(doc[first.i : tok.i + 1].text):
        return False  # "SRINAGAR: We have arrested 12": a desk's dateline, its quote unmarked
    return first.i == 0 or "\n" in doc[first.i - 1].text or doc[first.i - 1].is_sent_end is True
