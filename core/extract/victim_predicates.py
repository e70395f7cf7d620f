"""The predicates that make a subject or an object a victim: "was shot and killed", "died",
"is dead", "was fatally wounded" for a subject (``casualty_predicate``); "shot and killed",
"wounded", "left ... dead" for an object (``object_predicate``); each with the gravest
measure it tells, reported as done."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.care import (
    found_with_harm,
    in_condition,
    off_life_support,
    recovering_from_harm,
    taken_with_harm,
    treated_for_harm,
    treated_there,
)
from core.extract.factuality import factual, fatal
from core.extract.later_deaths import nearly
from core.extract.list_members import conjuncts
from core.extract.measures import lexicon
from core.extract.participants import in_passive_coordination, misread_state
from core.extract.reduced_passives import reduced_passive
from core.extract.shooting import DEAD_OF_OBJECT, DEAD_OF_SUBJECT, shot_dead, to_death
from core.extract.stranded_subjects import stranded_subject
from core.extract.struck_victims import struck_by
from core.extract.suffered_harms import carried_harm
from core.extract.unsaved import denied_survival
from core.extract.victim_names import (
    CASUALTY_MEASURES,
    intransitive_phrasal,
    phrasal_measure,
)
from core.extract.weapon_blows import struck_state

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def object_predicate(obj: Token) -> tuple[list[Token], Measure, str] | None:
    """The active verbs an object is the victim of ("shot and killed", "fatally shot",
    "wounded", "left ... dead"), the gravest measure and its lemma; None when the clause is
    negated, hypothetical or intended, or "shot" alone says nothing of the outcome."""
    verbs = _object_verbs(obj)
    if verbs is None:
        return None
    best: tuple[Measure, str] | None = None
    for v in verbs:
        measure = _inflicted(v, obj)
        if measure is not None:
            best = _graver(best, measure, v.lemma_.lower())
    if best is None or not all(factual(v) for v in verbs):
        return None
    return verbs, best[0], best[1]


def _object_verbs(obj: Token) -> list[Token] | None:
    """The active verbs that share the object; None when the verb is passive."""
    head = obj.head
    if head.lower_ == "dead" and head.head.lemma_.lower() == "shoot":
        head = head.head  # "shot dead a shopkeeper" parses "dead" as a preposition
    if head.pos_ not in ("VERB", "AUX") or any(c.dep_ == "auxpass" for c in head.children):
        return None
    verbs = [head]
    # "shot and killed a boy": the last verb's object is its object-less conjuncts' too
    first = head
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
        if any(c.dep_ == "dobj" for c in first.children):
            break
        verbs.insert(0, first)
    return verbs


def _inflicted(verb: Token, obj: Token) -> Measure | None:
    """The casualty an active verb reports on its object, if it reports one as done."""
    lex = lexicon()
    lemma = verb.lemma_.lower()
    measure = lex.verbs.get(lemma) or phrasal_measure(verb)  # "gunned down a shopkeeper"
    if lemma in lex.intransitive:
        measure = None
    if (lemma == "shoot" and fatal(verb)) or shot_dead(verb, DEAD_OF_OBJECT) or to_death(verb):
        measure = "killed"  # "fatally shot", "shot dead", "hacked a man to death" (as numerals)
    elif lemma == "shoot" and not any(c.dep_ == "relcl" for c in obj.children):
        # "a gunman shot a clerk" is how news says he was hurt, as "a clerk was shot" is (a
        # later "the clerk died" makes him dead); "shot a clerk who later died": the clause
        measure = "injured"
    if lemma in lex.state_verbs:
        # "left a man dead", "found a woman injured": the state is the measure; after a list
        # the parse may hang it on the last member ("left two guards and a cook dead")
        listed = max(conjuncts(obj), key=lambda m: m.i)
        words = [
            c for c in (*verb.children, *obj.children, *listed.children)
            if c.dep_ in ("oprd", "acomp", "acl", "amod", "xcomp", "ccomp") and c.i > obj.i
        ]
        if misread_state(listed):
            words.append(listed)
        measure = next((
            lex.nouns[c.lower_] for c in words if lex.nouns.get(c.lower_) in CASUALTY_MEASURES
        ), None)
    if measure is None and (treated_for_harm(verb, obj) or found_with_harm(verb, obj)):
        measure = "injured"  # "treated a boy for a gunshot wound", "found a man with one"
    return _factual_casualty(verb, measure)


def _factual_casualty(verb: Token, measure: Measure | None) -> Measure | None:
    """The casualty measure if the verb reports it as done ("fatally wounded" is killed)."""
    if measure not in CASUALTY_MEASURES or not factual(verb):
        return None
    if measure == "injured" and fatal(verb):
        return "killed"
    return measure


def _graver(
    best: tuple[Measure, str] | None, measure: Measure, lemma: str
) -> tuple[Measure, str]:
    """The first measure read, unless a later verb kills where it only injured."""
    if best is None or (measure == "killed" and best[0] != "killed"):
        return (measure, lemma)
    return best


def casualty_predicate(subj: Token) -> tuple[list[Token], Measure, str] | None:
    """The verbs a subject is the victim of ("was shot and killed", "died", "is dead",
    "was fatally wounded"), the gravest measure among them and its lemma; None when the
    subject is the agent, or the clause is negated, hypothetical, future or intended."""
    lex = lexicon()
    head = subj.head
    # "three were killed and another injured": the second verb shares the passive
    passive_head = (
        subj.dep_ == "nsubjpass"
        or any(c.dep_ == "auxpass" for c in head.children)
        or (head.tag_ == "VBN" and in_passive_coordination(head))
    )
    verbs = _sharing_subject(head)
    best: tuple[Measure, str] | None = None
    for v in verbs:
        lemma = v.lemma_.lower()
        passive = passive_head if v is head else (
            passive_head or any(c.dep_ == "auxpass" for c in v.children)
        )
        # "shot dead", "shot to death", "was trampled / crushed / hacked to death"
        phrasal = intransitive_phrasal(v)  # "passed away"
        measure = "killed" if shot_dead(v, DEAD_OF_SUBJECT) or (passive and to_death(v)) else (
            lex.verbs.get(lemma) or phrasal_measure(v) or phrasal  # "was gunned down"
        )
        if measure in CASUALTY_MEASURES and not passive and lemma not in lex.intransitive and (
            phrasal is None
        ) and not reduced_passive(v, subj):
            if v is head:
                return None  # "a man killed ...": the subject is the agent
            continue
        if measure == "killed" and nearly(v):
            continue  # "The officer was nearly killed in the blast": a death that did not happen
        suffered = _suffered(v, measure, passive=passive)
        if suffered is not None:
            best = _graver(best, suffered, lemma)
    if best is None or not (factual(head) or denied_survival(head)):
        return None
    return verbs, best[0], best[1]


def _sharing_subject(head: Token) -> list[Token]:
    """The verb and the verbs conjoined to it that share its subject ("was shot, wounded and
    later died"), in a loop; and the state a subject was found or left in ("was found shot
    to death")."""
    states = lexicon().state_verbs
    verbs = [head]
    todo = [head]
    while todo:
        v = todo.pop()
        for c in v.children:
            shared = c.dep_ == "conj" and not any(g.dep_ in SUBJECTS for g in c.children) and (
                stranded_subject(c) is None  # "... and a 9-year-old was shot": hers alone
            )
            state = c.dep_ == "xcomp" and v.lemma_.lower() in states
            if c.pos_ in ("VERB", "AUX") and (shared or state):
                verbs.append(c)
                todo.append(c)
    return verbs


def _suffered(verb: Token, measure: Measure | None, *, passive: bool) -> Measure | None:
    """The casualty the subject suffered by this verb, if reported as done."""
    lex = lexicon()
    if measure is None and denied_survival(verb):
        return "killed"  # "his brother did not survive", "the boy could not be saved"
    if verb.lemma_.lower() == "shoot" and passive:
        # "fatally shot" killed; "a man was shot" alone is how news says he was wounded (a
        # death in the same clause, "shot and killed", is graver and wins)
        measure = "killed" if fatal(verb) else measure or "injured"
        if measure == "injured" and any(
            c.lower_ == "at" and not list(c.children) for c in verb.children
        ):
            return None  # "was shot at": fired upon, not hit
        if measure == "injured" and verb.dep_ == "xcomp":
            return None  # "was found shot": how he was found, not whether he lived
    if measure not in CASUALTY_MEASURES:
        measure = next((
            lex.nouns[c.lower_] for c in verb.children
            if c.dep_ in ("acomp", "oprd") and lex.nouns.get(c.lower_) in CASUALTY_MEASURES
        ), None)  # "is dead", "was critically injured" read as an adjective
    if measure is None and (
        in_condition(verb) or treated_for_harm(verb) or recovering_from_harm(verb)
        or (passive and (taken_with_harm(verb) or treated_there(verb) or found_with_harm(verb)))
    ):
        # "a girl is in critical condition", "a man was treated for wounds", "was rushed to
        # the hospital with a gunshot wound": a patient, hurt
        measure = "injured"
    if measure is None and passive and off_life_support(verb):
        measure = "killed"  # "was taken off life support Friday"
    if measure is None:
        # "was struck by a stray bullet", "hit in the chest"; "suffered a gunshot wound"
        measure = struck_by(verb) if passive else carried_harm(verb) or struck_state(verb)
    return _factual_casualty(verb, measure)
