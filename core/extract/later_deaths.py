"""People hurt or taken who then died in the same clause: "two guards had been badly hurt by
the bomb and died in hospital", "three people were wounded and later succumbed",
"45 people were kidnapped and killed". The verb of dying or killing joined to the verb of the
harm, with no subject of its own, says what became of the same people: they count among the
dead. So does the predicate of the counted people when the harm is told in a clause on them:
"30 workers who had been abducted were later killed"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.factuality import factual
from core.extract.measures import lexicon
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
OBJECTS = frozenset({"dobj", "obj"})
# the taken then killed ("were kidnapped and killed"); the hurt "and killed" may be the two
# groups of a toll ("were injured and killed in separate incidents")
TAKEN = frozenset({"kidnapped"})
HURT = "injured"
# the clauses on a counted noun that tell what had befallen its people before its predicate
EARLIER_HARM_CLAUSES = frozenset({"relcl", "acl"})


def died_after(harm: Token | None, measure: str = "injured") -> bool:
    """The harm verb has a conjoined verb of dying ("intransitive" verbs of the killed), or for
    the taken (``measure``) or a way of harm one of killing, with no subject of its own,
    reported as done: "were injured and later died", "were kidnapped and killed", "were
    stabbed and killed", not "were injured and one died" (a part of them) or "were injured
    and could die"."""
    return later_death(harm, measure) is not None


def later_death(harm: Token | None, measure: str = "injured") -> Token | None:
    """The verb of dying or killing ``died_after`` reads, or None."""
    if harm is None:
        return None
    lex = lexicon()
    killing = measure in TAKEN or _a_way_of_harm(harm, measure)
    return next(
        (
            c
            for c in harm.children
            if c.dep_ == "conj"
            and lex.verbs.get(c.lemma_.lower()) == "killed"
            and (c.lemma_.lower() in lex.intransitive or (killing and _passive_participle(c)))
            and not any(g.dep_ in SUBJECTS for g in c.children)
            and factual(c)
            and not nearly(c)
        ),
        None,
    )


def killed_by_another(harm: Token | None, measure: str) -> Token | None:
    """ "were beaten by a mob and later killed by police": the killing joined to the harm
    names its own doer, who killed them; the verb whose agent that is, else None."""
    death = later_death(harm, measure)
    if death is None or not any(c.dep_ == "agent" for c in death.children):
        return None
    return death


def nearly(verb: Token) -> bool:
    """ "were nearly killed", "were beaten and nearly killed", "almost died": a death that
    did not happen (``near_miss_adverbs``)."""
    near = word_set("measures", "near_miss_adverbs")
    return any(c.dep_ == "advmod" and c.lower_ in near for c in verb.children)


def _a_way_of_harm(harm: Token, measure: str) -> bool:
    """ "stabbed", "beaten", "tortured": a harm that tells how people were hurt, which a
    killing joined to it ("were stabbed and killed") says they died of, as "shot and killed"
    does; only the plain words of the hurt ("injured", "wounded": ``hurt_words``) name a second
    group of the toll, as ``either_harms`` reads "killed and wounded"."""
    return measure == HURT and harm.lower_ not in word_set("event_types", "hurt_words")


def _passive_participle(verb: Token) -> bool:
    """ "were kidnapped and killed", "abducted and later murdered": a participle of killing
    that shares the passive subject of the verb before it (no object of its own)."""
    return verb.tag_ == "VBN" and not any(c.dep_ in OBJECTS for c in verb.children)


def killed_after_clause(clause: Token | None, node: Token) -> bool:
    """The harm is told in a clause on the counted noun ``node`` ("who had been abducted",
    "taken in the raid") and the noun's own predicate, after it, says they were killed or
    died, reported as done: "30 workers who had been abducted were later killed", "two
    guards wounded in the blast died in hospital"; not "were freed" nor "could be killed"."""
    if clause is None or clause.dep_ not in EARLIER_HARM_CLAUSES or clause.head.i != node.i:
        return False
    verb = node.head
    if node.dep_ not in SUBJECTS or verb.i < clause.i or verb.pos_ != "VERB":
        return False
    lex = lexicon()
    lemma = verb.lemma_.lower()
    if lex.verbs.get(lemma) != "killed":
        return False
    passive = node.dep_ == "nsubjpass" and not any(c.dep_ in OBJECTS for c in verb.children)
    return (passive or lemma in lex.intransitive) and factual(verb)


def died_in_relative(node: Token) -> bool:
    """The counted people, or the whole a part of them is taken from, have a relative clause
    after them that says they died or were killed, reported as done: "wounded two gunmen,
    who died later", "wounded one of the attackers, who died on the way to hospital",
    "kidnapped three farmers, who were later killed"; not "who fled", "who nearly died"."""
    # the whole only for a part a figure counts ("one of the gunmen"), not for people
    # belonging to someone ("two relatives of a man who died")
    wholes = [p for prep in node.children if prep.dep_ == "prep" and prep.lower_ == "of"
              for p in prep.children if p.dep_ == "pobj"] if node.like_num else []
    holders = [node, *wholes]
    lex = lexicon()
    for holder in holders:
        for clause in holder.children:
            lemma = clause.lemma_.lower()
            if (
                clause.dep_ == "relcl"
                and clause.i > holder.i
                and lex.verbs.get(lemma) == "killed"
                and any(c.dep_ in SUBJECTS and c.lower_ in ("who", "that") for c in clause.children)
                and (lemma in lex.intransitive or any(c.dep_ == "auxpass" for c in clause.children))
                and factual(clause)
                and not nearly(clause)
            ):
                return True
    return False
