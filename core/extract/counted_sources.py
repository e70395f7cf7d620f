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
    if num.dep_ != "nummod" or _after_a_verb(num):
        return False
    noun = head = num.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "two residents and a local official said": the list's first
    if told_harmed(noun) or any(c.dep_ == "amod" and c.pos_ == "VERB" for c in noun.children):
        return False  # "fired 11 shots", misparsed into a list of speakers: a deed's count
    verb = head.head
    if head.dep_ == "pobj" and verb.lower_ == "to":
        return verb.head.lower_ == "according"
    return (
        head.dep_ == "nsubj"
        and verb.lemma_.lower() in cues().attributing
        and any(c.dep_ in _CLAUSE_DEPS for c in verb.children)
        and not _speaks_of_own_harm(verb)
        and _runs_to_its_verb(head, verb)
    )


_QUALIFIER_POS = frozenset({"ADV", "ADJ", "ADP", "DET"})  # "at least", "more than", "some"
_QUALIFIER_WORDS = 3


def _after_a_verb(num: Token) -> bool:
    """The count follows a verb, its qualifier words between ("kidnapping at least 40
    worshippers, residents ... said"): the verb's object the parser took for a speaker."""
    i = num.i - 1
    while i >= 0 and num.i - i <= _QUALIFIER_WORDS and num.doc[i].pos_ in _QUALIFIER_POS:
        i -= 1
    return i >= 0 and num.doc[i].pos_ == "VERB" and num.doc[i].lower_ != "according"


def _runs_to_its_verb(noun: Token, verb: Token) -> bool:
    """Nothing but the names of more speakers stands between the counted noun and its verb
    ("two residents and a local official said"), not a verb or a part ("killing nine people,
    including four soldiers, police said"; "Ten people were killed, seven police officers
    and three bystanders, an official told reporters": the parser's subject)."""
    if any(c.dep_ == "nsubj" and noun.i < c.i < verb.i for c in verb.children):
        return False  # "..., seven police officers, a district official told": his verb
    return noun.i < verb.i and all(
        t.pos_ not in ("VERB", "AUX") and t.lower_ != "including"
        for t in noun.doc[noun.i + 1 : verb.i]
    )


def told_harmed(noun: Token, *, by_noun: bool = True) -> bool:
    """The counted noun is told hurt, dead or held: a noun of harm ("three hostages",
    "homicide victims"; not with ``by_noun`` off), a word of harm on it ("two wounded
    guards", "four kidnapped students", "five people injured in the blast", "three
    survivors who were shot")."""
    lex = lexicon()
    if by_noun and (noun.lemma_.lower() in lex.nouns or noun.lower_ in lex.nouns):
        return True
    deps = ("amod", "relcl", "acl", "compound") if by_noun else ("amod", "relcl", "acl")
    return any(_a_harm_word(c) for c in noun.children if c.dep_ in deps)


def _a_harm_word(word: Token) -> bool:
    lex = lexicon()
    lower = word.lower_
    # the tagger's adjective keeps its form ("kidnapped"): its verb, less the ending
    stems = {word.lemma_.lower(), lower, lower[:-2], lower[:-3]} if lower.endswith("ed") else {
        word.lemma_.lower(), lower
    }
    return lower in lex.nouns or bool(stems & lex.verbs.keys())


def _speaks_of_own_harm(verb: Token) -> bool:
    """ "Three journalists said they were beaten": the speakers tell their own harm."""
    return any(
        c.dep_ in _CLAUSE_DEPS
        and c.lemma_.lower() in lexicon().verbs
        and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in ("they", "we") for s in c.children)
        for c in verb.children
    )
