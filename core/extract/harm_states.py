"""What a clause's predicate says befell its people subject: "are in critical condition",
"survived with serious injuries" (hurt), "were shot to death", "were found stabbed to death"
(killed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.care import harm_with, in_condition, stated_condition, treated_for_harm
from core.extract.measures import Reading, counted_of, lexicon, people_noun
from core.extract.shooting import shot_measure, to_death
from core.extract.suffered_harms import suffered_from
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token


def harm_state(head: Token) -> Reading | None:
    """ "are in critical condition" (hurt); "were shot to death", "were found stabbed to
    death" (killed)."""
    if (in_condition(head) or stated_condition(head)) and people_subject(head):
        return Reading(measure="injured", anchor=head, rule="in_condition")
    if treated_for_harm(head) and people_subject(head):
        return Reading(measure="injured", anchor=head, rule="treated_for")
    if survived_with_harm(head) and people_subject(head):
        return Reading(measure="injured", anchor=head, rule="survived_with")
    carrying = found_carrying(head)
    if carrying is not None and people_subject(head):
        # the anchor's objects are the wounds, as "two people with gunshot wounds" has them
        return Reading(measure="injured", anchor=carrying, rule="with_harm")
    found_in = head.lemma_.lower() in lexicon().state_verbs
    for verb in (head, *(c for c in head.children if found_in and c.dep_ == "xcomp")):
        if to_death(verb):
            return Reading(measure="killed", anchor=verb, rule=f"to_death:{verb.lemma_.lower()}")
        if verb.i != head.i:
            # "were found shot dead", "was found stabbed": the participle says what befell them
            lemma = verb.lemma_.lower()
            measure = shot_measure(verb) if lemma == "shoot" else lexicon().verbs.get(lemma)
            if measure is not None and people_subject(head):
                return Reading(measure=measure, anchor=verb, rule=f"found:{lemma}")
    return None


def found_carrying(verb: Token) -> Token | None:
    """ "two men were found with gunshot wounds", "were found suffering from stab wounds":
    the preposition of the harm people a passive verb of finding found carried."""
    if verb.lemma_.lower() not in word_set("measures", "harm_finding_verbs") or not any(
        c.dep_ == "nsubjpass" for c in verb.children
    ):
        return None
    suffered = (h for c in verb.children if c.dep_ in ("xcomp", "advcl") for h in suffered_from(c))
    return harm_with(verb) or next((h.head for h in suffered), None)


def survived_with_harm(verb: Token) -> bool:
    """ "three passengers survived with serious injuries", "two escaped with minor cuts": people
    who came through with a wound (a harm noun of ``recipients``) are hurt; "escaped with their
    lives", "survived with no injuries" carry none."""
    if verb.lemma_.lower() not in word_set("measures", "came_through_verbs"):
        return False
    recipients = lexicon().recipients
    return any(
        prep.dep_ == "prep" and prep.lower_ == "with" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in recipients
            and not any(c.dep_ == "det" and c.lower_ == "no" for c in o.children)
            for o in prep.children
        )
        for prep in verb.children
    )


def people_subject(verb: Token) -> bool:
    """The subject of the verb is people ("two men", "three of them"), not banks or states."""
    nouns = lexicon().victim_nouns | {"people", "person", "others", "them", "one", "two", "patient"}
    for subj in verb.children:
        if subj.dep_ in ("nsubj", "nsubjpass"):
            who = counted_of(subj)  # "a total of 14 people were treated"
            return who.lemma_.lower() in nouns or who.lower_ in nouns or people_noun(who)
    return False
