"""A Title Case headline's verb the tagger took for a name: "Forces Kill Six <Group> Members in
<City> Operation" (the count the object of "Kill"), "Three Officials Detained After Deadly
Crush" (the participle after its count's noun). The verb's own measure says what befell them;
a word that is a verb only in lower case is read so only when the headline is titled."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, counts_things, lexicon, people_noun

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.model import Measure

# a headline's present third person ("Kills") and its stem
_SUFFIXES = ("s", "es")


def titled_verb(num: Token, noun: Token | None) -> Reading | None:
    """The reading a Title Case headline's verb gives the figure's noun: its object ("Kill
    Six Members"), or its participle right after it ("Three Officials Detained")."""
    if noun is None or noun.i <= num.i or not noun.text[:1].isupper() or counts_things(noun):
        return None
    head = noun.head
    if noun.dep_ == "dobj" and head.i < num.i and _titled(head) and head.pos_ == "PROPN":
        measure = _measure(head)
        if measure is not None and not (_seizing(head) and not people_noun(noun)):
            return Reading(measure=measure, noun=noun, anchor=head, rule="verb:titled:object")
    before = num.doc[num.i - 1] if num.i > 0 else None
    if (
        before is not None
        and noun.dep_ != "dobj"
        and before.pos_ == "PROPN"
        and _titled(before)
        and _people(noun)
    ):
        # "State Police Detain 9 Cadres": the parser strung the headline as names; the titled
        # verb right before the count takes it as its object
        measure = _measure(before)
        if measure is not None and not _seizing(before):
            return Reading(measure=measure, noun=noun, anchor=before, rule="verb:titled:before")
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if (
        after is not None
        and after.head.i == noun.i
        and after.dep_ == "acl"
        and after.tag_ == "VBD"
        and _titled(after)
        and not any(c.dep_ in ("dobj", "nsubj") for c in after.children)
    ):
        measure = lexicon().verbs.get(after.lemma_.lower())
        if measure is not None:
            return Reading(measure=measure, noun=noun, anchor=after, rule="verb:titled:participle")
    return None


def _seizing(verb: Token) -> bool:
    """ "Seize", "Captures": people seized are captives, things seized are none."""
    seizing = lexicon().seizing_verbs
    word = verb.lower_
    return any(w in seizing for w in (word, *(word.removesuffix(s) for s in _SUFFIXES)))


def _people(noun: Token) -> bool:
    """People counted, whatever the tagger made of a titled plural ("Cadres", "Militants")."""
    lex = lexicon()
    singular = noun.lower_.removesuffix("s")
    return people_noun(noun) or singular in lex.suspect_nouns | lex.agent_nouns | (
        lex.people_nouns
    )


def _titled(word: Token) -> bool:
    return word.text[:1].isupper() and not word.text.isupper()


def _measure(verb: Token) -> Measure | None:
    """The measure of a titled verb ("Kill", "Kills"), from its lower-case form."""
    verbs = lexicon().verbs
    word = verb.lower_
    return next(
        (verbs[w] for w in (word, *(word.removesuffix(s) for s in _SUFFIXES)) if w in verbs),
        None,
    )
