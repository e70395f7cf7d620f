"""Initials in capitals that spell no place: "killed in IBO in Kech district" (an
intelligence-based operation), "a CTD raid", "in UN school". The gazetteer matches names
without regard to case, so "IBO" finds the town of Ibo and "UN" the town of Un; a place's
initials that stand for it ("FATA", "AJK", "KP") are known to it under another name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

MIN_INITIALS = 2  # "K-P" is spelled by single letters
MAX_INITIALS = 5  # letters: "NWFP"; a longer word in capitals is a name shouted


def initials(tok: Token, *, may_open_a_name: bool = True) -> bool:
    """The token is a body's or an operation's initials, no place: a word in capitals in a
    sentence that is not (a headline in capitals writes its towns so), which the gazetteer
    knows by no name it stands for; before a capitalised name it may open a town's name
    ("DG Khan"), unless the caller knows the name after it is a body's ("the UN Office")."""
    text = tok.text
    if not (text.isupper() and text.isalpha() and MIN_INITIALS <= len(text) <= MAX_INITIALS):
        return False
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) and may_open_a_name else None
    if after is not None and after.text[:1].isupper() and after.pos_ == "PROPN":
        return False  # "DG Khan", "D I Khan": initials that open a town's name
    if not any(t.is_lower for t in tok.sent):
        return False
    place = places.lookup(text)
    return place is None or place.name.upper() == text
