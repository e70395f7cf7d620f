"""A person told hurt where the parser read the verb as an adjective: "Two men were shot dead
and another sustained bullet injuries", "A constable sustained injuries in the attack" parse
as one noun phrase ("a constable sustained injuries", the participle and the person an
``amod`` of "injuries"), so no subject is left for the harm. South Asian copy tells the one
hurt so all the time; read by the words' order: "another", or an article and a person's
word, then a verb of ``experiencer_verbs`` whose idiom with the harm noun is a hurt, then
that noun."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.measures import Reading, idiom_lemmas, lexicon
from core.extract.nlp import word_ids, words_in
from core.extract.person_nouns import a_victim_word
from core.extract.victim_mentions import ANOTHER, INDEFINITE
from core.extract.victim_names import Found, victim_figure

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

_ANOTHER = "another"
_ONE = frozenset({"a", "an"})
_INJURED: Measure = "injured"
_ON_THE_NOUN = frozenset({"amod", "compound", "nmod"})
_PERSON_WORDS = 3  # "a head constable", "an assistant sub-inspector": the words of one


@functools.cache
def _opener_ids() -> frozenset[int]:
    return word_ids(_ONE | {_ANOTHER})


def another_hurt(sent: Span, readings: Sequence[Found]) -> list[Found]:
    """The one person "another sustained injuries" or "a constable sustained injuries" tells
    hurt, unless a figure of the sentence reads those words already."""
    taken = {i for r in readings for i in range(r[2].start, r[2].end)}
    for opener in words_in(sent, _opener_ids()):  # a Token built only for an opener
        if opener.i in taken:
            continue
        found = _misread(opener)
        if found is None:
            continue
        verb, last = found
        how = ANOTHER if opener.lower_ == _ANOTHER else INDEFINITE
        reading = Reading(measure=_INJURED, noun=None, anchor=verb,
                          rule=f"{how}{verb.lemma_.lower()}")
        span = sent.doc[opener.i : last.i + 1]
        return [victim_figure(sent, span, 1.0, reading, noun=last)]
    return []


def _misread(opener: Token) -> tuple[Token, Token] | None:
    """The participle and the person's last word of "another sustained bullet injuries",
    "a head constable sustained injuries": the participle after the opener and the person's
    words, hung on the harm noun with them, whose idiom with it is a hurt."""
    harm = opener.head
    if harm.tag_ != "NNS" and harm.dep_ in _ON_THE_NOUN:
        harm = harm.head  # "A head constable sustained injuries": the article on "constable"
    if harm.tag_ != "NNS" or opener.dep_ != "det":
        return None
    verb = next((t for t in opener.doc[opener.i + 1 : harm.i] if _a_participle(t, harm)), None)
    if verb is None:
        return None
    person = opener.doc[opener.i + 1 : verb.i]
    if opener.lower_ == _ANOTHER:
        return (verb, opener) if not len(person) else None
    if not 0 < len(person) <= _PERSON_WORDS or not a_victim_word(person[-1]):
        return None
    return verb, person[-1]


def _a_participle(tok: Token, harm: Token) -> bool:
    """ "sustained" hung on "injuries" as an adjective, the idiom "sustain|injury" a hurt."""
    if tok.dep_ != "amod" or tok.head.i != harm.i:
        return False
    idioms = lexicon().idioms
    return any(idioms.get((b, harm.lemma_.lower())) == _INJURED for b in idiom_lemmas(tok))
