"""The one victim a report counted unnamed, named later: "A 4-year-old girl was fatally shot
... Inside the store, Mia was fatally shot" is one girl, one claim (a victim told without a
numeral counts once a report, at the first telling). Only when the report counted one person
so far in that measure, that one by no name, and the later mention tells no one more ("also",
"another", "second", "too") nor another age. The one person may have been told twice in
the same words (a photo's caption, then the story: "a teen was killed ... a teen was
killed"), one person still."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.street_names import a_street_name
from core.extract.victim_mentions import SOMEONE_MORE
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Span

    from core.extract.measures import Reading
    from core.extract.victim_mentions import Victim, Victims

# words by which a named victim is someone more than the one counted before
# nouns news uses for any victim it told before ("child", "victim", "teen")
REFERRING = word_set("measures", "referring_victim_nouns")
TOWN_LABELS = frozenset({"GPE", "LOC"})


def _the_lone(
    victim: Victim, counted: list[tuple[str, str, float]], victims: Victims
) -> Victim | None:
    """The one person the report counted in ``victim``'s measure without a name, when every
    casualty claim of that measure so far counted one and all of them told the same person."""
    same = [(cid, value) for cid, measure, value in counted if measure == victim.measure]
    if not same or any(value != 1 for _, value in same):
        return None
    told = {victims.unnamed(cid) for cid, _ in same}
    return told.pop() if len(told) == 1 else None


def named_lone(
    victim: Victim, reading: Reading, counted: list[tuple[str, str, float]], victims: Victims
) -> bool:
    """Whether ``victim``, named by name, is the one person the report counted before in its
    measure by no name (``counted``: the casualty claims so far, id, measure, value)."""
    if not victim.name or reading.anchor is None:
        return False
    lone = _the_lone(victim, counted, victims)
    if lone is None or (lone.age and victim.age and lone.age != victim.age):
        return False
    sentence = reading.anchor.sent
    return not any(t.lower_ in SOMEONE_MORE for t in sentence)


def unnamed_again(
    victim: Victim, reading: Reading, counted: list[tuple[str, str, float]], victims: Victims
) -> bool:
    """Whether ``victim``, told by a bare noun, is the one person the report counted before in
    its measure by the same noun, one of them told without an age ("a 16-year-old girl died
    on Friday ... Neighbours said a teenage girl died on the porch"): one girl. Two ages
    are two people (``same_person`` reads those), and so is one "also" harmed."""
    if victim.name or victim.noun is None or reading.anchor is None:
        return False
    lone = _the_lone(victim, counted, victims)
    if lone is None or lone.noun is None:
        return False
    if lone.noun == victim.noun:
        if (lone.age is None) == (victim.age is None):
            return False
    elif (
        lone.age is not None or victim.age is not None or victim.noun not in REFERRING
        or _names_a_town(reading.anchor.sent)
    ):
        # "a little girl was shot ... the yard where a child was wounded": the one girl, by a
        # noun that refers to any victim ("child", "victim"), neither told by age, and no town
        # named ("a child was shot in Redvale" may be another incident of a roundup)
        return False
    return not any(t.lower_ in SOMEONE_MORE for t in reading.anchor.sent)


def _names_a_town(sentence: Span) -> bool:
    """A town the sentence names: a place entity that is no street's ("Walnut St."), or a
    proper noun after "in" (a town the tagger missed)."""
    return any(e.label_ in TOWN_LABELS and not a_street_name(e.text) for e in sentence.ents) or any(
        t.pos_ == "PROPN" and t.dep_ == "pobj" and t.head.lower_ == "in" for t in sentence
    )
