"""A count of the people who tell the news is no claim (issue #11, not claims): "...,
two security sources said", "three police sources told Reuters", "according to two medical
sources", "two residents and a local official said" count the sources, not anyone harmed.
A group told harmed that speaks ("two wounded guards told reporters") is still counted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.measures import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_CLAUSE_DEPS = frozenset({"ccomp", "parataxis"})  # what the speakers said


def counts_speakers(num: Token) -> bool:
    """``num`` counts the subject of a verb of saying that frames a clause, one of a list
    of such subjects, or the sources after "according to"."""
    if num.dep_ != "nummod":
        return False
    noun = head = num.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "two residents and a local official said": the list's first
    if _harmed(noun) or any(c.dep_ == "amod" and c.pos_ == "VERB" for c in noun.children):
        return False  # "fired 11 shots", misparsed into a list of speakers: a deed's count
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "to":
        return verb.head.lower_ == "according"
    return (
        head.dep_ == "nsubj"
        and verb.lemma_.lower() in cues().attributing
        and any(c.dep_ in _CLAUSE_DEPS for c in verb.children)
    )


def _harmed(noun: Token) -> bool:
    """The counted noun is told hurt, dead or held ("two wounded guards", "three survivors
    who were shot")."""
    lex = lexicon()
    return any(
        c.lemma_.lower() in lex.verbs or c.lower_ in lex.nouns
        for c in noun.children
        if c.dep_ in ("amod", "relcl", "acl", "compound")
    )
