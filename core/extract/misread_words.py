"""Words around a count the parser misreads as prepositions. A preposition written into a
hyphened word ("two off-duty policemen", "four over-ground workers") is part of the noun's
modifier, not a preposition that ends the figure's phrase; a qualifier before a count
("detained around a dozen youth") may be parsed as a preposition whose object is the counted
noun, when the noun is the verb's own object; the state a verb like "left" gives its object
("left 11 people, including two boys, injured") may be hung on another word; a phrasal harm
before a count whose verb the tagger took for a noun ("Gunmen on a motorcycle shot dead two
shopkeepers") still says what befell the count."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.extract.passives import QUALIFIER_PREPS, held_people
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

HYPHENS = frozenset({"-", "‐", "‑"})
# harm states a "left"/"found" gives its object, by the word that says it
STATES = frozenset({"dead", "injured", "wounded", "hurt"})


def hyphened(word: Token) -> bool:
    """The word is joined by a hyphen to the next or the one before ("off-duty", "over-ground")."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    before = doc[word.i - 1] if word.i > 0 else None
    return (
        after is not None and not word.whitespace_ and after.text in HYPHENS
    ) or (before is not None and not before.whitespace_ and before.text in HYPHENS)


def qualified_object(node: Token) -> Reading | None:
    """ "Police detained around a dozen youth": the counted noun as the object of the
    qualifier the parser made a preposition of the verb is the verb's object. Only where the
    qualifier follows a harm or arrest verb with no object of its own, and the noun counts
    people; not "fired around 30 rounds", nor "killed two men around noon"."""
    if node.dep_ != "pobj" or not held_people(node):
        return None
    qualifier = node.head
    verb = qualifier.head
    if qualifier.lower_ not in QUALIFIER_PREPS or qualifier.dep_ not in ("prep", "advmod"):
        return None
    if verb.pos_ != "VERB" or verb.i > qualifier.i or not _opens_the_count(qualifier, node):
        return None
    if any(c.dep_ in ("dobj", "auxpass") for c in verb.children):
        return None
    lex = lexicon()
    lemma = verb.lemma_.lower()
    measure = lex.verbs.get(lemma)
    if measure is None or lemma in lex.intransitive:
        return None
    return Reading(measure=measure, anchor=verb, rule=f"verb:{lemma}:object")


def _opens_the_count(qualifier: Token, noun: Token) -> bool:
    """The qualifier stands right before the count of the noun: only number words, an
    article or 'of' between them ("around a dozen", "about 20", "some two dozen")."""
    between = qualifier.doc[qualifier.i + 1 : noun.i]
    return any(t.like_num or t.lower_ in ("dozen", "dozens", "hundred") for t in between) and all(
        t.like_num or t.pos_ in ("DET", "NUM") or t.lower_ in ("dozen", "hundred", "of")
        for t in between
    )


def state_after_object(node: Token) -> Reading | None:
    """ "The blast left 11 people, including two boys, injured", "fired on a patrol, leaving
    three soldiers wounded": the harm state after the object of a verb of 'state_verbs' (its
    phrase and a comma-set part of it skipped), which the parser hung on another word, is said
    of the object. The state ends its clause and has no subject of its own ("left two people
    and one of them was hurt" says it of another; "left 11 people homeless" is no harm)."""
    verb = node.head
    lex = lexicon()
    if node.dep_ != "dobj" or verb.lemma_.lower() not in lex.state_verbs:
        return None
    state = _state_after(node)
    if state is None or state.head.i == verb.i:
        return None  # hung on the verb, the state is the verb's idiom ("left 5 dead")
    doc, i = node.doc, state.i
    after = doc[i + 1] if i + 1 < len(doc) else None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in state.children) or (
        after is not None and not (after.is_punct or after.pos_ in ("ADP", "CCONJ"))
    ):
        return None
    measure = lex.nouns.get(state.lower_) or lex.verbs.get(state.lemma_.lower())
    if measure is None:
        return None
    return Reading(measure=measure, noun=node, anchor=verb, rule=f"stated:{state.lower_}")


def _state_after(node: Token) -> Token | None:
    """The first harm state after the object's phrase, or after a comma inside it (the parser
    may take the state into a part the phrase includes: "11 people, including two boys, dead")."""
    doc = node.doc
    i = node.i + 1
    while i < len(doc) and doc[i].is_ancestor(node) is False and node.is_ancestor(doc[i]):
        word = doc[i]
        if word.lower_ in STATES and doc[i - 1].text == "," and word.head.i != node.i:
            return word
        i += 1
    if i < len(doc) and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].lower_ not in STATES or doc[i].head.i == node.i:
        return None
    return doc[i]


def phrasal_before_count(node: Token) -> Reading | None:
    """ "Gunmen on a motorcycle shot dead two shopkeepers": a phrase after the subject may
    take the clause's verb for a noun ("a motorcycle shot") and the counted people for its
    own object; the phrasal harm written right before the count ("shot dead") still says what
    befell the people it counts."""
    counts = [c for c in node.children if c.dep_ == "nummod" and c.i < node.i]
    if not counts or not held_people(node) or node.dep_ == "dobj":
        return None
    start = min(t.left_edge.i for t in counts)
    doc = node.doc
    if start < 2:
        return None
    verb, particle = doc[start - 2], doc[start - 1]
    if verb.pos_ == "VERB":
        return None  # a verb the parser read right has its object read with it
    lemma = _noun_read_verbs().get(verb.lower_)
    measure = lexicon().phrasal.get((lemma, particle.lower_)) if lemma else None
    if measure is None:
        return None
    rule = f"misread:{lemma} {particle.lower_}"
    return Reading(measure=measure, noun=node, anchor=verb, rule=rule)


@functools.cache
def _noun_read_verbs() -> dict[str, str]:
    return {str(k): str(v) for k, v in load_rules("measures")["noun_read_verbs"].items()}
