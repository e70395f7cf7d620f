"""A person "another" told hurt where the parser read the verb as an adjective: "Two men were
shot dead and another sustained bullet injuries" parses as the noun phrase "another sustained
bullet injuries" (the participle an ``amod`` of "injuries"), so no subject is left for the
harm. South Asian copy tells the one hurt beside the dead so all the time; read by the words'
order: "another", a verb of ``experiencer_verbs`` whose idiom with the harm noun is a hurt,
then that noun."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.measures import Reading, lexicon
from core.extract.victim_mentions import ANOTHER
from core.extract.victim_names import Found, victim_figure

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.model import Measure

_ANOTHER = "another"
_INJURED: Measure = "injured"


def another_hurt(sent: Span, readings: Sequence[Found]) -> list[Found]:
    """The one person "another sustained injuries" tells hurt, unless a figure of the
    sentence reads those words already."""
    taken = {i for r in readings for i in range(r[2].start, r[2].end)}
    for tok in sent:
        if tok.lower_ != _ANOTHER or tok.i in taken:
            continue
        verb = _misread_verb(tok)
        if verb is not None:
            reading = Reading(measure=_INJURED, noun=None, anchor=verb,
                              rule=f"{ANOTHER}{verb.lemma_.lower()}")
            return [victim_figure(sent, sent.doc[tok.i : tok.i + 1], 1.0, reading,
                                  noun=tok)]
    return []


def _misread_verb(another: Token) -> Token | None:
    """ "sustained" of "another sustained bullet injuries": the participle after "another",
    hung on the harm noun, whose idiom with it is a hurt."""
    harm = another.head
    doc = another.doc
    if another.i + 1 >= len(doc) or harm.i <= another.i + 1 or harm.tag_ != "NNS":
        return None
    verb = doc[another.i + 1]
    if verb.dep_ != "amod" or verb.head.i != harm.i:
        return None
    # the tagger's adjective keeps its ending as its lemma: "sustained" for "sustain"
    word = verb.lower_
    bases = {verb.lemma_.lower(), word.removesuffix("ed"), word.removesuffix("d")}
    idioms = lexicon().idioms
    return verb if any(idioms.get((b, harm.lemma_.lower())) == _INJURED for b in bases) else None
