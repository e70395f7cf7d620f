"""What a clause's predicate says befell its people subject: "are in critical condition"
(hurt), "were shot to death", "were found stabbed to death" (killed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.care import in_condition, stated_condition, treated_for_harm
from core.extract.measures import Reading, counted_of, lexicon
from core.extract.shooting import shot_measure, to_death

if TYPE_CHECKING:
    from spacy.tokens import Token


def harm_state(head: Token) -> Reading | None:
    """ "are in critical condition" (hurt); "were shot to death", "were found stabbed to
    death" (killed)."""
    if (in_condition(head) or stated_condition(head)) and people_subject(head):
        return Reading(measure="injured", anchor=head, rule="in_condition")
    if treated_for_harm(head) and people_subject(head):
        return Reading(measure="injured", anchor=head, rule="treated_for")
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


def people_subject(verb: Token) -> bool:
    """The subject of the verb is people ("two men", "three of them"), not banks or states."""
    nouns = lexicon().victim_nouns | {"people", "person", "others", "them", "one", "two", "patient"}
    for subj in verb.children:
        if subj.dep_ in ("nsubj", "nsubjpass"):
            who = counted_of(subj)  # "a total of 14 people were treated"
            return who.lemma_.lower() in nouns or who.lower_ in nouns or who.pos_ == "NUM"
    return False
