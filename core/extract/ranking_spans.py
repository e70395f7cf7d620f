"""A span that bounds a ranking, not a count: "in the worst such attack there this year",
"the third deadly ambush this month", "the deadliest blast of the year". The span tells
among which incidents this one ranks; the figures of the sentence still count the one
incident, on its own day, never the year to date."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.date_edges import DAY_EDGES, DAY_PARTS
from core.extract.incident_words import incident_noun
from core.rules import load_rules
from core.text.dates import date_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# the dependencies by which a span hangs on the noun it bounds ("attack this year", "attack
# of the year", "attack in a decade")
_BOUNDING = frozenset({"npadvmod", "pobj", "nmod", "tmod"})
# the prepositions of a span a ranking is made in ("of the year", "in a decade")
_WITHIN = frozenset({"of", "in"})
# a span of now written after the noun it bounds: "this year", "this month"
_THIS = frozenset({"this"})
# ordinals that rank nothing among others: "the last attack this year" may be the latest
_NO_RANK = frozenset({"last", "final"})


@functools.cache
def _ordinals() -> frozenset[str]:
    words: dict[str, int] = load_rules("dates")["ordinals"]
    return frozenset(w for w in words if w not in _NO_RANK)


def ranks_within(ent: Span) -> bool:
    """The time expression bounds the ranking of an incident by a superlative or an ordinal
    ("the worst such attack this year", "the second shooting this month", "the highest toll
    in a single attack this year", "the latest of a series of attacks this year")."""
    if _a_day(ent):
        return False  # "a second shooting Sunday": whatever it ranks among, it was that day
    if _tallied_within(ent):
        return False  # "the third encounter this month, in which a total of seven have died"
    chains = [_nominal_chain(n) for n in (_bounded_noun(ent.root), _noun_before(ent)) if n]
    return any(
        any(incident_noun(t) for t in chain) and any(_ranked(t) for t in chain)
        for chain in chains
    )


def _tallied_within(ent: Span) -> bool:
    """The sentence goes on to count over the incidents ranked, in a clause of the present
    perfect ("the third encounter in the district this month, in which a total of seven
    militants have been killed"): the span is that count's, up to the telling."""
    return any(
        verb.dep_ in _TALLYING_CLAUSES
        and any(c.dep_ == "aux" and c.tag_ in _PRESENT_HAVE for c in verb.children)
        and any(t.like_num for t in verb.subtree)
        and not any(t.i in range(ent.start, ent.end) for t in verb.subtree)
        for verb in ent.sent
        if verb.pos_ == "VERB"
    )


# the clauses a tally over the ranked incidents is told in, and the present of "have"
_TALLYING_CLAUSES = frozenset({"relcl", "advcl"})
_PRESENT_HAVE = frozenset({"VBP", "VBZ"})


def _a_day(ent: Span) -> bool:
    """The expression is a bare weekday ("Sunday", "Sunday night"), "today" or "yesterday":
    one day, no span a ranking is made within."""
    weekdays = date_words().weekdays
    words = [t.lower_ for t in ent if t.lower_ not in _PARTS_OF_DAY]
    return len(words) == 1 and (words[0] in weekdays or words[0] in ("today", "yesterday"))


_PARTS_OF_DAY = DAY_PARTS | DAY_EDGES  # "early Tuesday", "Tuesday night"


# words that rank a count among those since a time ("the first time since 2019")
_FIRSTS = frozenset({"first", "most", "least", "fewest"})


def ranks_since(ent: Span) -> bool:
    """ "the lowest tally since 2016", "the highest number since 2011", "the first time since
    2019": the time a superlative reaches back to, not a span the sentence's figures count."""
    since = ent.root.head
    if since.i == ent.root.i or since.lower_ != "since" or since.dep_ != "prep":
        return False
    if any(c.dep_ in ("relcl", "acl") for c in ent.root.children) or any(
        t.lower_ == "when" for t in ent.doc[ent.end : ent.end + 2]
    ):
        return False  # "the deadliest since October, when a bomber killed nine": its day
    ranked = since.head
    adverbs = [c for c in since.children if c.dep_ == "advmod"]
    if any(_ranking_word(t) for t in (ranked, *adverbs)):
        return True  # "the highest since 2011", "the most since 2011" (the parse's two ways)
    return ranked.pos_ == "NOUN" and any(
        c.dep_ == "amod" and _ranking_word(c) for c in ranked.children
    )


def _ranking_word(tok: Token) -> bool:
    return tok.tag_ in ("JJS", "RBS") or tok.lower_ in _FIRSTS


# the nouns a ranking may be made on besides an incident's: "the highest toll in ..."
_RANKED_NOUNS = frozenset({"toll"})


def _nominal_chain(noun: Token) -> list[Token]:
    """The noun and the nouns (or nominal superlatives) above it up to the clause's verb:
    "attack" < "in" < "toll", "attacks" < "of" < "series" < "of" < "latest"."""
    chain = [noun]
    tok = noun
    while tok.head.i != tok.i and tok.dep_ in _NOMINAL_LINKS:
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN", "ADJ"):
            chain.append(tok)
        elif tok.pos_ != "ADP":
            break
    return chain


# how a noun hangs on the one above it in a noun phrase ("in a single attack", "of attacks");
# not an apposition: "the deadliest attack, a bombing in October 2017," dates the bombing
_NOMINAL_LINKS = frozenset({"pobj", "prep", "compound", "npadvmod"})


def _ranked(tok: Token) -> bool:
    """An incident (or a toll) ranked by its modifier ("the worst attack", "the highest
    toll"), or a superlative standing for one ("the latest of a series of attacks")."""
    if tok.pos_ == "ADJ":
        return _ranking(tok)
    if not (incident_noun(tok) or tok.lemma_.lower() in _RANKED_NOUNS):
        return False
    return any(_ranking(c) for c in tok.children if c.dep_ in ("amod", "advmod", "nummod"))


# words between the ranked noun and its span: "the worst attack there this year"
_BETWEEN = frozenset({"there", "here"})


def _noun_before(ent: Span) -> Token | None:
    """The noun just before the span, which the parser may not hang it on ("killing four in
    the third such ambush this month": "month" on "killing")."""
    at = ent.start - 1
    while at > ent.sent.start and ent.doc[at].lower_ in _BETWEEN:
        at -= 1
    if at < ent.sent.start or ent.doc[ent.start].lower_ not in _THIS:
        return None
    return ent.doc[at] if ent.doc[at].pos_ == "NOUN" else None


def _bounded_noun(root: Token) -> Token | None:
    """The noun the span hangs on, directly or through "of" or "in" ("of the year")."""
    if root.dep_ not in _BOUNDING:
        return None
    head = root.head
    if root.dep_ == "pobj":
        # "since March" bounds when the earlier ones happened, which the sentence may count
        if head.dep_ != "prep" or head.lower_ not in _WITHIN:
            return None
        head = head.head
    return head if head.pos_ in ("NOUN", "PROPN") else None


def _ranking(modifier: Token) -> bool:
    """ "worst", "deadliest", "biggest", "most serious", "third"."""
    if modifier.tag_ in ("JJS", "RBS"):
        return True
    if modifier.lower_ in _ordinals():
        return True
    return any(c.tag_ in ("JJS", "RBS") for c in modifier.children if c.dep_ == "advmod")


def ranked_one(num: Token) -> bool:
    """ "one of the worst attacks in the province in a decade", "one of the bloodiest raids":
    the incident ranked among others like it, no count of anyone."""
    if num.lower_ != "one":
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "of"
        and any(
            group.tag_ in ("NNS", "NNPS")
            and incident_noun(group)
            and any(_superlative(m) for m in group.children)
            for group in prep.children
            if group.dep_ == "pobj"
        )
        for prep in num.children
    )


def _superlative(modifier: Token) -> bool:
    """ "deadliest", "worst", "most violent"."""
    if modifier.dep_ != "amod":
        return False
    return modifier.tag_ == "JJS" or any(
        c.tag_ == "RBS" for c in modifier.children if c.dep_ == "advmod"
    )
