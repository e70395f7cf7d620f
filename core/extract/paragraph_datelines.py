"""A roundup's paragraph opened by its own town ("Mastung: Two people were injured when ...",
"TURBAT: A man was shot dead"): South Asian desks run several districts' incidents in one
report, each paragraph under the town it was filed from after the report's own dateline. The
report's dateline is where the bureau files from; a later one is where that paragraph's
incident was, and no place carried from the paragraphs before holds it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.chunk_texts import chunk_text
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

NO_BODY = -1  # ``place_mentions``' default: the report's lead or a scene is read, no body
_TOWN_WORDS = 3  # "Dera Ismail Khan:", at most
_SEPARATORS = frozenset({":", "\u2013", "\u2014", "-", "--"})


def paragraph_dateline(sent: Span, skip_to: int) -> list[tuple[Token, str]]:
    """The town opening the sentence's paragraph as a dateline, after the report's own
    (which ends at ``skip_to``, chunk-relative; -1, the callers' default, when the caller
    reads no body): a name the gazetteer knows, in capitals or title case, before a colon
    or dash at a line's start, the story running on after it ("Mastung: Two ...") or in
    the next sentence ("HYDERABAD:" parsed apart)."""
    if skip_to == NO_BODY or sent.start_char <= skip_to or not _opens_a_line(sent):
        return []
    words: list[Token] = []
    for tok in sent:
        if not (tok.is_alpha and tok.text[:1].isupper()) or len(words) == _TOWN_WORDS:
            break
        words.append(tok)
    after = words[-1].i + 1 if words else sent.start
    if not words or after >= sent.end or sent.doc[after].text not in _SEPARATORS:
        return []
    rest = sent.doc[after + 1 : sent.end]
    if rest and not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return []  # "Note: see below", a label
    name = " ".join(w.text for w in words)
    name = name.title() if name.isupper() else name
    return [(words[-1], name)] if places.candidates(name) else []


def _opens_a_line(sent: Span) -> bool:
    text = chunk_text(sent.doc)
    return sent.start_char == 0 or text[sent.start_char - 1] == "\n"
