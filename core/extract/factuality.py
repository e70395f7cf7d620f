"""Whether a claim's predicate reports something done: not negated, not intended, not a
prospect or under a modal or condition; and "fatally" turning an injury into a death.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.incident_words import death_verb
from core.extract.measures import lexicon
from core.extract.natural_deaths import natural_death
from core.extract.nlp import negated
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


def intended(anchor: Token | None) -> bool:
    """The predicate is wanted, planned or threatened, not reported as done."""
    return (
        anchor is not None
        and anchor.dep_ == "xcomp"
        and anchor.head.lemma_.lower() in lexicon().intent_verbs
    )


def prospect(noun: Token) -> bool:
    """ "information leading to the arrest of 3 suspects": what would follow, not what did.
    The participle modifies a noun; "the raid, leading to the arrest of 3" reports a fact."""
    head = noun.head
    verb = head.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "to"
        and verb.lemma_.lower() in lexicon().prospect_verbs
        and verb.tag_ == "VBG"
        and verb.dep_ == "acl"
    )


@functools.cache
def _wish_words(kind: str) -> frozenset[str]:
    return word_set("measures", f"wish_{kind}")


def wished(anchor: Token | None) -> bool:
    """An arrest only wished, sought or planned, no claim: its noun the object of a verb of
    wishing ("protesters demanded the arrest of three officers", "police sought the arrest
    of"), after the "for" of such a noun or verb ("a reward for the arrest of two suspects",
    "a warrant for the arrest of", "called for the arrest of") or a prospect ("information
    leading to the arrest of"); its verb under a verb of wishing ("urged police to arrest
    the two men"). An arrest told as done ("announced the arrest of") is none of these."""
    if anchor is None or _measure_of(anchor) != "arrested":
        return False
    head = anchor.head
    verbs, nouns = _wish_words("verbs"), _wish_words("nouns")
    if anchor.pos_ in ("VERB", "AUX"):
        return anchor.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in verbs
    if anchor.dep_ == "dobj":
        return head.lemma_.lower() in verbs
    if anchor.dep_ == "pobj" and head.lower_ == "for":  # "offered a reward for the arrest"
        wish = head.head
        objects = [c.lemma_.lower() for c in wish.children if c.dep_ == "dobj"]
        return wish.lemma_.lower() in verbs | nouns or bool(nouns.intersection(objects))
    return prospect(anchor)


def _measure_of(anchor: Token) -> str | None:
    lex, lemma = lexicon(), anchor.lemma_.lower()
    if anchor.pos_ in ("VERB", "AUX"):
        return lex.verbs.get(lemma)
    return lex.nominalisations.get(lemma)


@functools.cache
def _definition_verbs() -> frozenset[str]:
    words: list[str] = load_rules("measures")["definition_verbs"]
    return frozenset(words)


def defining(anchor: Token | None) -> bool:
    """ "Researchers count a disaster as major when three or more workers die", "a mass
    shooting is defined as one in which four or more people are shot": the predicate sits in
    the 'as' phrase or the 'when'/'if' clause of a verb that files something as a kind, a
    threshold and no count ("police classed the deaths of three men as murders" counts)."""
    if anchor is None:
        return False
    verbs = _definition_verbs()
    below, under = anchor, anchor
    for above in anchor.ancestors:
        if above.pos_ in ("VERB", "AUX") and above.lemma_.lower() in verbs:
            filed = any(c.dep_ == "prep" and c.lower_ == "as" for c in above.children)
            if filed and (below.dep_ == "advcl" or below.lower_ == "as"):
                return True
            # "defines a massacre as the killing of three or more": the "as" hung on the
            # object filed
            if below.dep_ == "dobj" and under.dep_ == "prep" and under.lower_ == "as":
                return True
        below, under = above, below
    return False


def fatal(anchor: Token | None) -> bool:
    """ "fatally wounded", "mortally injured": the wounds killed; also when the parse hangs
    the adverb on the next one ("shot one man fatally right away")."""
    if anchor is None:
        return False
    adverbs = [c for c in anchor.children if c.dep_ == "advmod"]
    adverbs += [g for c in adverbs for g in c.children if g.dep_ == "advmod"]
    return any(
        c.lower_ in lexicon().fatal_adverbs
        and not any(g.dep_ == "neg" for g in c.children)  # "shot him, not fatally, ..."
        and not after_a_part(c)
        for c in adverbs
    ) or died_where_taken(anchor)


_BACK_PRONOUNS = frozenset({"he", "she", "they"})  # the hurt, told again


def died_where_taken(verb: Token) -> bool:
    """ "was shot and taken to a hospital, where he later died", "were wounded in the blast
    at the market, where they died": the harm's clause, or one conjoined to it, names a place
    whose relative clause tells the hurt died there (not "where one died": a part)."""
    clauses = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(
        _death_there(relative)
        for clause in clauses
        for prep in clause.children if prep.dep_ == "prep"
        for place in prep.children if place.dep_ == "pobj"
        for relative in place.children if relative.dep_ == "relcl"
    )


def _death_there(clause: Token) -> bool:
    return (
        death_verb(clause)  # "died", "succumbed", "was pronounced dead"
        and any(c.lower_ == "where" for c in clause.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _BACK_PRONOUNS
                for c in clause.children)
        and factual(clause)
    )


def after_a_part(adverb: Token) -> bool:
    """ "23 shot, 4 fatally": the adverb right after a bare number is that part's, wherever
    the parser hangs it."""
    before = adverb.doc[adverb.i - 1] if adverb.i > 0 else None
    return before is not None and before.like_num and before.dep_ != "nummod"


def factual(verb: Token, *, denial: bool = True, intent: bool = True) -> bool:
    """Reported as done: not negated (unless ``denial`` is off: the caller reads a harm the
    negation does not reach), not under a modal ("can be killed", "will die"), a condition
    ("if a child is shot") or an intent ("threatened to kill"; unless ``intent`` is off: the
    caller reads a harm the intent does not reach, "want to question a man in the killing")."""
    marks = lexicon().conditional_marks
    return not (
        (denial and negated(verb))
        or (intent and intended(verb))
        or corrected(verb)
        or natural_death(verb)  # "died of natural causes": no harm the news counts
        or any(
            (c.dep_ == "aux" and c.tag_ == "MD") or (c.dep_ == "mark" and c.lower_ in marks)
            for c in verb.children
        )
    )


def corrected(verb: Token) -> bool:
    """ "despite earlier reports that a boy had died", "initial reports that the man died
    were wrong": a harm told as what a first report said, which the text corrects."""
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    report = clause.head
    if clause.dep_ not in ("acl", "ccomp") or report.lemma_.lower() not in _words("nouns"):
        return False
    if not any(c.dep_ in ("amod", "advmod") and c.lower_ in _words("times")
               for c in report.children):
        return False
    above = report.head
    if report.dep_ == "pobj":  # "despite ...", "contrary to ..."
        return above.lower_ == "despite" or (
            above.lower_ == "to" and above.head.lower_ == "contrary"
        )
    return report.dep_ == "nsubj" and any(
        c.dep_ == "acomp" and c.lower_ in _words("faults") for c in above.children
    )


@functools.cache
def _words(kind: str) -> frozenset[str]:
    return word_set("measures", f"corrected_report_{kind}")


# Modals that say what did not, or not yet, happen ("could have killed 50", "will kill");
# "may/might/must have" report a past the speaker is unsure of, which a checker still checks
COUNTERFACTUAL = frozenset({"could", "would", "should", "will", "can", "shall", "'ll", "'d"})
EPISTEMIC = frozenset({"may", "might", "must"})


def unreal(verb: Token | None, *, estimate: bool = False) -> bool:
    """The predicate is not reported as done: under a modal ("the bomb could have killed
    50", "will kill"; not "may have killed", nor an estimate, "as many as 300 could have
    died"), or a purpose or a plan ("a plot to kill 20 people")."""
    if verb is None:
        return False
    modal = next((c.lower_ for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    if modal is not None:
        if modal in EPISTEMIC:
            return not perfect
        return modal in COUNTERFACTUAL and not (perfect and estimate)
    return (
        verb.dep_ in ("advcl", "acl", "relcl")
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
        and not any(c.dep_ == "auxpass" for c in verb.children)
        and not _made_possible(verb)
    )


@functools.cache
def _enabling_words() -> frozenset[str]:
    words: list[str] = load_rules("measures")["enabling_words"]
    return frozenset(words)


def _made_possible(verb: Token) -> bool:
    """ "the response of our forces made it possible to neutralise 20 fighters": the
    infinitive after an enabling adjective of a past "made it" reports what was done."""
    adjective = verb.head
    made = adjective.head
    return (
        adjective.lower_ in _enabling_words()
        and made.lemma_.lower() == "make"
        and made.tag_ in ("VBD", "VBN")
        and factual(made)
    )

