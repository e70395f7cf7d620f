"""Who a passive or a participle befell: "had killed" is active, "two partners wounded" a
participle said of its subject, "caught in the crossfire and hurt" a harm joined to a passive,
and the people one holds for a deed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, counts_things, lexicon, people_noun
from core.extract.shooting import shot_measure

if TYPE_CHECKING:
    from spacy.tokens import Token

# Words of a qualifier the parser may take for a preposition ("over 40", "about a dozen")
QUALIFIER_PREPS = frozenset({"over", "about", "around", "under", "nearly", "almost", "some"})


def perfect(verb: Token) -> bool:
    """ "the suspects had killed two people": a participle after "have" is active."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def bare_participle(verb: Token, node: Token) -> bool:
    """ "left a clerk dead and two partners wounded", "Three militants killed in clash": a
    harm verb with no object, no auxiliary, whose counted subject the parser read as its
    agent, is the participle said of them (an agent acts on someone: "gunmen killed two")."""
    return (
        (verb.tag_ in ("VBD", "VBN") or verb.lower_ == "hurt")  # "hurt" reads as a present
        and node.pos_ == "NOUN"
        and any(c.dep_ == "nummod" for c in node.children)
        and not counts_things(node)
        and not any(
            c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "prt", "aux") for c in verb.children
        )
    )


def shared_passive(verb: Token) -> Reading | None:
    """ "two passersby were caught in the crossfire and hurt": a harm participle joined to
    the passive verb, with no subject of its own, befell the same people."""
    lex = lexicon()
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.tag_ != "VBN" or any(
            c.dep_.startswith("nsubj") for c in conj.children
        ):
            continue
        lemma = conj.lemma_.lower()
        measure = shot_measure(conj) if lemma == "shoot" else lex.verbs.get(lemma)
        if measure is not None and lemma not in lex.intransitive:
            return Reading(measure=measure, anchor=conj, rule=f"verb:{lemma}:passive+shared")
    return None


def held_people(node: Token) -> bool:
    """People one holds for a deed: "four suspects", "two men", "4" (not "two meetings")."""
    lex = lexicon()
    word = node.lemma_.lower()
    return people_noun(node) or word in lex.suspect_nouns or word in lex.agent_nouns


def verb_taken_for_a_participle(node: Token) -> Reading | None:
    """ "The quake injured over two dozen villagers": the parser read "The quake injured" as a
    noun and its participle, and the count after the qualifier as the participle's object of
    a preposition. A thing cannot be hurt: the verb is the sentence's, the count its object."""
    prep = node.head
    if node.dep_ != "pobj" or prep.lower_ not in QUALIFIER_PREPS:
        return None
    verb = prep.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.i > verb.i or verb.i + 1 != prep.i:
        return None
    lex = lexicon()
    lemma = verb.lemma_.lower()
    measure = lex.verbs.get(lemma)
    if measure is None or lemma in lex.intransitive or people_noun(verb.head):
        return None
    return Reading(measure=measure, anchor=verb, rule=f"verb:{lemma}:object")
