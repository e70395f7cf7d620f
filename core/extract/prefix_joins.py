"""A word the tokenizer split at its prefix's hyphen ("co-worker", "ex-wife", "co-pilot") is
one noun again in the parse.

The tagger reads the short prefix ("co", "ex") and the hyphen as nouns and the parser hangs all
three pieces on the verb as arguments of their own ("shot a co - worker": three objects, the
article on "co"). Joined back, the prefix is a compound of the word after the hyphen, the hyphen
its punctuation, and whatever hung on the pieces (the article) hangs on that word: "a co-worker"
is one person noun phrase, as "a bus-driver" already parses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import ORTH

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_prefix_joins"
HYPHEN = "-"


def join_split_prefixes(doc: Doc) -> Doc:
    """Re-hang every "prefix - word" the parser split into sibling arguments on its word."""
    # only the hyphens are asked: three Tokens built for every word cost more than the repair
    for i in positions(doc, ORTH, (HYPHEN,)):
        if 0 < i < len(doc) - 1 and _split_at(doc, i):
            _rehang(doc[i - 1], doc[i], doc[i + 1])
    return doc


def _split_at(doc: Doc, i: int) -> bool:
    """A hyphen written inside one word (no space either side), not tagged as a hyphen, whose
    word before and after share its head and its relation to it."""
    first, dash, word = doc[i - 1], doc[i], doc[i + 1]
    return (
        dash.text == HYPHEN
        and dash.tag_ != "HYPH"
        and not first.whitespace_
        and not dash.whitespace_
        and first.is_alpha
        and word.is_alpha
        and first.head.i == dash.head.i == word.head.i != word.i
        and first.dep_ == dash.dep_ == word.dep_
    )


def _rehang(first: Token, dash: Token, word: Token) -> None:
    for piece in (first, dash):
        for child in list(piece.children):
            child.head = word
    first.head, first.dep_ = word, "compound"
    dash.head, dash.dep_ = word, "punct"
    dash.tag_, dash.pos_ = "HYPH", "PUNCT"
