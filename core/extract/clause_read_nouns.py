"""A people's noun after a noun that modifies it, "Gunmen shot dead a traffic warden": the
parser can read the pair as an object ("a traffic") and a clause on it ("warden"), so the
verb's object is no person and the victim goes uncounted. Re-hung after the parser: the
people's noun heads the phrase and the word before it is its compound, as in "a traffic
policeman"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import DEP

from core.extract.measures import lexicon
from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "claimdesk_clause_read_nouns"
_CLAUSES = frozenset({"acl"})
# a word tagged a verb is read as one by every reader: left alone
_NOUN_TAGS = frozenset({"NN", "NNS"})
# the clause-read noun may keep only what a noun takes: "a traffic warden near the square"
_NOUN_CHILDREN = frozenset({"prep", "punct", "amod", "compound"})


def rehang_clause_read_nouns(doc: Doc) -> Doc:
    """Make each people's noun hung as a clause on the noun right before it that phrase's
    head."""
    people = lexicon().people_nouns
    # only the clauses: the one word re-hung becomes the phrase's head
    for at in positions(doc, DEP, _CLAUSES):
        noun = doc[at]
        before = noun.head
        if (
            noun.dep_ != "acl"
            or noun.tag_ not in _NOUN_TAGS
            or noun.lemma_.lower() not in people
            or before.i != noun.i - 1
            or before.tag_ != "NN"
            or before.head.i == before.i
            or any(c.dep_ not in _NOUN_CHILDREN for c in noun.children)
        ):
            continue
        noun.head, noun.dep_ = before.head, before.dep_
        before.head, before.dep_ = noun, "compound"
        for child in [c for c in before.children if c.i < before.i]:
            child.head = noun  # "a", "the", "his": the phrase's, now the people noun's
    return doc
