"""A subject described by a participle with its complement, "four suspects linked to the cult
were arrested", "two men wanted for the robbery were shot dead", is the subject of the verb
after the description. The parser may read the participle as the sentence's past verb and
hang the real predicate on it as a second verb with no "and" between: the count becomes the
subject of the description and the harm loses it. A verb joined with no "and" that has its
own auxiliary ("were arrested") and no subject is no second clause of the same subject but
the predicate; re-hung after the parser as ``belief_descriptions`` does for "men believed to
be militants attacked a post"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import TAG

from core.extract.belief_descriptions import SUBJECTS, rehang_description
from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_participle_descriptions"
PAST = "VBD"  # "linked" read as the sentence's past
ROOT = "ROOT"
AUXILIARIES = frozenset({"aux", "auxpass"})  # "were arrested", "have been charged"
# what a verb of the sentence has of its own and a description has not ("police linked them")
OWN_ARGUMENTS = frozenset({"aux", "auxpass", "dobj", "neg", "dative"})
JOINS = frozenset({"cc", "punct"})  # "fled and were arrested", "fled, were arrested": a list


def rehang_participle_descriptions(doc: Doc) -> Doc:
    """Re-hang each sentence's root past verb that is a participle describing its subject."""
    for at in positions(doc, TAG, (PAST,)):
        verb = doc[at]
        if verb.dep_ == ROOT:
            found = _described(verb)
            if found is not None:
                rehang_description(verb, *found)
    return doc


def _described(verb: Token) -> tuple[Token, Token] | None:
    """The subject right before the participle and the predicate joined to it with no word."""
    children = list(verb.children)
    if any(c.dep_ in OWN_ARGUMENTS for c in children):
        return None
    complement = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if complement is None or complement.dep_ != "prep" or complement.head.i != verb.i:
        return None  # "linked to", "wanted for": the description's complement
    subject = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or subject.pos_ != "NOUN" or subject.right_edge.i != verb.i - 1:
        return None
    predicate = next((c for c in children if c.dep_ == "conj" and c.i > verb.i), None)
    if predicate is None or predicate.pos_ != "VERB":
        return None
    own = list(predicate.children)
    if any(c.dep_ in SUBJECTS for c in own) or not any(c.dep_ in AUXILIARIES for c in own):
        return None
    if any(t.dep_ in JOINS for t in verb.doc[verb.i + 1 : predicate.i]):
        return None  # "fled and were arrested", "collapsed, and others were damaged": a list
    return subject, predicate
