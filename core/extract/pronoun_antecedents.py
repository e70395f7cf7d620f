"""Who "he" or "she" may stand for when a later sentence's pronoun speaks ("Addressing a press
conference in Tarvo, he said 12 were killed"): a person the report named before, never a
place, a day or an event that opened a sentence. The speaker reader takes every main-clause
subject it can name as a mention, and names a lone capitalised subject a person when nothing
says otherwise ("Tarvo was tense.", "Eid passed off quietly.", "Hurricane Ida struck the
coast."): such a mention, with no role, is one a person pronoun never resolves to (issue #11,
sources)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from core.extract.holiday_names import a_holiday_name
from core.extract.named_places import an_operations_name
from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.speakers import Speaker

# what the recogniser calls a name that is no one's: "Kashmir", "Hurricane Ida", "Dec 31"
NO_PEOPLE = frozenset(
    {"GPE", "LOC", "FAC", "EVENT", "DATE", "TIME", "NORP", "ORG", "WORK_OF_ART", "LAW", "PRODUCT"}
)


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
PEOPLE = frozenset({"PERSON"})


def no_person_named(
    subject: Token,
    speaker: Speaker,
    *,
    known: bool,
    places_named: Collection[str] = (),
    people_named: Collection[str] = (),
    reports: bool = False,
) -> bool:
    """A subject read as a person with no role, not ``known`` as one the report gave in full,
    that names no one a pronoun may stand for: the recogniser calls it a place, an event, a
    day or a body, or it is one word, a common noun, a name it calls a person nowhere in the
    report (``people_named``), or a name the report writes as a place
    elsewhere (``places_named``, "in Tarvo district") or says is one ("Tarvo is a remote
    district"), the gazetteer knows as a place or the calendar as a holiday ("Eid passed off
    quietly"). A lone surname the recogniser missed that it calls a person elsewhere, that
    ``reports`` ("..., Malloy said") or that acts ("Modi visited"), stays one, as does one it
    calls a person that reports, a town's name or not ("Jackson said")."""
    if speaker.kind != "person" or speaker.role or known:
        return False
    label = subject.ent_type_
    if label in NO_PEOPLE:
        return True
    name = speaker.name
    if an_operations_name(name):
        return True  # "Operation Storm Shield began": an operation's, no one who speaks
    if " " in name:
        return False  # "Umm Saad said": a name the recogniser may miss
    # a name that did what people do ("Modi visited the district"), not one that only was
    # ("Tarvo was tense") nor one a quote bids ("Europe must open its eyes"), the gazetteer
    # knowing no place of it
    verb = subject.head
    a_town = bool(places.candidates(name))
    acts = verb.tag_ == "VBD" and verb.lemma_ != "be" and not a_town
    if not label and (subject.tag_ != "NNP" or not (name in people_named or reports or acts)):
        return True  # "Militancy has declined", "Europe must act": the recogniser's silence
    # a person by the recogniser who speaks ("'We ran,' Jackson said") is one, whatever towns
    # bear the name; else a town's name is no one's
    townish = a_town and not (reports and label == "PERSON")
    return (
        name in places_named
        or _said_to_be_a_place(subject)
        or townish
        or a_holiday_name(name)
    )


def _said_to_be_a_place(subject: Token) -> bool:
    """ "Tarvo is a remote district": the copula's complement a place word."""
    verb = subject.head
    return verb.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in word_set("cues", "locus_nouns")
        for c in verb.children
    )
