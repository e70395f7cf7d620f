"""One of a people beside a counted people, "An American and two Canadians were hurt": the
parser reads the first people's word as an adjective of the plural ("American Canadians")
and hangs the numeral on it as its conjunct, which leaves a count of two and no one person.
Re-hung after the parser as "a Briton and two Australians" parses (a noun the recogniser took
for a name): the one person the head, with its article, the counted plural its conjunct with
its numeral, so every list reader counts them alike (``victim_lists``, ``captive_lists``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.text.nationalities import nationality

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_counted_peoples"
_ONE_ARTICLES = frozenset({"a", "an"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_AND = "and"


def rehang_counted_peoples(doc: Doc) -> Doc:
    """Re-hang each "a <people> and <numeral> <people's plural>" read as one plural."""
    for one in doc:
        plural = one.head
        if one.dep_ != "amod" or plural.tag_ not in _PLURAL_TAGS or plural.i <= one.i:
            continue
        numeral = _counted_beside(one, plural)
        article = next((c for c in plural.children if c.dep_ == "det"), None)
        if numeral is None or article is None or article.i != one.i - 1:
            continue
        if article.lower_ not in _ONE_ARTICLES:
            continue
        if not (nationality(one.lower_) and nationality(plural.lower_)):
            continue
        one.head = plural.head if plural.head.i != plural.i else one
        one.dep_ = plural.dep_
        article.head = one
        plural.head, plural.dep_ = one, "conj"
        numeral.head, numeral.dep_ = plural, "nummod"
    return doc


def _counted_beside(one: Token, plural: Token) -> Token | None:
    """The numeral right before the plural, after "and" right after the one people's word,
    hung on that word as its conjunct."""
    doc = one.doc
    if plural.i != one.i + 3 or doc[one.i + 1].lower_ != _AND:
        return None
    numeral = doc[one.i + 2]
    ok = numeral.like_num and numeral.dep_ == "conj" and numeral.head.i == one.i
    return numeral if ok else None
