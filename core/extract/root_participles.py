"""A sentence's verb the parser took for a participle of its subject: "Taliban fighters
executed 17 former soldiers" parsed as fighters who were executed, the noun the root. A past
participle with a direct object of its own, right after the noun the sentence opens with, is
the sentence's verb in the past: re-hung after the parser, the verb is the root and the noun
its subject, so the deed has its doer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import TAG

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_root_participles"
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})  # read before the tags give parts of speech
OWN_AUXILIARIES = frozenset({"aux", "auxpass"})


def rehang_root_participles(doc: Doc) -> Doc:
    """Make each such participle its sentence's root, its noun the subject."""
    for at in positions(doc, TAG, NOUN_TAGS):
        noun = doc[at]
        if noun.dep_ == "ROOT" or _a_second_subject(noun):
            verb = _misread_verb(noun)
            if verb is not None:
                _rehang(noun, verb)
    return doc


def _a_second_subject(noun: Token) -> bool:
    """ "Fighters executed 17, HRW said": the noun a subject of the trailing report verb
    beside the report's own subject after it."""
    return noun.dep_ == "nsubj" and any(
        c.dep_ == "nsubj" and c.i > noun.i for c in noun.head.children
    )


def _misread_verb(noun: Token) -> Token | None:
    """The participle right after the root noun that takes an object ("executed 17")."""
    after = noun.i + 1
    for child in noun.children:
        if (
            child.dep_ == "acl"
            and child.i == after
            and child.tag_ == "VBN"
            and any(c.dep_ == "dobj" for c in child.children)
            and not any(c.dep_ in OWN_AUXILIARIES for c in child.children)
        ):
            return child
    return None


def _rehang(noun: Token, verb: Token) -> None:
    root = noun.dep_ == "ROOT"
    for child in list(noun.children):
        if child.i > verb.i:
            child.head = verb  # the closing stop, a trailing ", police said"
    # the root, or what the trailing report verb says
    verb.head, verb.dep_ = (verb, "ROOT") if root else (noun.head, "ccomp")
    verb.tag_ = "VBD"
    noun.head, noun.dep_ = verb, "nsubj"
