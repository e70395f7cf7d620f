"""People a report of a kidnapping says were taken or are still held: "52 children had been
taken", "Twelve pupils were taken from the dormitory", "41 remain in captivity", "three are
still with the kidnappers", "40 pupils still held" count the captives, kidnapped. Elsewhere
"taken" and "held" keep what they say ("taken to hospital", "two suspects held"), and so
they do in a report that told of no kidnapping."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.extract.measures import lexicon, people_noun
from core.extract.nlp import holds_lemma
from core.rules import load_rules
from core.text.qualifiers import qualifier_table

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from core.extract.nlp import Chunk

# the roles in which the people counted are the ones the predicate says were taken or held
HELD_ROLES = frozenset({"nsubj", "nsubjpass"})
# the takers a report that counted captives may name by a pronoun: "They took dozens"
_TAKING_PRONOUNS = frozenset({"they"})
# how "held" hangs on the verb that says it lasts: "remain held"
COMPLEMENTS = frozenset({"acomp", "xcomp", "oprd", "ccomp"})


@dataclass(frozen=True, slots=True)
class CaptivityWords:
    taking_verbs: frozenset[str]  # "were taken": carried off
    away_preps: frozenset[str]  # "taken to hospital", "taken into custody": not carried off
    holding_verbs: frozenset[str]  # "still held"
    lasting_adverbs: frozenset[str]  # "still held": the holding goes on
    lasting_verbs: frozenset[str]  # "remain held"
    captivity_nouns: frozenset[str]  # "remain in captivity"
    taker_nouns: frozenset[str]  # "the kidnappers": the report tells of a kidnapping
    holder_nouns: frozenset[str]  # "in the hands of the kidnappers"
    including_verbs: frozenset[str]  # "those taken included 14 girls"
    describing_verbs: frozenset[str]  # "of those taken, 14 are girls"


@functools.cache
def captivity_words() -> CaptivityWords:
    raw: dict[str, list[str]] = load_rules("measures")["captivity"]
    return CaptivityWords(
        taking_verbs=frozenset(raw["taking_verbs"]),
        away_preps=frozenset(raw["away_preps"]),
        holding_verbs=frozenset(raw["holding_verbs"]),
        lasting_adverbs=frozenset(raw["lasting_adverbs"]),
        lasting_verbs=frozenset(raw["lasting_verbs"]),
        captivity_nouns=frozenset(raw["captivity_nouns"]),
        taker_nouns=frozenset(raw["taker_nouns"]),
        holder_nouns=frozenset(raw["holder_nouns"]),
        including_verbs=frozenset(raw["including_verbs"]),
        describing_verbs=frozenset(raw["describing_verbs"]),
    )


def held_captive(num: Token) -> bool:
    """The figure's people were taken ("had been taken", "were taken from the dormitory") or
    are still held ("still held", "remain in captivity", "are still with the kidnappers")."""
    node = num.head if num.dep_ == "nummod" else num
    role = list_head(node)  # "took my wife and my two daughters": the list's object
    if role.dep_ == "dobj":
        return _in_captors_hands(role, node)
    if role.dep_ not in HELD_ROLES:
        return False
    return taken(role) or still_held(num) or _with_captors(role.head)


def list_head(node: Token) -> Token:
    """The first of a list the counted people close ("her son and two nephews were still
    held": "son", the subject the predicate is said of)."""
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    return node


def _in_captors_hands(node: Token, counted: Token | None = None) -> bool:
    """ "The bandits took 25 pupils into the forest", "the kidnappers are still holding 19 of
    the pupils": people the abductors took or hold, as the active verb's object (``node``;
    ``counted`` the member of its list the figure counts, else the object itself)."""
    words = captivity_words()
    counted = node if counted is None else counted
    verb = node.head
    lemma = verb.lemma_.lower()
    # "They took dozens": in a report that counted captives, "they" who take are the takers
    takers = any(
        c.dep_ == "nsubj"
        and (c.lemma_.lower() in lexicon().abductor_nouns or c.lower_ in _TAKING_PRONOUNS)
        for c in verb.children
    )
    # "took dozens": a bare vague count of people
    bare = counted.lower_ in qualifier_table().vague_units and not any(
        p.lower_ == "of" for p in counted.children
    )
    people = bare or people_noun(counted) or any(
        o.dep_ == "pobj" and people_noun(o)
        for p in counted.children if p.lower_ == "of"
        for o in p.children
    )
    return takers and people and (lemma in words.taking_verbs or lemma in words.holding_verbs)


def captors_took(verb: Token) -> bool:
    """ "The kidnappers had taken 16 men": the takers took or hold people the report counts
    (a figure on the object), which a later "the figure" may stand for."""
    return any(
        c.dep_ == "dobj"
        and (c.like_num or any(g.dep_ == "nummod" for g in c.children))
        and _in_captors_hands(c)
        for c in verb.children
    )


def held_by_takers(num: Token) -> bool:
    """ "Militants holding 10 after highway kidnapping", "gunmen holding 25 pupils": a
    headline's participle of holding on the takers, whose object (people, or a bare figure)
    counts the captives."""
    node = num.head if num.dep_ == "nummod" else num
    verb = node.head
    return (
        node.dep_ == "dobj"
        and (node.like_num or people_noun(node))
        and verb.dep_ == "acl"
        and verb.tag_ == "VBG"
        and verb.lemma_.lower() in captivity_words().holding_verbs
        and verb.head.lemma_.lower() in lexicon().abductor_nouns
    )


def taken(node: Token) -> bool:
    """ "N were taken" as a passive with nothing that takes them anywhere else."""
    words = captivity_words()
    verb = node.head
    return (
        node.dep_ == "nsubjpass"
        and verb.lemma_.lower() in words.taking_verbs
        and not any(
            c.lower_ in words.away_preps or c.dep_ in ("oprd", "dobj", "xcomp", "prt")
            for c in verb.children
        )
    )


def still_held(num: Token) -> bool:
    """ "three still held", "19 are still being held", "41 remain held": a holding that goes
    on, said of the figure's people."""
    node = list_head(num.head if num.dep_ == "nummod" else num)
    verb = node.head
    if node.dep_ not in HELD_ROLES:
        return False
    words = captivity_words()
    holding = verb if verb.lemma_.lower() in words.holding_verbs else next(
        (c for c in verb.children
         if c.dep_ in COMPLEMENTS and c.lemma_.lower() in words.holding_verbs),
        None,
    )
    if holding is None:
        return False
    return verb.lemma_.lower() in words.lasting_verbs or any(
        c.lower_ in words.lasting_adverbs for c in (*verb.children, *holding.children)
    )


def held_group(num: Token) -> bool:
    """ "Four of those held were women", "Of those held, 11 are women": the figure is a part
    of a group named as held (which in a kidnapping are the captives)."""
    verbs = captivity_words().holding_verbs
    return any(_named_by(group, verbs) for group in _of_groups(num))


def part_of_the_taken(num: Token) -> bool:
    """ "Those taken included 14 girls", "Of those taken, 14 are girls": a part of the people
    taken or held that its sentence only describes (a copula, "include")."""
    words = captivity_words()
    node = num.head if num.dep_ == "nummod" else num
    verb = node.head
    if node.dep_ == "dobj" and verb.lemma_.lower() in words.including_verbs:
        groups = [c for c in verb.children if c.dep_ == "nsubj"]
    elif node.dep_ == "nsubj" and verb.lemma_.lower() in words.describing_verbs:
        groups = _of_groups(num)
    else:
        return False
    verbs = words.taking_verbs | words.holding_verbs
    return any(_named_by(group, verbs) for group in groups)


def _of_groups(num: Token) -> list[Token]:
    """The groups after the figure's "of", or a fronted "Of those held, 11 ..."."""
    return [
        o
        for p in (*num.children, *(num.head.children if num.dep_ == "nsubj" else ()))
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _named_by(group: Token, verbs: frozenset[str]) -> bool:
    """The group is named by one of the participles: "those held", "the taken pupils"; not
    one taken elsewhere ("those taken to hospital")."""
    away = captivity_words().away_preps
    return any(
        c.lemma_.lower() in verbs
        and c.dep_ in ("acl", "amod")
        and not any(p.lower_ in away for p in c.children)
        for c in group.children
    )


def in_captivity(num: Token) -> bool:
    """The figure's people, the subject, are in captivity or with their captors ("14 remain
    in captivity", "three are still with the kidnappers"; not "the 14 lions")."""
    node = num.head if num.dep_ == "nummod" else num
    return node.dep_ in HELD_ROLES and people_noun(node) and _with_captors(node.head)


def _with_captors(verb: Token) -> bool:
    """ "41 remain in captivity", "three are still with the kidnappers": where the people
    are is their captivity, or their captors."""
    words = captivity_words()
    abductors = lexicon().abductor_nouns
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for place in (o for o in prep.children if o.dep_ == "pobj"):
            lemma = place.lemma_.lower()
            if (prep.lower_ == "in" and lemma in words.captivity_nouns) or (
                prep.lower_ == "with" and lemma in abductors
            ):
                return True
            # "some 30 remain in the hands of the kidnappers"
            if prep.lower_ == "in" and lemma in words.holder_nouns and any(
                o.lemma_.lower() in abductors
                for of in place.children if of.lower_ == "of"
                for o in of.children if o.dep_ == "pobj"
            ):
                return True
    return False


@functools.cache
def _kidnapping_words() -> frozenset[str]:
    """A verb of kidnapping ("abducted"), its noun ("the abduction", "hostages") or its
    takers ("the kidnappers"); seizing things is none."""
    lex = lexicon()
    return frozenset({
        *(v for v, m in lex.verbs.items() if m == "kidnapped" and v not in lex.seizing_verbs),
        *(n for n, m in lex.nouns.items() if m == "kidnapped"),
        *captivity_words().taker_nouns,
    })


def tells_of_kidnapping(chunks: Sequence[Chunk]) -> bool:
    """The report names a kidnapping anywhere (``_kidnapping_words``)."""
    words = _kidnapping_words()
    return any(holds_lemma(chunk.doc, words) for chunk in chunks)  # off the lemma ids


def kidnapping_told(num: Token) -> bool:
    """The figure's sentence names a kidnapping ("eight aid workers are missing after the
    abduction")."""
    words = _kidnapping_words()
    return any(t.lemma_.lower() in words for t in num.sent)
