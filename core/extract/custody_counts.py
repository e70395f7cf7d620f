"""Counts of people in custody that count no arrest: "27 detainees fled during the riot"
(the escaped), "a jail designed to hold 800 detainees" (its capacity); and those that do
with no verb of arrest, "we have one in custody". The words are in measures.json
("escape_verbs", "capacity_verbs", the idioms of custody)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.headline_sentences import headline_sentence
from core.extract.measures import Reading, lexicon
from core.rules import load_rules, word_set

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

CUSTODY_PREPOSITIONS = frozenset({"in", "into"})  # "have two in custody", "took one into"
CUSTODY = "custody"
# How a verb of holding says a capacity, not the people held: "designed to hold 800"
PURPOSE_LINKS = frozenset({"xcomp", "acl", "advcl", "relcl", "ccomp"})


@functools.cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    rules = load_rules("measures")
    return frozenset(rules["escape_verbs"]), frozenset(rules["capacity_verbs"])


@functools.cache
def _builders() -> frozenset[str]:
    return frozenset(load_rules("measures")["capacity_builders"])


def _built_for(noun: Token) -> bool:
    """ "The jail, built for about 900 detainees": the people a place was made for, a
    participle of making with "for" ("designed", "meant", "intended for")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for":
        return False
    made = prep.head
    return made.tag_ == "VBN" and made.lemma_.lower() in _builders()


def out_of_custody(noun: Token) -> bool:
    """ "Some 27 detainees fled", "40 detainees broke out": the subject of a verb of escape;
    "a jail built to hold 800 detainees": the object of an infinitive of holding, a capacity,
    as is "a jail built for 800 detainees".
    "Police detained 27 people" and "27 detainees were freed" stay counts of the held."""
    verb = noun.head
    escape, capacity = _words()
    lemma = verb.lemma_.lower()
    if noun.dep_ == "nsubj" and lemma in escape:
        return True
    if _built_for(noun):
        return True
    return (
        noun.dep_ == "dobj"
        and lemma in capacity
        and verb.dep_ in PURPOSE_LINKS
        and any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)
    )


def held_in_custody(node: Token) -> Reading | None:
    """ "We have one in custody", "police have two suspects in custody": the object of a verb
    that holds people in custody (measures.json's idioms "have|custody", "take|custody"),
    with "in custody" hung on the people rather than the verb, is arrested."""
    verb = node.head
    measure = lexicon().idioms.get((verb.lemma_.lower(), "custody"))
    if node.dep_ != "dobj" or measure is None:
        return None
    if not any(
        prep.dep_ == "prep"
        and prep.lower_ in CUSTODY_PREPOSITIONS
        and any(obj.lemma_.lower() == "custody" for obj in prep.children)
        for prep in node.children
    ):
        return None
    return Reading(measure=measure, anchor=verb, rule=f"idiom:{verb.lemma_.lower()} custody")


def in_custody_after(tok: Token) -> bool:
    """ "... *in custody*" right after ``tok``: what a verbless headline tells of the people."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in CUSTODY_PREPOSITIONS:
        return False
    custody = doc[tok.i + 2]
    after = doc[custody.i + 1] if custody.i + 1 < len(doc) else None
    # "Two in custody fight", "Mother in custody row": a dispute over a child, no arrest
    # ("in custody hours after ..." is one)
    disputed = after is not None and after.lower_ in word_set("measures", "custody_disputes")
    return custody.lower_ == CUSTODY and not disputed


def headline_custody(span: Span, noun: Token | None) -> Reading | None:
    """ "Two in custody after ...", "3 teens in custody in ...": a headline's count, or its
    counted noun, right before "in custody" tells people arrested with no verb (the parse of
    such a line is no guide: the count is as often a subject of the incident word after)."""
    last = noun if noun is not None and noun.i >= span.end else span[-1]
    if not in_custody_after(last) or not headline_sentence(span.sent):
        return None
    anchor = span.doc[last.i + 2]
    return Reading(measure="arrested", anchor=anchor, rule=f"adjacent:{CUSTODY}")
