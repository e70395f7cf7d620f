"""A subject described by a verb of belief cut to its participle, "gunmen suspected to be
bandits invaded the village", "men believed to be militants attacked a post", "two men
thought to be robbers were shot dead", is the subject of the verb after the description.

The parser reads the description's verb as the sentence's own ("Gunmen suspected [...]") and
hangs the real predicate on it as what they suspected: the gunmen become the source of the
figures and the deed loses its doer. Re-hung after the parser, the predicate is the root, the
subject its subject, and the belief verb describes the subject, as "a man believed to be in
his 30s was found dead" already parses. So is a description set off by commas, "two men,
believed to be traders, were shot dead", which the parser hangs on the predicate as an
aside that carries the subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import TAG

from core.extract.word_positions import positions
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_belief_descriptions"
TO = "to"
LINKS = frozenset({"be", "have"})  # "suspected to be", "believed to have"
PREDICATE_DEPS = frozenset({"ccomp", "conj"})  # where the parser hangs the real predicate
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OWN_ARGUMENTS = frozenset({"aux", "auxpass", "dobj", "mark"})  # "police believe the men to be"
CLAUSE_TAGS = frozenset({"VBD", "VBN"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp"})
ASIDES = frozenset({"parataxis", "advcl"})  # where the parser hangs a set-off one


def rehang_described_subjects(doc: Doc) -> Doc:
    """Re-hang each clause's verb that is a belief verb's participle describing its subject
    (the sentence's root, or what a trailing "police said" says)."""
    for at in positions(doc, TAG, CLAUSE_TAGS):
        verb = doc[at]
        if verb.dep_ in CLAUSE_DEPS:
            found = _described(verb)
            if found is not None:
                rehang_description(verb, *found)
        elif verb.dep_ in ASIDES and (aside := _set_off(verb)) is not None:
            _hang_on_subject(verb, *aside)
    return doc


def _belief_subject(verb: Token) -> tuple[Token, Token] | None:
    """The subject before a belief verb's participle and the "be" or "have" of the "to be",
    "to have" right after it ("men believed to be", "two men, said to be"), when the verb has
    no argument of its own and the subject is no pronoun."""
    doc = verb.doc
    if verb.lemma_.lower() not in word_set("measures", "description_verbs"):
        return None
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != TO:
        return None
    link = doc[verb.i + 2]
    if link.lemma_.lower() not in LINKS or link.dep_ != "xcomp" or link.head.i != verb.i:
        return None
    if any(c.dep_ in OWN_ARGUMENTS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return None if subject is None or subject.pos_ == "PRON" else (subject, link)


def _described(verb: Token) -> tuple[Token, Token] | None:
    """The subject a belief verb describes and the predicate the parser hung on the verb."""
    found = _belief_subject(verb)
    if found is None:
        return None  # "they suspected": a person's belief
    subject, link = found
    if subject.i + 1 < verb.i - 1:
        return None  # the subject right before the verb
    return (subject, predicate) if (predicate := _predicate(verb, link)) else None


def _set_off(verb: Token) -> tuple[Token, Token] | None:
    """The subject a belief verb set off by commas describes, and the predicate the parser
    hung the aside on, with no subject of its own."""
    found = _belief_subject(verb) if verb.doc[verb.i - 1].text == "," else None
    if found is None:
        return None
    subject, link = found
    predicate = verb.head
    if (
        predicate.pos_ not in ("VERB", "AUX")
        or predicate.i < link.right_edge.i
        or any(c.dep_ in SUBJECTS for c in predicate.children)
    ):
        return None
    return subject, predicate


def _predicate(verb: Token, link: Token) -> Token | None:
    """The verb after the description, with no subject of its own: one the parser hung on
    the belief verb, or a participle it took for the described noun's ("bandits invaded")."""
    after = link.right_edge.i
    for c in verb.children:
        if c.dep_ in PREDICATE_DEPS and c.pos_ in ("VERB", "AUX") and c.i > after:
            return None if any(s.dep_ in SUBJECTS for s in c.children) else c
    for c in link.subtree:
        if c.dep_ == "acl" and c.tag_ in CLAUSE_TAGS and c.head.dep_ == "attr":
            return c
    return None


def rehang_description(verb: Token, subject: Token, predicate: Token) -> None:
    """Make ``predicate`` the clause's verb, ``subject`` its subject, ``verb`` a description
    of the subject."""
    for child in list(verb.children):
        if child.i not in (subject.i, predicate.i) and child.i > predicate.i:
            child.head = predicate  # the sentence's closing stop, a trailing "police said"
    if predicate.dep_ == "acl" and not any(c.dep_ == "aux" for c in predicate.children):
        predicate.tag_ = "VBD"  # "bandits invaded": the past of the sentence, no participle
    root = verb.dep_ == "ROOT"
    predicate.head = predicate if root else verb.head
    predicate.dep_ = verb.dep_
    _hang_on_subject(verb, subject, predicate)


def _hang_on_subject(verb: Token, subject: Token, predicate: Token) -> None:
    """``subject`` the subject of ``predicate`` (passive or not), ``verb`` its description."""
    passive = any(c.dep_ == "auxpass" for c in predicate.children)
    subject.head, subject.dep_ = predicate, ("nsubjpass" if passive else "nsubj")
    verb.head, verb.dep_ = subject, "acl"
