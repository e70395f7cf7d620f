"""People a family, a unit or a person lost or mourns: the dead of a bereavement ("she lost two
sons in the blast", "the family lost three members", "mourning four relatives", "the loss of
three children"). The word lists are ``loss_verbs``, ``loss_nouns``, ``bereaved_nouns`` and
``member_owners`` of ``core/rules/measures.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.factuality import intended, unreal
from core.extract.measures import Reading, lexicon
from core.extract.nlp import negated
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

MAX_CONJUNCTS = 8  # a list of kin read this far back to the verb, no further
OWNED_PEOPLE = frozenset({"people", "person", "member"})  # "... of one household"
OWNER_PREPOSITIONS = frozenset({"of", "from"})  # "members of the crew", "people from one clan"


def bereavement(node: Token, noun: Token | None) -> Reading | None:
    """The figure counts the kin (or comrades) a verb of loss takes as its object, or a noun of
    loss names after its "of": they were killed. Games, jobs and seats lost count no one."""
    if noun is None or not bereaved(noun):
        return None
    lex = lexicon()
    for _ in range(MAX_CONJUNCTS):  # "lost seven soldiers and four civilians"
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    head = node.head
    if node.dep_ == "dobj" and head.lemma_.lower() in lex.loss_verbs:
        anchor = head
    elif (
        node.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lemma_.lower() in lex.loss_nouns
    ):
        anchor = head.head
    else:
        return None
    if negated(anchor) or intended(anchor) or unreal(anchor):
        return None  # "did not lose a son", "could lose two brothers"
    return Reading(measure="killed", noun=noun, anchor=anchor, rule=f"loss:{anchor.lemma_}")


def bereaved(noun: Token) -> bool:
    """ "two sons", "three loved ones", "four family members", "the family lost three
    members", "four people of one household": people whose loss is a death, not a count of
    anyone who left."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    mods = {w for c in noun.children if c.dep_ in ("amod", "compound")
            for w in (c.lower_, c.lemma_.lower())}  # "loved" is no lemma "love" here
    if lemma in lex.bereaved_nouns or any(f"{m} {lemma}" in lex.bereaved_nouns for m in mods):
        return True
    # "lost four people from one household": the parser may hang the "from" on the verb
    after_object = [p for p in noun.head.children if p.i > noun.i] if noun.dep_ == "dobj" else []
    if lemma in OWNED_PEOPLE and any(
        p.dep_ == "prep" and p.lower_ in OWNER_PREPOSITIONS and any(
            o.dep_ == "pobj" and o.lemma_.lower() in lex.member_owners for o in p.children)
        for p in (*noun.children, *after_object)
    ):
        # "we lost four people of one household", "two members of the crew", "two people
        # from one clan"
        return True
    if lemma in word_set("measures", "force_members") and noun.dep_ == "dobj" and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in word_set("measures", "force_owners")
        for c in noun.head.children
    ):
        return True  # "the police lost 176 officers", "the army lost 40 soldiers"
    if lemma != "member":
        return False
    if mods & lex.member_owners:
        return True  # "lost three family members"
    # "the family lost three members", "the family lost two of its members"
    verb = next((a for a in noun.ancestors if a.pos_ == "VERB"), None)
    return verb is not None and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lex.member_owners for c in verb.children
    )



def subject_bereft(verb: Token) -> bool:
    """The verb's subject suffered the figure ("security forces lost 455 personnel", "the
    army suffered heavy losses"): the side that lost them, no doer of the harm."""
    lemma = verb.lemma_.lower()
    return lemma in lexicon().loss_verbs or lemma in word_set("measures", "experiencer_verbs")
