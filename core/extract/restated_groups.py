"""A figure that names again a group the text counted by its harm: a part of it ("the
injured, including 3 women", "the dead included 4 children") or the group restated by a
copula or a naming verb ("those killed were two soldiers", "the dead were identified as four
labourers")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import VICTIMS_RULE, Reading, lexicon, people_noun
from core.extract.part_totals import first_conjunct
from core.extract.partitives import befell
from core.extract.person_nouns import common_singular

if TYPE_CHECKING:
    from spacy.tokens import Token

EVENT_MEASURES = frozenset({"attacks", "operations"})


def part_of_group(node: Token, noun: Token | None) -> Reading | None:
    """A part of a group named by its harm: "the injured, including 3 women", "the dead
    included 4 children" (and "... 3 women and 2 children")."""
    group = _restated_group(first_conjunct(node))
    if group is None or _one_persons_age(group, node):
        return None
    lex = lexicon()
    measure = lex.nouns.get(group.lower_) or lex.nouns.get(group.lemma_.lower())
    if measure is None and group.tag_ in ("VBN", "JJ", "NN") and _definite(group):
        # "the slain were three militants", "the martyred were ...": a participle made a noun
        measure = lex.verbs.get(group.lemma_.lower()) or lex.verbs.get(group.lower_)
    if measure is None:
        # "those killed include 4 soldiers", "the arrested men include five from Lahore":
        # the group's participle names the harm
        deps = ("acl", "relcl") if group.lower_ in ("those", "people", "persons") else ("amod",)
        measure = next((lex.verbs.get(c.lemma_.lower()) or lex.nouns.get(c.lower_)
                        for c in group.children
                        if c.dep_ in deps and (c.tag_ in ("VBN", "JJ") or befell(c))
                        and (c.lemma_.lower() in lex.verbs or c.lower_ in lex.nouns)), None)
    if measure is None and group.lemma_.lower() in lex.victim_groups:
        # "the victims included two children": the dead or the hurt, as the report counted
        # them before (``hurt_parts.with_victims``)
        return Reading(measure=None, noun=noun, anchor=group, rule=VICTIMS_RULE)
    if measure is None or group.pos_ not in ("NOUN", "ADJ", "VERB", "PRON", "DET"):
        return None
    if measure in EVENT_MEASURES and noun is not None and people_noun(noun):
        return None  # people are no part of a count of attacks
    return Reading(measure=measure, noun=noun, anchor=group, rule=f"part_of:{group.lower_}")


def _restated_group(node: Token) -> Token | None:
    """The group a part or a restatement names: "the injured, including 3 women", "the dead
    include 4 children", and a copula's ("the injured are five women and four men", "those
    killed were two soldiers") or a naming verb's ("the dead were identified as four
    labourers"): the subject the figure's phrase says again."""
    head = node.head
    lemma = head.lemma_.lower()
    if node.dep_ == "pobj" and head.lower_ == "including":
        return head.head
    if node.dep_ == "dobj" and lemma == "include":
        return next((c for c in head.children if c.dep_ == "nsubj"), head)
    if node.dep_ in ("attr", "dobj") and lemma in lexicon().restating_verbs:
        return next((c for c in head.children if c.dep_ == "nsubj" and c.i < node.i), None)
    if node.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_.lower() in (
        lexicon().naming_verbs
    ):
        # "the dead were identified as ...", "police identified the dead as ..."
        return next((c for c in head.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
    return None


def _definite(group: Token) -> bool:
    """ "the slain", "the martyred": a group the text has named before."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "those", "these") for c in group.children)


def _one_persons_age(group: Token, node: Token) -> bool:
    """ "The dead woman was 60", "the slain officer was 34": a bare number a copula gives one
    person named by a harm is the person's age, no part of a group ("the dead were 60")."""
    head = node.head
    return (
        node.dep_ == "attr"
        and node.like_num
        and head.lemma_ == "be"
        and group.head.i == head.i
        and common_singular(group)
        and people_noun(group)
    )
