"""A headline drops the passive's "was": "Farmer held over deaths of 2 herders", "Guard
arrested after theft at depot". The parser reads the participle as a past tense and its
subject as the doer, where the subject is the one it was done to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.headline_sentences import headline_sentence
from core.extract.reduced_passives import PAST_TAGS

if TYPE_CHECKING:
    from spacy.tokens import Token

# what an active past keeps ("Bandits abducted 9", "Rebels tried to flee"), or a
# passive spells out ("was held")
_ACTIVE_OR_SPELT = frozenset({"dobj", "aux", "auxpass", "xcomp", "dative"})


def headline_patient(subject: Token, verb: Token) -> bool:
    """The subject of the figure's own verb, a headline's participle with no auxiliary and
    no object: the one held, arrested or killed, no doer."""
    return (
        subject.dep_ == "nsubj"
        and subject.head.i == verb.i
        and verb.tag_ in PAST_TAGS
        and headline_sentence(verb.sent)
        and not any(c.dep_ in _ACTIVE_OR_SPELT for c in verb.children)
    )
