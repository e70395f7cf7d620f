"""A headline's "<one person>, N others" after a verb ("Militants kill nurse, two others in
Yobe") is one list, the verb's object: the parser hangs "others" on the verb (a conjunct, a
noun adverb, a second object), which leaves the one person and the others apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.chunk_texts import chunk_text
from core.extract.headline_sentences import headline_sentence
from core.extract.measures import lexicon
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_headline_others"
OTHERS = "others"
COMMA = ","
ON_THE_VERB = frozenset({"conj", "npadvmod", "dobj"})


def rehang_headline_others(doc: Doc) -> Doc:
    """Hang a headline's counted "others" right after the verb's object and a comma on that
    object as its conjunct (the list reader counts the one person with them,
    ``victim_lists``); not after a group ("family")."""
    if OTHERS not in chunk_text(doc).lower():
        return doc  # most texts: no token walk
    for others in doc:
        _verb_read_as_noun(others)
        verb = others.head
        if (
            others.lower_ != OTHERS
            or others.dep_ not in ON_THE_VERB
            or verb.pos_ != "VERB"
            or not any(c.dep_ == "nummod" for c in others.children)
            or not headline_sentence(others.sent)
        ):
            continue
        if _in_a_state_of_their_own(others):
            continue  # "Troops kill bandit, two others at large": the others got away
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < others.i), None)
        if obj is None or obj.lemma_.lower() in lexicon().collective_nouns:
            continue  # "kill family, two others": a group is no one of the others
        after = obj.right_edge.i + 1
        if others.left_edge.i == after + 1 and doc[after].text == COMMA:
            others.head, others.dep_ = obj, "conj"
    return doc


def _in_a_state_of_their_own(others: Token) -> bool:
    """ "two others at large", "two others on the run", "two others in hospital": a phrase on
    the others that tells their own state (measures.json others_states), not a place ("two
    others in Yobe"); headlines are parsed sentence-cased, so the words are asked, not their
    capitals."""
    states = word_set("measures", "others_states")
    return any(
        c.dep_ == "prep" and any(t.lower_ in states for t in c.subtree) for c in others.children
    )


# the tags of a headline's opening doers ("Police", "Bandits", "Gunmen")
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
LISTED = frozenset({"appos", "conj"})


def _verb_read_as_noun(others: Token) -> None:
    """ "Police arrest suspect, three others", "Bandits abduct farmer, four others": the
    parser takes the headline's bare verb for a compound noun of its object, which it makes
    the root; the doers, the verb (a measure verb in its plain present) and the object, in
    that order, opening the headline, are put back as subject, verb and object."""
    obj = others.head
    doc = others.doc
    if (
        others.lower_ != OTHERS
        or others.dep_ not in LISTED
        or obj.dep_ != "ROOT"
        or obj.i < 2
        or not headline_sentence(others.sent)
        or _in_a_state_of_their_own(others)  # "Police arrest suspect, two others on the run"
    ):
        return
    verb, doers = doc[obj.i - 1], doc[obj.i - 2]
    if (
        doers.i != obj.sent.start
        or doers.tag_ not in PLURAL_TAGS
        or verb.tag_ != "NN"
        or verb.head.i != obj.i
        or verb.lower_ not in lexicon().verbs
    ):
        return
    verb.head, verb.dep_, verb.pos_, verb.tag_ = verb, "ROOT", "VERB", "VBP"
    obj.head, obj.dep_ = verb, "dobj"
    doers.head, doers.dep_ = verb, "nsubj"
    others.dep_ = "conj"  # the one person and the others: one list, the verb's object
