"""One of a people beside a counted people, "An American and two Canadians were hurt": the
parser reads the first people's word as an adjective of the plural ("American Canadians")
and hangs the numeral on it as its conjunct, which leaves a count of two and no one person.
The same list with the plural a noun of its own after a second people's word ("an Iraqi and
two Syrian nationals"), and the article hung on the one people's word rather than on the plural
("an Indian and two Nepalis"), or the numeral hung on the plural ("a Syrian and four Turkish
workmen"), is the same list. Re-hung after the parser as "a Briton and two Australians"
parses (a noun the recogniser took for a name): the one person the head, with its article,
the counted plural its conjunct with its numeral, so every list reader
counts them alike (``victim_lists``, ``captive_lists``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import DEP

from core.extract.measures import PEOPLE, lexicon
from core.extract.plural_forms import singular_of
from core.extract.word_positions import positions
from core.text.nationalities import nationality

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_counted_peoples"
_ONE_ARTICLES = frozenset({"a", "an"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_AND = "and"
_MEN = "men"
# the parser hangs the one people's word on the plural as an adjective, or as a noun's
# modifier when the recogniser took it for a name ("an Afghan and three Pakistani tribesmen")
_MODIFIERS = frozenset({"amod", "nmod"})


def rehang_counted_peoples(doc: Doc) -> Doc:
    """Re-hang each "a <people> and <numeral> <people's plural>" read as one plural."""
    # only the adjectives: no re-hanging below makes a word one
    for at in positions(doc, DEP, _MODIFIERS):
        one = doc[at]
        plural = one.head
        if one.dep_ not in _MODIFIERS or plural.tag_ not in _PLURAL_TAGS or plural.i <= one.i:
            continue
        numeral = _counted_beside(one, plural)
        article = _one_article(one, plural)
        if numeral is None or article is None or not nationality(one.lower_):
            continue
        one.head = plural.head if plural.head.i != plural.i else one
        one.dep_ = plural.dep_
        article.head = one
        plural.head, plural.dep_ = one, "conj"
        numeral.head, numeral.dep_ = plural, "nummod"
    return doc


def _one_article(one: Token, plural: Token) -> Token | None:
    """"a" or "an" right before the one people's word, hung on it or on the plural."""
    article = one.doc[one.i - 1] if one.i > 0 else None
    if article is None or article.lower_ not in _ONE_ARTICLES or article.dep_ != "det":
        return None
    return article if article.head.i in (one.i, plural.i) else None


def _counted_beside(one: Token, plural: Token) -> Token | None:
    """The numeral after "and" right after the one people's word, hung on that word as its
    conjunct, right before the plural people ("two Nepalis"), or before a people's word
    hung on a plural noun of people ("two Syrian nationals")."""
    doc = one.doc
    if doc[one.i + 1].lower_ != _AND:
        return None
    if plural.i == one.i + 3:
        if not nationality(plural.lower_):
            return None
    elif plural.i != one.i + 4 or not _a_people_of(doc[one.i + 3], plural):
        return None
    numeral = doc[one.i + 2]
    # its conjunct, or the plural's own numeral ("a Syrian and four Turkish workmen")
    beside = numeral.dep_ == "conj" and numeral.head.i == one.i
    counting = numeral.dep_ == "nummod" and numeral.head.i == plural.i
    return numeral if numeral.like_num and (beside or counting) else None


def _a_people_of(word: Token, plural: Token) -> bool:
    """A people's word as an adjective of a plural noun that counts people ("Syrian
    nationals"), not things ("French restaurants")."""
    return word.dep_ == "amod" and word.head.i == plural.i and nationality(word.lower_) and (
        _people_plural(plural)
    )


def _people_plural(plural: Token) -> bool:
    """A plural of the people nouns, by its singular ("workers", "nationals", "men",
    "fishermen", "children"): this repair runs before the lemmatiser, so there is no lemma to
    look up."""
    word = plural.lower_
    if word.endswith(_MEN) and len(word) > len(_MEN):
        return True  # "workmen", "boatmen", "linemen": a plural in "-men" is of people
    endings = (word.removesuffix("s"), word.removesuffix("es"), word.removesuffix("ren"))
    singulars = {word, singular_of(word), *endings}
    return any(w in PEOPLE or w in lexicon().people_nouns for w in singulars)
