"""A village named by its settlement word and a number ("Chak 214-RB", "Chak No 45/12-L"):
Punjab's canal colonies number their villages, and the tokenizer splits the code at its
hyphen, so the name would be clipped to the word that opens it ("Chak"), a place of no use
to a checker. The code runs on as long as no space opens: "Chak 214-RB on Monday" ends
before "on". The recogniser often takes the word and its number for something else ("Chak
214" a work of art, "Chak 45" a date): relabelled after it, the village is a place
(``label_coded_villages``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.attrs import LOWER
from spacy.tokens import Span

from core.extract.entity_spans import put_entities
from core.extract.word_positions import positions
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_coded_villages"
PLACE_LABEL = "GPE"
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
COUNTED_TAGS = frozenset({"NN", "NNS"})
_NUMBER_WORDS = frozenset({"no", "no.", "number"})  # "Chak No 45", "Chak No. 45"


@functools.cache
def _settlement_words() -> frozenset[str]:
    return frozenset(load_rules("places")["longer_names"]["settlement_prefixes"])


def coded_end(word: Token) -> int:
    """Where a settlement's name opened by ``word`` ends with its number code; right after
    ``word`` when no code follows it (or ``word`` opens no settlement's name)."""
    doc, end = word.doc, word.i + 1
    if word.lower_ not in _settlement_words() or not word.whitespace_:
        return end
    j = end + 1 if end < len(doc) and doc[end].lower_ in _NUMBER_WORDS else end
    if j >= len(doc) or not doc[j].text[:1].isdigit() or not doc[j - 1].whitespace_:
        return end
    while j + 1 < len(doc) and not doc[j].whitespace_ and a_code_piece(doc[j + 1]):
        j += 1  # "214" "-" "RB": the code's pieces, no space between them
    return j + 1


def a_code_piece(tok: Token) -> bool:
    """ "-", "/", "12", "RB": a piece of a village's code, digits or capitals."""
    text = tok.text
    return text in ("-", "/") or text.isdigit() or (text.isalnum() and text.isupper())


def label_coded_villages(doc: Doc) -> Doc:
    """Make each settlement's name with its number code a place where the recogniser took it
    for another kind of name, a date or a count."""
    found: list[Span] = []
    # a name opened by no settlement's word has no code (``coded_end``): no Token for it
    for at in positions(doc, LOWER, _settlement_words()):
        tok = doc[at]
        if tok.ent_type_ in PLACE_LABELS or tok.text[:1].islower():
            continue
        end = coded_end(tok)
        # "Mir 2 players": a name and the count of a common noun after it, no village
        counted = end < len(doc) and doc[end].tag_ in COUNTED_TAGS
        if end > tok.i + 1 and not counted and any(t.ent_type_ for t in doc[tok.i : end]):
            found.append(Span(doc, tok.i, end, label=PLACE_LABEL))
    if found:
        put_entities(doc, found)
    return doc
