"""Victims named by the harm done to them rather than by a predicate: "the shooting death of a
woman", "the fatal shooting of his brother", "police identified the dead woman as ...". One
person each, read only where no numeral of the sentence counts the same measure
(``victims.read_victims`` decides)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.factuality import factual
from core.extract.incident_words import incident_noun
from core.extract.list_members import conjuncts, unfolded_list
from core.extract.measures import Reading, lexicon
from core.extract.nlp import negated, word_ids, words_in
from core.extract.person_nouns import person_noun
from core.extract.scene_statements import doers_and_weapons
from core.extract.speakers import DEFINITE_DETERMINERS
from core.extract.victim_mentions import DEFINITE, DESCRIBED_DEAD, DESCRIBED_HURT
from core.extract.victim_names import CASUALTY_MEASURES, Found, an_age, one_victim, victim_figure
from core.model import Measure
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


# what a bare person noun has none of: an article, a possessive, a count ("of teen")
BARE_NOT = frozenset({"det", "poss", "nummod", "quantmod"})
HEADLINE = "headline"  # how a bare person noun names one, as a headline does
# "the fatal shooting of a man": a deed that is no casualty word until it is called deadly
FATAL_MODIFIERS = frozenset({"fatal", "deadly"})
DEEDS = frozenset({"shooting", "stabbing", "beating"})
# "the accidental shooting of a 4-year-old": the person was shot, hurt as "was shot" says
# ("shot" alone is hurt; a death the text tells is counted by its own words)
HURT_DEEDS = frozenset({"shooting", "stabbing"})
# "the attempted murder of a man": an attack the person lived through, hurt, not dead
ATTEMPT_WORDS = frozenset({"attempted"})
LIFE = "life"  # a death only as the object of its idiom ("claimed the life of")
LIFE_CLAIMS = frozenset({"claim", "cost"})  # verbs whose taken life is a death by any subject


def nominal_victims(sent: Span) -> list[Found]:
    """One victim of a harm named by a noun: "the shooting death of a 22-year-old woman",
    "charged in the fatal shooting of his brother", "the killing of Jane Roe". Not a list
    (its count is the numerals'), not under a negated, modal or intended verb."""
    found: list[Found] = []
    for prep in sent:
        if prep.lower_ != "of" or prep.dep_ != "prep":
            continue
        noun = prep.head
        measure = _nominal_measure(noun)
        before = sent.doc[prep.i - 1]
        if measure is None and prep.i > 0 and before.pos_ == "NOUN" and before.i != noun.i:
            # "investigating the shooting death of a child": the parse may hang "of" on the
            # verb before the noun it completes
            noun, measure = before, _nominal_measure(before)
        victim = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if measure is None or victim is None or len(conjuncts(victim)) > 1 or _ranked(noun):
            continue
        one = one_victim(victim, relation=True) or _definite_aged(victim) or _bare(victim)
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if one is None or unfolded_list(victim) or (
            verb is not None and not _stated(verb) and not _denied_beside(noun, verb)
            and not _presupposed(noun, verb)
        ):
            continue
        rule = f"nominal_victim:{one[1]}:{noun.lower_}"
        reading = Reading(measure=measure, noun=victim, anchor=noun, rule=rule)
        found.append(victim_figure(sent, one[0], 1.0, reading))
    return found


def _presupposed(noun: Token, verb: Token) -> bool:
    """ "police want to question a man in the fatal shooting of Jon Roe", "hope to solve the
    killing of a clerk": a harm named by a definite noun is told as done, whatever the verb
    above it is meant to do; not under a negation, a modal or a condition of its own verb
    ("could have led to the killing of a man", "have not confirmed the death of a man")."""
    return factual(verb, intent=False) and any(
        (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS) or c.dep_ == "poss"
        for c in noun.children
    )


def _definite_aged(victim: Token) -> tuple[Span, str] | None:
    """ "the shooting of *the 7-year-old nephew* of a pastor": a person the harm noun names
    first by age, definite as news names one it has not counted yet (``refers_back`` drops
    it after a count)."""
    det = next((c for c in victim.children if c.dep_ == "det"), None)
    aged = any(
        c.dep_ == "amod" and an_age(c)
        for c in victim.children
    )
    if det is None or det.lower_ != "the" or not aged or not person_noun(victim):
        return None
    return victim.doc[det.i : victim.i + 1], DEFINITE


def _bare(victim: Token) -> tuple[Span, str] | None:
    """ "Shooting Death Of Westfield Teen Ruled Homicide": one person noun with no article,
    possessive or count, as only a headline writes a singular noun (a body writes "of a
    teen"), with the words before it that describe the person."""
    if victim.tag_ != "NN" or not person_noun(victim) or any(
        c.dep_ in BARE_NOT for c in victim.children
    ):
        return None
    return victim.doc[victim.left_edge.i : victim.i + 1], HEADLINE


def _denied_beside(noun: Token, verb: Token) -> bool:
    """ "Police won't name suspect in fatal shooting of Jon Roe", "no one was charged in
    the killing of a man": the verb denies the suspect or the charge; the harm a phrase
    names ("*in* the shooting of ...") stays told as done."""
    return noun.dep_ == "pobj" and negated(verb) and factual(verb, denial=False)


def possessed_victims(sent: Span) -> list[Found]:
    """One victim a harm noun names by a definite person, its possessor or its "of"
    complement: "the boy's death", "the death of the girl"; or by a possessor with an article,
    counted as "a boy died" is ("a toddler's death"). A definite one counts only as a definite
    victim does, in a report that counted no one before (``victim_mentions.refers_back``):
    news names the dead so after it told the death. A name's ("Jon Roe's killing", often a
    victim the report counted unnamed or an earlier one it recalls), a pronoun's ("his
    death") or a relative's ("her son's death", a loss of any day) counts not."""
    found: list[Found] = []
    for noun in sent:
        measure = _nominal_measure(noun) if noun.pos_ == "NOUN" else None
        if measure is None or _ranked(noun):
            continue
        victim = next((c for c in noun.children if c.dep_ == "poss"), None) or next(
            (o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj" and _definite_person(o)), None)
        if victim is None or len(conjuncts(victim)) > 1:
            continue
        named = _a_possessor(victim)
        if named is None and not _definite_person(victim):
            continue
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and not _stated(verb):
            continue
        span = named or sent.doc[victim.left_edge.i : victim.i + 1]
        rule = f"nominal_victim:{INDEFINITE if named else DEFINITE}:{noun.lower_}"
        reading = Reading(measure=measure, noun=victim, anchor=noun, rule=rule)
        found.append(victim_figure(sent, span, 1.0, reading))
    return found


INDEFINITE = "indefinite"


def _a_possessor(victim: Token) -> Span | None:
    """ "*a toddler*'s death": one person the article names, the possessor of the harm; or an
    age with no article at all, as a headline writes it ("Family mourns *5-year-old*'s shooting
    death": body text would say "a 5-year-old's" or "the 5-year-old's")."""
    if victim.dep_ != "poss":
        return None
    if an_age(victim) and not any(c.dep_ in ("det", "poss") for c in victim.children):
        return victim.doc[victim.left_edge.i : victim.i + 1]
    one = one_victim(victim)
    return one[0] if one is not None and one[1] == INDEFINITE else None


def _definite_person(noun: Token) -> bool:
    """ "the boy": a person noun whose only determiner is "the"."""
    return (
        noun.tag_ == "NN"
        and noun.lemma_.lower() in lexicon().victim_nouns
        and [c.lower_ for c in noun.children if c.dep_ in ("det", "poss", "nummod")] == ["the"]
    )


DEAD_ADJECTIVES = frozenset({"dead", "slain"})


@functools.cache
def _multiple_ids() -> frozenset[int]:
    """The words of a deed's multiple counts ("double", "triple") by id."""
    return word_ids(lexicon().multiples)


def multiple_deaths(sent: Span) -> list[Found]:
    """The dead a deed's multiple counts: "a double homicide" (2), "the triple murder" (3);
    not under a negated, modal or intended verb ("could become a double homicide")."""
    lex = lexicon()
    found: list[Found] = []
    for tok in words_in(sent, _multiple_ids()):  # a Token only for a multiple's word
        value = lex.multiples.get(tok.lower_)
        noun = tok.head
        if value is None or tok.dep_ not in ("amod", "compound", "advmod") or noun.i <= tok.i:
            continue
        if noun.lemma_.lower() not in lex.multiple_death_nouns:
            continue
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and not _stated(verb):
            continue
        reading = Reading(measure="killed", noun=noun, anchor=noun, rule=f"multiple:{noun.lower_}")
        found.append(victim_figure(sent, sent.doc[tok.i : tok.i + 1], float(value), reading))
    return found


def described_dead(sent: Span) -> list[Found]:
    """One person the text calls dead as it names them: "police identified the dead woman
    as Jane Roe", "a slain cashier". A person noun, not a possessor ("the dead man's
    brother" speaks of the brother), not a list, in a clause reported as done."""
    lex = lexicon()
    found: list[Found] = []
    for noun in sent:
        det = next((c for c in noun.children if c.dep_ == "det"), None)
        if (
            noun.tag_ != "NN"
            or noun.lemma_.lower() not in lex.victim_nouns
            or noun.dep_ == "poss"
            or det is None
            or det.lower_ not in ("a", "an", "the")
            or not any(c.dep_ == "amod" and c.lower_ in DEAD_ADJECTIVES for c in noun.children)
            or len(conjuncts(noun)) > 1
        ):
            continue
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and not factual(verb):
            continue
        # "the slain militant was identified as ...": one a figure before may have counted
        told = f"{DEFINITE}:" if det.lower_ == "the" else ""
        rule = f"{DESCRIBED_DEAD}{told}{noun.lemma_.lower()}"
        reading = Reading(measure="killed", noun=noun, anchor=noun, rule=rule)
        found.append(victim_figure(sent, noun.doc[det.i : det.i + 1], 1.0, reading))
    return found


# "a wounded girl was taken to hospital": one hurt, named by the adjective as she is told
HURT_ADJECTIVES = frozenset({"wounded", "injured"})
# the people a wound of long ago names ("a wounded veteran"), no victim of the report
OLD_WOUNDS = frozenset({"veteran", "soldier"})


def described_hurt(sent: Span) -> list[Found]:
    """One person the text calls hurt as it names them, with an article: "a wounded girl was
    taken to hospital", "police found a wounded man". Not a possessor, not a list, not a
    veteran, in a clause reported as done; after a count of casualties she may be one of
    them, as a definite victim may (``victim_mentions.refers_back``)."""
    lex = lexicon()
    found: list[Found] = []
    for noun in sent:
        det = next((c for c in noun.children if c.dep_ == "det"), None)
        if (
            det is None
            or det.lower_ not in ("a", "an")
            or noun.tag_ != "NN"
            or noun.lemma_.lower() not in lex.victim_nouns
            or noun.lemma_.lower() in OLD_WOUNDS
            or noun.dep_ == "poss"
            or not any(c.dep_ == "amod" and c.lower_ in HURT_ADJECTIVES for c in noun.children)
            or len(conjuncts(noun)) > 1
        ):
            continue
        verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None and not factual(verb):
            continue
        reading = Reading(measure="injured", noun=noun, anchor=noun, rule=DESCRIBED_HURT)
        found.append(victim_figure(sent, noun.doc[det.i : noun.i + 1], 1.0, reading))
    return found


# "officers want to learn if the deadly shooting of a toddler in Korsby was an accident":
# an indirect question asks about the deed, not whether it happened
INQUIRY_VERBS = frozenset(
    {"see", "determine", "establish", "know", "learn", "ask", "find", "check", "investigate"}
)


def _stated(verb: Token) -> bool:
    """The clause that holds the harm noun states it as done (or asks how, not whether)."""
    if factual(verb):
        return True
    return (
        verb.dep_ == "ccomp"
        and verb.head.lemma_.lower() in INQUIRY_VERBS
        and any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in verb.children)
        and not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)
    )


def _ranked(noun: Token) -> bool:
    """ "the county's first fatal shooting of a child": a kind of harm ranked, no victim."""
    return any(
        t.ent_type_ == "ORDINAL" or t.lower_ in ORDINAL_WORDS
        for t in noun.doc[noun.left_edge.i : noun.i]
    )


ORDINAL_WORDS = frozenset({"first", "second", "third", "latest", "last", "another"})


def _nominal_measure(noun: Token) -> Measure | None:
    """The casualty a noun names: "death", "killing", "murder", "wounding"; a deed called
    deadly ("the fatal shooting"). "life" only as the object of its idiom's verb ("claimed the
    life of a teen", "took the life of"): "the life of a child" alone is no death."""
    word = noun.lower_
    measure = lexicon().nominalisations.get(word) if word != LIFE else _life_taken(noun)
    if word in DEEDS and any(
        c.dep_ == "amod" and c.lower_ in FATAL_MODIFIERS for c in noun.children
    ):
        measure = "killed"
    elif measure is None and word in HURT_DEEDS and noun.pos_ == "NOUN":
        measure = "injured"
    if measure == "killed" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in ATTEMPT_WORDS for c in noun.children
    ):
        measure = "injured"  # "the attempted murder of a man shot in both legs": he lived
    return measure if measure in CASUALTY_MEASURES else None


def _life_taken(life: Token) -> Measure | None:
    """The measure of "the life" an idiom's verb takes ("claim|life" in measures.json): what
    "claims" or "costs" a life kills; a life "taken" is one only when an incident, a doer or a
    weapon takes it ("the crash took the life of", not "the film takes the life of a miner as
    its subject")."""
    verb = life.head
    lemma = verb.lemma_.lower()
    if life.dep_ != "dobj":
        return None
    if lemma not in LIFE_CLAIMS:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (
            incident_noun(subject) or subject.lemma_.lower() in doers_and_weapons()
        ):
            return None
    return lexicon().idioms.get((lemma, LIFE))


def a_definite_victim_noun(noun: Token) -> bool:
    """A victim noun one person may be named by with "the" ("the driver"): not one of the
    report's suspect or attacker (``doer_victim_nouns``: "the suspect was shot and killed"
    tells of him, counted only where named as one, "a suspect was killed")."""
    lemma = noun.lemma_.lower()
    return lemma in lexicon().victim_nouns and lemma not in word_set(
        "measures", "doer_victim_nouns"
    )
