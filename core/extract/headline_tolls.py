"""A headline's toll the parser took apart: "Toll in Barisal boat capsize climbs to 12", where
the event noun before the change verb is read as the verb and the change verb as its plural
object. The figure after "to" that follows a change verb, in a sentence whose subject is a
toll noun, is the toll's."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.extract.toll_measures import antecedent_harm, toll_measure

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure


def toll_before_change(num: Token) -> Reading | None:
    """ "Toll in X boat capsize climbs to 12": the toll noun that opens the headline says
    what the figure after the change verb's "to" counts."""
    prep = num.head
    if num.dep_ != "pobj" or prep.lower_ != "to" or prep.i == 0:
        return None
    change = num.doc[prep.i - 1]
    lex = lexicon()
    if change.pos_ != "NOUN":
        return None  # a change verb read as a verb: the toll's own reading ("toll rises to 24")
    if change.lemma_.lower() not in lex.change_verbs and change.lower_.rstrip("s") not in (
        lex.change_verbs
    ):
        return None
    sent = num.sent
    toll = next((t for t in sent if t.i < change.i and t.dep_ in ("nsubj", "ROOT")), None)
    if toll is None or toll.lemma_.lower() not in lex.toll_nouns:
        return None
    measure = antecedent_harm(toll)
    if measure is None:
        return None
    return Reading(measure=measure, anchor=toll, rule="toll:headline")


# the words that may stand between a toll noun and its figure in a headline: "toll now 9",
# "toll to 4", "toll climbs to 23", "total rises to 31", "toll at 12"
_TOLL_LINKS = frozenset({"now", "to", "at"})


def toll_by_words(span: Span) -> Reading | None:
    """ "Quarry collapse toll now 9", "raising school bus crash toll to 4", "mine blast death
    toll climbs to 23", "raid total rises to 31": a headline's toll the parser took apart,
    read from the words before the figure, whatever their tags: the toll noun, then a change
    word or a link ("now", "to", "at"), then the figure. A toll noun that names no harm
    ("total") counts what the headline's one harm verb before it says."""
    doc = span.doc
    i = span.start - 1
    links = 0
    while i >= 0 and links < _MAX_LINKS and (
        doc[i].lower_ in _TOLL_LINKS or _change_word(doc[i])
    ):
        i -= 1
        links += 1
    if links == 0 or i < 0:
        return None
    noun = doc[i]
    if noun.lemma_.lower() not in lexicon().toll_nouns or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    measure = toll_measure(noun) or _harm_before(noun)
    if measure is None:
        return None
    return Reading(measure=measure, anchor=noun, rule="toll:headline words")


_MAX_LINKS = 3  # "toll climbs to", "toll now at"


def _change_word(word: Token) -> bool:
    """A change verb whatever the tagger made of it ("climbs" as a plural noun)."""
    changes = lexicon().change_verbs
    lower = word.lower_
    return word.lemma_.lower() in changes or any(
        lower.endswith(end) and lower[: len(lower) - len(end)] in changes for end in ("s", "es")
    )


def _harm_before(noun: Token) -> Measure | None:
    """The one harm a headline's verbs before a bare total name ("Woman is detained; raid
    total rises to 31"); None when they name none or more than one."""
    verbs = lexicon().verbs
    found = {
        verbs[t.lemma_.lower()]
        for t in noun.sent
        if t.i < noun.i and t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in verbs
    }
    return found.pop() if len(found) == 1 else None
