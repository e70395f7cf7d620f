"""A lone first name the report gave as a person before it tells their harm: "Lena and her
12-year-old cousin, *Nora*, were walking home ... Nora was also hit". A lone
proper noun read as a victim counts only when an earlier victim's full name ends in it
(``victim_mentions.unlinked_surname``: else a place or a firm); a name set off after a person
noun of the report, in apposition to it, is a person's too, and the victim counts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.person_nouns import one_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk


def introduced_person(span: Span, chunks: Sequence[Chunk], before: int) -> bool:
    """Whether the one word of ``span`` is a name the report set off after a person noun
    ("her sister, Nora,") before the document offset ``before``."""
    if len(span) != 1:
        return False
    word = span[0].text
    for chunk in chunks:
        if chunk.offset >= before or word not in chunk.text:
            continue
        for tok in chunk.doc:
            if chunk.offset + tok.idx >= before:
                break
            if tok.text == word and _set_off_after_person(tok):
                return True
    return False


def _set_off_after_person(tok: Token) -> bool:
    """ "her 10-year-old sister, *Nora*": a name in apposition to a person noun."""
    return tok.dep_ == "appos" and tok.pos_ == "PROPN" and one_person_noun(tok.head)
