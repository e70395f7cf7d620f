"""The measure vocabulary of claims (``core/rules/measures.json``) and how one figure was read.

A figure is read through the dependency parse into a ``Reading``: what was counted, the
predicate it hangs on, the measure that predicate names, and the rule that decided it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from core.model import Measure
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token


@dataclass(frozen=True, slots=True)
class Lexicon:
    verbs: dict[str, Measure]
    phrasal: dict[tuple[str, str], Measure]  # "gun down", "round up"
    intransitive: frozenset[str]
    nouns: dict[str, Measure]
    nominalisations: dict[str, Measure]
    recipients: dict[str, Measure]
    idioms: dict[tuple[str, str], Measure]
    modified_nouns: dict[tuple[str, str], Measure]
    conducted_nouns: dict[tuple[str, str], Measure]  # "conducted 23 drives"
    burial_verbs: frozenset[str]
    live_burial_words: frozenset[str]
    toll_nouns: dict[str, Measure | None]
    change_verbs: frozenset[str]
    duration_nouns: frozenset[str]
    extent_units: frozenset[str]
    designation_nouns: frozenset[str]
    age_words: frozenset[str]
    agent_nouns: frozenset[str]
    intent_verbs: frozenset[str]
    prospect_verbs: frozenset[str]
    charge_words: frozenset[str]
    fatal_adverbs: frozenset[str]
    victim_nouns: frozenset[str]
    people_nouns: frozenset[str]  # the victim nouns and the people only a count names
    state_verbs: frozenset[str]
    conditional_marks: frozenset[str]
    condition_words: frozenset[str]
    condition_reports: frozenset[str]  # "four are said / stated to be critical"
    predicative_verbs: frozenset[str]  # "were reported martyred", "are feared killed"
    victim_groups: frozenset[str]  # "the victims included two children"
    carry_off_verbs: frozenset[str]  # "the gunmen took seven passengers with them"
    abductor_nouns: frozenset[str]
    restating_verbs: frozenset[str]  # "the dead were three policemen"
    naming_verbs: frozenset[str]  # "the dead were identified as four labourers"
    treatment_verbs: frozenset[str]
    seizing_verbs: frozenset[str]
    thing_nouns: frozenset[str]
    multiples: dict[str, int]
    multiple_death_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    care_verbs: frozenset[str]
    care_places: frozenset[str]
    discharge_verbs: frozenset[str]  # "discharged after first aid": patients, hurt
    care_nouns: frozenset[str]
    care_agents: frozenset[str]
    suspect_nouns: frozenset[str]
    loss_verbs: frozenset[str]
    loss_nouns: frozenset[str]
    bereaved_nouns: frozenset[str]
    member_owners: frozenset[str]
    occurrence_verbs: frozenset[str]
    parent_nouns: frozenset[str]


@functools.cache
def lexicon() -> Lexicon:
    raw: dict[str, Any] = load_rules("measures")
    return Lexicon(
        verbs={k: v for k, v in raw["verbs"].items() if " " not in k},
        phrasal={(k.split()[0], k.split()[1]): v for k, v in raw["verbs"].items() if " " in k},
        intransitive=frozenset(raw["intransitive"]),
        nouns=dict(raw["nouns"]),
        nominalisations=dict(raw["nominalisations"]),
        recipients=dict(raw["recipients"]),
        idioms={(k.split("|")[0], k.split("|")[1]): v for k, v in raw["idioms"].items()},
        modified_nouns={
            (k.split("|")[0], k.split("|")[1]): v for k, v in raw["modified_nouns"].items()
        },
        conducted_nouns={
            (k.split("|")[0], k.split("|")[1]): v for k, v in raw["conducted_nouns"].items()
        },
        burial_verbs=frozenset(raw["burial_verbs"]),
        live_burial_words=frozenset(raw["live_burial_words"]),
        toll_nouns=dict(raw["toll_nouns"]),
        change_verbs=frozenset(raw["change_verbs"]),
        duration_nouns=frozenset(raw["duration_nouns"]),
        extent_units=frozenset(raw["extent_units"]),
        designation_nouns=frozenset(raw["designation_nouns"]),
        age_words=frozenset(raw["age_words"]),
        agent_nouns=frozenset(raw["agent_nouns"]),
        intent_verbs=frozenset(raw["intent_verbs"]),
        prospect_verbs=frozenset(raw["prospect_verbs"]),
        charge_words=frozenset(raw["charge_words"]),
        fatal_adverbs=frozenset(raw["fatal_adverbs"]),
        victim_nouns=frozenset(raw["victim_nouns"]),
        people_nouns=frozenset(raw["victim_nouns"]) | frozenset(raw["counted_people"]),
        state_verbs=frozenset(raw["state_verbs"]),
        conditional_marks=frozenset(raw["conditional_marks"]),
        condition_words=frozenset(raw["condition_words"]),
        condition_reports=frozenset(raw["condition_reports"]),
        predicative_verbs=frozenset(raw["predicative_verbs"]),
        victim_groups=frozenset(raw["victim_groups"]),
        carry_off_verbs=frozenset(raw["carry_off_verbs"]),
        abductor_nouns=frozenset(raw["abductor_nouns"]),
        restating_verbs=frozenset(raw["restating_verbs"]),
        naming_verbs=frozenset(raw["naming_verbs"]),
        treatment_verbs=frozenset(raw["treatment_verbs"]),
        seizing_verbs=frozenset(raw["seizing_verbs"]),
        thing_nouns=frozenset(raw["thing_nouns"]),
        multiples=dict(raw["multiples"]),
        multiple_death_nouns=frozenset(raw["multiple_death_nouns"]),
        collective_nouns=frozenset(raw["collective_nouns"]),
        care_verbs=frozenset(raw["care_verbs"]),
        care_places=frozenset(raw["care_places"]),
        discharge_verbs=frozenset(raw["discharge_verbs"]),
        care_nouns=frozenset(raw["care_nouns"]),
        care_agents=frozenset(raw["care_agents"]),
        suspect_nouns=frozenset(raw["suspect_nouns"]),
        loss_verbs=frozenset(raw["loss_verbs"]),
        loss_nouns=frozenset(raw["loss_nouns"]),
        bereaved_nouns=frozenset(raw["bereaved_nouns"]),
        member_owners=frozenset(raw["member_owners"]),
        occurrence_verbs=frozenset(raw["occurrence_verbs"]),
        parent_nouns=frozenset(raw["parent_nouns"]),
    )


@dataclass(slots=True)
class Reading:
    """How one figure was read from the parse (mutable while it is being built)."""

    measure: Measure | None = None
    noun: Token | None = None  # the counted noun ("soldiers"), if any
    anchor: Token | None = None  # the predicate the figure hangs on (verb or measure noun)
    rule: str = ""
    total_of: Token | None = None  # number token of the total this figure is a subset of


# a part of "the victims", whose measure the report's counts before say (hurt_parts)
VICTIMS_RULE = "part_of:victims"
PEOPLE = frozenset({"people", "person", "other", "others", "one", "them", "victim"})


CASUALTY_MEASURES: frozenset[Measure] = frozenset({"killed", "injured"})
SHOOT = "shoot"  # a harm whatever its outcome: "shot" alone is read by ``shot_measure``


def harm_verb(verb: Token) -> bool:
    """ "shot", "stabbed", "killed", "died": a verb of a casualty, whatever its outcome."""
    lemma = verb.lemma_.lower()
    return lemma == SHOOT or lexicon().verbs.get(lemma) in CASUALTY_MEASURES


def idiom_lemmas(verb: Token) -> tuple[str, ...]:
    """The forms an idiom's verb is looked up by (``idioms``): its lemma, and, for a verb the
    tagger took for an adjective and left unlemmatised ("sustained injuries"), its stem."""
    return verb.lemma_.lower(), verb.lower_[:-2], verb.lower_[:-1]


def people_noun(node: Token) -> bool:
    """The counted word is people ("two people", "three men", "four"), not "two cars"."""
    word = node.lemma_.lower()
    if word in _compound_people():
        return any(c.dep_ == "compound" for c in node.children)
    return node.pos_ == "NUM" or word in PEOPLE or word in lexicon().people_nouns


@functools.cache
def _compound_people() -> frozenset[str]:
    """Nouns that count people only after a compound ("three farm hands held")."""
    return frozenset(load_rules("measures")["compound_people"])


def counts_things(node: Token) -> bool:
    """The figure counts things, not people ("seized two guns", "captured 3 towns", "5
    kilograms of heroin", "800 homes destroyed")."""
    things = lexicon().thing_nouns
    return node.lemma_.lower() in things or node.lower_ in things


def counted_of(subj: Token) -> Token:
    """The people "a total of" or "the number of" counts, else the subject itself."""
    lex = lexicon()
    lemma = subj.lemma_.lower()
    if lemma not in lex.toll_nouns or lex.toll_nouns[lemma] is not None:
        return subj
    return next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"), subj)
