"""One plural noun counted by two numerals, each with a word of its own before the noun:
"Two Afghan and three Pakistani policemen were killed", "three male and two female students".
The noun is written once, after the last numeral; the first numeral's word ("Afghan", "male")
is no noun of its own, so the list counts one group of the noun's people, the numerals' sum
(the parser hangs the first word as the list's head, its numeral on it, the plural its
conjunct). "Two Afghans and three Pakistanis", "two men and three women" name two groups,
each its own noun, and stay two figures."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.attrs import DEP

from core.extract.measures import lexicon
from core.extract.plural_forms import singular_of
from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# the word before a gapped noun: an adjective, a people's word the tagger took for a name,
# or an adjective the tagger took for a singular noun ("male")
_GAPPED_TAGS = frozenset({"JJ", "NNP", "NN"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
_JOINERS = frozenset({"and", ","})
# a word of its own beside a member: it names a noun phrase, not a gapped word
_OWN_WORDS = frozenset({"det", "poss", "amod", "compound", "prep", "acl", "relcl", "appos"})


def shares_the_last_noun(members: Sequence[Token]) -> bool:
    """Every member but the last a numeral and a word with no noun of its own, right before
    "and" (or a comma) and the next member's numeral; the last a plural with its own numeral
    and a word of its own right before it."""
    if len(members) < 2:
        return False
    *gapped, last = sorted(members, key=lambda m: m.i)
    return _counted_plural(last) and all(_gapped(m) for m in gapped)


def _gapped(word: Token) -> bool:
    doc = word.doc
    numeral = doc[word.i - 1] if word.i > 0 else None
    after = word.i + 1
    return (
        word.tag_ in _GAPPED_TAGS
        and numeral is not None
        and numeral.like_num
        and numeral.head.i == word.i
        and numeral.dep_ == "nummod"
        and not any(c.dep_ in _OWN_WORDS for c in word.children)
        and after + 1 < len(doc)
        and doc[after].lower_ in _JOINERS
        and doc[after + 1].like_num
    )


def _counted_plural(noun: Token) -> bool:
    doc = noun.doc
    before = doc[noun.i - 1] if noun.i > 1 else None
    numeral = doc[noun.i - 2] if noun.i > 1 else None
    return (
        noun.tag_ in _PLURAL_TAGS
        and before is not None
        and numeral is not None
        and before.head.i == noun.i
        and before.dep_ in ("amod", "compound", "nmod")
        and numeral.like_num
        and numeral.head.i == noun.i
    )


COMPONENT = "claimdesk_gapped_plurals"
_NUMERALS = frozenset({"nummod"})
_WORD_DEPS = frozenset({"amod", "compound", "nmod"})
_AND = "and"
# what the plural itself may tell of its people, after it: "detained last week", "stationed
# at the post", "injured in the blast", "who were killed"
_TELLING_DEPS = frozenset({"acl", "relcl"})
# a phrase of the plural's own that may name the list's place ("soldiers in Kunar"), which
# would be the last group's alone; "soldiers of the border force" names who they are
_PREP, _OF = "prep", "of"


def rehang_gapped_plurals(doc: Doc) -> Doc:
    """ "killed two Afghan and three Pakistani soldiers": the parser hangs both numerals and
    both words on the plural; re-hung as the list the subject's parse makes of it (the first
    word the head with its numeral, the plural its conjunct), so the list readers sum it."""
    # only the numerals: the re-hanging below makes none
    for at in positions(doc, DEP, _NUMERALS):
        first = doc[at]
        plural = first.head
        word = doc[at + 1] if at + 3 < plural.i else None
        if word is None or first.dep_ != "nummod" or plural.tag_ not in _PLURAL_TAGS:
            continue
        joiner, second, own = doc[at + 2], doc[at + 3], doc[plural.i - 1]
        if not (
            first.like_num and second.like_num and plural.i == at + 5
            and word.head.i == plural.i and word.dep_ in _WORD_DEPS
            and word.tag_ in _GAPPED_TAGS and joiner.lower_ == _AND
            and _second_numeral(second, word, plural)
            and own.head.i == plural.i and own.dep_ in _WORD_DEPS
            and not _tells_its_own(plural)
        ):
            continue
        root = plural.head.i == plural.i
        word.head, word.dep_ = (word if root else plural.head), plural.dep_
        first.head = word
        second.head, second.dep_ = plural, "nummod"
        joiner.head, joiner.dep_ = word, "cc"
        plural.head, plural.dep_ = word, "conj"
    return doc


def _tells_its_own(plural: Token) -> bool:
    """A plural that tells its people's harm itself, by its word ("hostages", "casualties")
    or by a clause after it ("journalists detained last week", "who died"), or its place
    ("soldiers in Kunar"): re-hung as the first word's conjunct, it would tell it of its own
    numeral alone, and the first numeral, hung on a word that tells nothing, would go
    uncounted or unplaced; the parse is left as it is (two figures)."""
    if any(c.i > plural.i and (c.dep_ in _TELLING_DEPS or (c.dep_ == _PREP and c.lower_ != _OF))
           for c in plural.children):
        return True
    word = plural.lower_
    ies = word.removesuffix("ies") + "y" if word.endswith("ies") else word
    singulars = {word, singular_of(word), word.removesuffix("es"), ies}
    return any(w in lexicon().nouns for w in singulars)


def _second_numeral(second: Token, word: Token, plural: Token) -> bool:
    """The plural's own numeral, or one the parser made the first word's conjunct."""
    return (second.head.i == plural.i and second.dep_ == "nummod") or (
        second.head.i == word.i and second.dep_ == "conj"
    )
