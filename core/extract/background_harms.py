"""A harm told in passing: in a clause that describes the person the news is about ("the family
of a boy who was fatally shot has filed a lawsuit", "police identified the man who was killed in
a parking lot", "the mother of a teen killed in a shooting spoke out Tuesday"). Such a lead's
news is what came after (a suit, a name, a plea, a capture), on a day that may lie weeks past
the harm; a clause on the incident itself ("an incident at a hotel that left four people dead")
tells the harm as the news."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.incident_words import (
    _governor,
    dates_arrival,
    death_verb,
    harm_verbs,
    incident_noun,
)
from core.extract.measures import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token


def told_in_passing(tok: Token) -> bool:
    """The word stands in a relative clause ("who was shot", "that killed him") on a person:
    the clause describes someone, it does not tell the news."""
    for node in (tok, *tok.ancestors):
        if node.dep_ == "relcl":
            return _of_a_person(node)
    return False


_WHO = frozenset({"who", "whom", "whose"})


def _of_a_person(clause: Token) -> bool:
    """The clause hangs on a person: a noun of people ("a boy", "the gunman", "relatives"), a
    name, an age ("a 17-year-old"), or any noun a "who" clause describes; not on a thing
    ("a bus overturned ..., injuring nine") nor an incident ("a shooting that killed two")."""
    noun = clause.head
    if incident_noun(noun):
        return False
    lex = lexicon()
    people = lex.people_nouns | lex.suspect_nouns | lex.bereaved_nouns | lex.victim_nouns
    return (
        noun.lemma_.lower() in people
        or noun.ent_type_ == "PERSON"
        or noun.lower_ == "old"
        or any(t.lower_ in _WHO for t in clause.children)
    )


# the clauses that describe a noun: "who was shot", "killed in a shooting", "accused of killing"
_DESCRIBING = frozenset({"relcl", "acl"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _describing(tok: Token) -> Token | None:
    """The clause describing a noun other than an incident's that the word stands in: a
    relative clause, or a participle of a harm or a charge ("a teen killed in ...", "a man
    accused of ..."), not of what was said ("a call saying they were treating a boy")."""
    for node in (tok, *tok.ancestors):
        if node.dep_ in _DESCRIBING:
            lemma = node.lemma_.lower()
            told = node.dep_ == "relcl" or lemma in harm_verbs() or death_verb(node)
            told = told or lemma in lexicon().charge_words
            return node if told and _of_a_person(node) else None
    return None


def harm_word(tok: Token) -> bool:
    """ "shot", "killed", "died", "dead", "the shooting"."""
    return (
        tok.lemma_.lower() in harm_verbs()
        or death_verb(tok)
        or incident_noun(tok)
        or tok.lower_ == "dead"
    )


def _someone_elses(clause: Token, verb: Token) -> bool:
    """The clause describes someone other than the doer of the dated verb ("the mother of a
    teen killed ...", "police identified the man who was killed"), or its doer by a charge
    ("a man accused of killing a boy"); not "a man who shot his neighbour fled Sunday", the
    gunman's flight that day."""
    noun = clause.head
    if not (noun.dep_ in _SUBJECTS and noun.head.i == verb.i):
        return True
    return clause.lemma_.lower() in lexicon().charge_words


def dates_later_news(root: Token) -> bool:
    """The date governs what was done later of someone the sentence describes by a harm ("the
    mother of a teen killed in a shooting spoke out Tuesday", "a man accused of killing a boy
    was captured Monday"): every harm word stands in a clause describing a person, and the
    dated verb is no harm, death, coming of police or medics, or care ("a man shot in the
    leg was rushed to a hospital Sunday" is the day's)."""
    verb = _governor(root)
    if verb.i == root.i or verb.pos_ != "VERB" or _describing(verb) is not None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in harm_verbs() or death_verb(verb) or dates_arrival(root):
        return False
    if lemma in lexicon().care_verbs:
        return False
    clauses = [_describing(t) for t in root.sent if harm_word(t)]
    return bool(clauses) and all(c is not None and _someone_elses(c, verb) for c in clauses)
