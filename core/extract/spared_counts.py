"""The figure of "all but N": those the predicate spares ("all but nine were freed", "all
but two survived", "all but nine of the soldiers were killed"). Still held after a release,
dead after a survival, and no count of the harm the rest suffered (measures.json's
``release_verbs`` and ``survival_verbs``)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

# what a release ends, and so what those it spared still are
HELD_MEASURES = frozenset({"kidnapped", "arrested"})
EXCEPTING_WORDS = ("all", "but")  # "all but nine"

ReadFigure = Callable[["Token", "Span"], "Reading | None"]


@functools.cache
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules("measures")
    return frozenset(rules["release_verbs"]), frozenset(rules["survival_verbs"])


def all_but(num: Token, read: ReadFigure) -> Reading | None:
    """ "All but nine were freed": nine still held, counted as the held were counted (the
    group after "of", else the figure of the held before it, in its sentence or the one
    before: ``read`` reads that figure); "all but two survived": two dead; "all but nine of
    the soldiers were killed": the nine spared are no count of the dead."""
    doc = num.doc
    if num.i < len(EXCEPTING_WORDS) or tuple(
        t.lower_ for t in doc[num.i - len(EXCEPTING_WORDS) : num.i]
    ) != EXCEPTING_WORDS:
        return None
    verb = doc[num.i - len(EXCEPTING_WORDS)].head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    releases, survivals = _verbs()
    if lemma in survivals:
        return Reading(measure="killed", anchor=verb, rule=f"all_but:{lemma}")
    if lemma in releases:
        held = _held_group(num) or _held_before(num, read)
        return Reading(measure=held or "other", anchor=verb, rule=f"all_but:{lemma}")
    if lexicon().verbs.get(lemma) is not None:
        return Reading(measure="other", anchor=verb, rule=f"all_but:{lemma}")
    return None


def _held_group(num: Token) -> Measure | None:
    """ "all but nine of the hostages": the held the group's noun names."""
    nouns = lexicon().nouns
    for prep in num.children:
        for obj in prep.children if prep.lower_ == "of" else ():
            measure = nouns.get(obj.lemma_.lower())
            if measure in HELD_MEASURES:
                return measure
    return None


def _held_before(num: Token, read: ReadFigure) -> Measure | None:
    """The measure of the last figure of the held before ``num``, in its sentence or the one
    before ("Gunmen seized 40 passengers ... All but nine were freed")."""
    doc = num.doc
    start = num.sent.start
    if start > 0:
        start = doc[start - 1].sent.start
    for tok in reversed(doc[start : num.i]):
        if not tok.like_num:
            continue
        reading = read(tok, doc[tok.i : tok.i + 1])
        if reading is not None and reading.measure in HELD_MEASURES:
            return reading.measure
    return None


def released(num: Token) -> Reading | None:
    """ "14 drowned and 12 were rescued", "six were freed": the people a release or a rescue
    counts are a figure of the incident, no count of a harm (``other``)."""
    verb = num.head
    if num.dep_ not in ("nsubj", "nsubjpass") or verb.lemma_.lower() not in _verbs()[0]:
        return None
    return Reading(measure="other", anchor=verb, rule=f"count:{verb.lemma_.lower()}")
