"""The cheap gate before a sentence is read for victims named without a numeral: a casualty
verb, adjective, noun or idiom in it (``casualty_word``)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from spacy.attrs import DEP, LEMMA, LOWER, POS
from spacy.parts_of_speech import VERB

from core.extract.care import taken_with_harm, treated_for_harm, treated_there
from core.extract.measures import lexicon
from core.extract.nlp import word_ids
from core.extract.struck_victims import struck_by, struck_verb
from core.extract.suffered_harms import wound_harm
from core.extract.unsaved import denied_survival
from core.extract.victim_names import CASUALTY_MEASURES, intransitive_phrasal, phrasal_measure
from core.extract.victim_nouns import (
    DEAD_ADJECTIVES,
    DEEDS,
    FATAL_MODIFIERS,
    HURT_ADJECTIVES,
    HURT_DEEDS,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# the relations under which a word's head may make it a casualty word ("passed away",
# "did not survive", "lost their lives", "suffered a gash")
_HEAD_DEPS = frozenset({"prt", "advmod", "neg", "dobj"})


@functools.cache
def _lower_ids() -> frozenset[int]:
    """The ids of every lower-case form ``_casualty`` asks of the word itself."""
    lex = lexicon()
    return word_ids(
        {w for w, m in lex.nouns.items() if m in CASUALTY_MEASURES}
        | lex.fatal_adverbs | FATAL_MODIFIERS | HURT_DEEDS | DEAD_ADJECTIVES | HURT_ADJECTIVES
        | lex.condition_words | {"life"} | set(lex.multiples)
    )


@functools.cache
def _head_dep_ids() -> frozenset[int]:
    return word_ids(_HEAD_DEPS)


@functools.cache
def _lemmas() -> frozenset[str]:
    """Every lemma (in lower case) ``_casualty`` asks of the word itself."""
    lex = lexicon()
    casualty_verbs = {v for v, m in lex.verbs.items() if m in CASUALTY_MEASURES}
    return frozenset(casualty_verbs | lex.treatment_verbs | lex.care_verbs)


def casualty_word(sent: Span) -> bool:
    """A casualty verb or adjective in the sentence: the cheap gate before reading victims.
    Most words can pass no test of ``_casualty``; those that may (a verb, a word under one
    of ``_HEAD_DEPS``, a listed form or lemma) are told apart on the ids, and a Token is
    built only for them."""
    doc = sent.doc
    strings, lowers, lemmas = doc.vocab.strings, _lower_ids(), _lemmas()
    deps = _head_dep_ids()
    # read here, not from a cache: the readers before may have re-hung the parse
    table = doc.to_array([LOWER, LEMMA, DEP, POS])[sent.start : sent.end].tolist()
    return any(
        _casualty(doc[sent.start + n])
        for n, (low, lemma, dep, pos) in enumerate(table)
        if pos == VERB or dep in deps or low in lowers or strings[lemma].lower() in lemmas
    )


def _casualty(t: Token) -> bool:
    """A casualty verb, adjective, noun or idiom at ``t``."""
    lex = lexicon()
    low = t.lower_  # read once: each read of a token's attribute costs a string lookup
    lemma = t.lemma_.lower()
    return (
        lex.verbs.get(lemma) in CASUALTY_MEASURES
        or (t.dep_ in ("prt", "advmod") and intransitive_phrasal(t.head) is not None)
        or (t.dep_ == "prt" and phrasal_measure(t.head) in CASUALTY_MEASURES)
        or lex.nouns.get(low) in CASUALTY_MEASURES
        or low in lex.fatal_adverbs  # "fatally shot"
        or (low in FATAL_MODIFIERS and t.head.lower_ in DEEDS)  # "the fatal shooting"
        # "the shooting of a boy"
        or (low in HURT_DEEDS and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "of")
        or low in DEAD_ADJECTIVES  # "the slain cashier"
        or (low in HURT_ADJECTIVES and t.dep_ == "amod")  # "a wounded girl"
        or (low in lex.condition_words and t.head.lemma_ == "condition")
        or (low == "life" and t.head.lemma_ == "support")  # "taken off life support"
        or (t.pos_ == "VERB" and struck_verb(t) and struck_by(t) is not None)
        or (low == "shot" and t.pos_ == "VERB")  # "a man was shot": wounded
        or (t.dep_ == "neg" and denied_survival(t.head))  # "she did not survive"
        # "a man was treated for wounds" (the verb first: the call costs on every word)
        or (lemma in lex.treatment_verbs and (
            treated_for_harm(t) or (t.tag_ == "VBN" and treated_there(t))
        ))
        or (lemma in lex.care_verbs and t.tag_ == "VBN" and taken_with_harm(t))
        or (low in lex.multiples and t.head.lemma_ in lex.multiple_death_nouns)
        # "lost their lives", "sustained injuries": an idiom of the verb and its object
        # ("breathed her last": the parser hangs "last" as an adverb)
        or (t.dep_ in ("dobj", "advmod") and lex.idioms.get((t.head.lemma_.lower(), lemma))
            in CASUALTY_MEASURES)
        or (t.dep_ == "dobj" and wound_harm(t.head))  # "suffered a gash to the head"
    )
