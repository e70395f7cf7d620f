"""People a first verb only moved, harmed by the next verb through "them": "Armed men
offloaded nine passengers from two coaches and shot them dead", "stopped a bus, took off
nine passengers and killed them": the count is of those killed (the first verb counts no
harm of its own); where the first verb counts a harm ("abducted four labourers and later
killed them") the count stays that harm's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.extract.shooting import shot_measure

if TYPE_CHECKING:
    from spacy.tokens import Token

_BACK = frozenset({"them"})  # the pronoun of the people counted before
_HARMS = frozenset({"killed", "injured"})


def harmed_after(noun: Token | None) -> Reading | None:
    """The harm a verb joined to the counted object's verb does to "them", when that verb
    counts no measure of its own."""
    if noun is None or noun.dep_ != "dobj":
        return None
    first = noun.head
    lex = lexicon()
    if lex.verbs.get(first.lemma_.lower()) is not None:
        return None  # "abducted four and killed them": the abduction's count
    for verb in (c for c in first.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if not any(o.dep_ == "dobj" and o.lower_ in _BACK for o in verb.children):
            continue
        lemma = verb.lemma_.lower()
        measure = shot_measure(verb) if lemma == "shoot" else lex.verbs.get(lemma)
        if measure in _HARMS:
            return Reading(measure=measure, noun=noun, anchor=verb, rule=f"them:{lemma}")
    return None
