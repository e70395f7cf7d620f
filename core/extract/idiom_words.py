"""The words that complete an idiom with its verb ("left 5 dead", "took 12 hostage", "taken
into custody"), which ``participants`` looks up in rules/measures.json "idioms"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


def idiom_words(head: Token, node: Token) -> list[Token]:
    """The words that complete an idiom with the verb: its predicative or object ("left 5
    dead", "took 12 hostage"), or the object of its preposition ("taken into custody")."""
    words = []
    for child in head.children:
        if child.i == node.i:
            continue
        if child.dep_ in ("oprd", "xcomp", "ccomp", "acomp", "dobj", "attr") or (
            child.dep_ == "advcl" and child.pos_ == "ADJ"  # "shot one person dead"
        ):
            words.append(child)
        # "sent 12 militants to hell": "to" a dative; "struck by gunfire": the agent
        elif child.dep_ in ("prep", "dative", "agent"):
            # not "in the custody of their aunt": a guardian's, no arrest
            words.extend(
                c for c in child.children
                if c.dep_ == "pobj" and not any(g.lower_ == "of" for g in c.children)
            )
    # "left 46 inmates dead": the parser may hang the predicative on the object; "shot dead
    # one of them": right after the verb, as an adjective of the object
    words.extend(
        c for c in node.children
        if c.dep_ == "oprd" or (c.dep_ == "amod" and c.i == head.i + 1 < node.i)
    )
    return [*words, *_degrees_of(words)]


def _degrees_of(words: list[Token]) -> list[Token]:
    """ "sustained varying degrees of injuries": what a noun of how much or what kind
    (rules/measures.json "degree_nouns") is "of", which completes the idiom in its place."""
    degrees = word_set("measures", "degree_nouns")
    return [
        obj
        for word in words
        if word.lemma_.lower() in degrees
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
