"""A second subject of a passive whose "was" the sentence leaves out, "a man was shot dead
and his brother wounded by gunmen": the parser may join the brother to the verb before as if
he were another of its arguments and read "wounded by gunmen" as a participle describing him.
Re-hung after the parser, the participle is the verb joined to the first, the brother its
subject, as "a man was shot dead and his brother wounded" (no agent) already parses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import TAG

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_elided_passives"
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})  # read before the tags give parts of speech
PASSIVE = "auxpass"


def rehang_elided_passives(doc: Doc) -> Doc:
    """Make each participle of a noun joined to a passive verb that verb's conjunct."""
    for at in positions(doc, TAG, NOUN_TAGS):
        noun = doc[at]
        if noun.dep_ == "conj":
            participle = _elided_passive(noun)
            if participle is not None:
                _rehang(noun, participle)
    return doc


def _elided_passive(noun: Token) -> Token | None:
    """The participle right after a noun the parser joined to a passive verb."""
    verb = noun.head
    if verb.tag_ != "VBN" or not any(c.dep_ == PASSIVE for c in verb.children):
        return None
    after = noun.i + 1
    return next(
        (
            c for c in noun.children
            if c.dep_ == "acl" and c.i == after and c.tag_ == "VBN"
            and not any(g.dep_ in ("aux", PASSIVE, "dobj") for g in c.children)
        ),
        None,
    )


def _rehang(noun: Token, participle: Token) -> None:
    verb = noun.head
    participle.head, participle.dep_ = verb, "conj"
    noun.head, noun.dep_ = participle, "nsubjpass"
