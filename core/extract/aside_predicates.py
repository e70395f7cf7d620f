"""A subject set off by an aside, "Eleven persons, including a woman, sustained injuries in the
blast": the parser may read the verb after the aside's closing comma as a modifier of the noun
after it ("sustained injuries" as injuries that were sustained, an apposition of the woman), so
the subject has no predicate and its figure counts no one. Re-hung after the parser as "Eleven
persons sustained injuries" parses: the verb the subject's predicate, the noun its object."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import TAG

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_aside_predicates"
ASIDE_OPENERS = frozenset({"including", "among", "both", "all", "most", "mostly"})
PAST_TAGS = frozenset({"VBN", "VBD"})
SUBJECT_SLOTS = frozenset({"ROOT", "nsubj"})  # the subject alone, or before a closing "X said"
OBJECT_NOUN_TAGS = frozenset({"NN", "NNS"})


def rehang_aside_predicates(doc: Doc) -> Doc:
    """Make each verb read as a modifier after a subject's aside that subject's predicate."""
    for at in positions(doc, TAG, PAST_TAGS):
        verb = doc[at]
        if verb.dep_ == "amod" and verb.pos_ == "VERB":
            subject = _subject_before_aside(verb)
            if subject is not None:
                _rehang(subject, verb)
    return doc


def _subject_before_aside(verb: Token) -> Token | None:
    """The noun the aside before ``verb`` is told of, when ``verb`` follows the aside's
    closing comma and modifies the noun right after it."""
    doc = verb.doc
    obj = verb.head
    if obj.i != verb.i + 1 or obj.tag_ not in OBJECT_NOUN_TAGS or verb.i < 4:
        return None
    if doc[verb.i - 1].text != ",":
        return None
    opener = next(
        (t for t in doc[verb.sent.start : verb.i - 1] if t.lower_ in ASIDE_OPENERS
         and doc[t.i - 1].text == ","),
        None,
    )
    if opener is None:
        return None
    subject = doc[opener.i - 2]
    if subject.dep_ not in SUBJECT_SLOTS or subject.pos_ not in ("NOUN", "PROPN"):
        return None
    # a counted group ("Eleven persons"), as the figures a reader wants counted are
    return subject if any(c.dep_ == "nummod" for c in subject.children) else None


def _rehang(subject: Token, verb: Token) -> None:
    obj = verb.head
    comma = verb.doc[verb.i - 1]
    if subject.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
        for child in list(subject.children):
            if child.i > obj.i:
                child.head = verb  # the closing stop
    else:
        verb.head, verb.dep_ = subject.head, "ccomp"
    verb.tag_ = "VBD"
    subject.head, subject.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"
    comma.head = verb
