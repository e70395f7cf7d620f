"""A count of people told under one of two harms is no count of either (issue #11, counts):
UN and NGO roundups write "30 children were killed or maimed", "killed or injured", "dead or
missing", "killed, injured or abducted": the figure sums the harms, so it is no death toll.
Such a figure is kept as a figure of another kind, never as the dead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import lexicon
from core.rules import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.measures import Reading
    from core.model import Measure

EITHER_RULE = "either:"


_PREDICATIVES = frozenset({"acomp", "oprd", "xcomp"})  # "were dead or missing"


def summed_harms(reading: Reading) -> bool:
    """A count told as the dead and the hurt together ("Of the 640 killed and wounded, most
    were civilians"): the harms say what it counts, so "the" before it refers back to nothing
    (as "the 640 killed" is the dead); a checker's figure, kept as another kind."""
    return reading.rule.startswith(EITHER_RULE) and not (
        reading.anchor is not None and _done_to_others(reading.anchor)
    )


def _done_to_others(num: Token) -> bool:
    """ "The two armies killed and wounded thousands": the harms take an object of their own,
    so the people counted are who did them, no dead nor hurt."""
    holder = num.head if num.dep_ == "nummod" else num
    verbs = [*holder.children, holder.head]
    harms = lexicon().verbs
    return any(
        g.dep_ == "dobj"
        for verb in verbs
        if verb.pos_ == "VERB" and verb.lemma_.lower() in harms
        for v in (verb, *verb.conjuncts)
        if v.lemma_.lower() in harms  # "killed and wounded included many": no harm's object
        for g in v.children
    )


def either_harm(anchor: Token | None) -> bool:
    """The harm word ``anchor`` (or the predicative adjective of the verb it is) is joined by
    "or" to another word of what befell them ("killed or maimed", "dead or missing",
    "killed, injured or abducted"), or is itself such a second word."""
    if anchor is None:
        return False
    return _either(anchor) or any(
        _either(c) for c in anchor.children if c.dep_ in _PREDICATIVES and c.pos_ == "ADJ"
    )


def _either(anchor: Token) -> bool:
    first = anchor
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    run = _run_of(anchor, [anchor.doc[i] for i in sorted(_chain(first))])
    if len(run) < 2 or not all(t.pos_ in _HARM_POS for t in run):
        return False
    doc = anchor.doc
    if not any(t.lower_ == "or" for t in doc[run[0].i : run[-1].i]):
        return _dead_and_hurt(run)
    # "shot dead or hacked to death": two ways of one death, still the dead
    return len(_measures(run)) > 1


def _measures(run: list[Token]) -> set[Measure | None]:
    lex = lexicon()
    return {lex.verbs.get(t.lemma_.lower()) or lex.nouns.get(t.lower_) for t in run}


# the two harms no one suffers both of: "and" between them sums them, as "or" does
_DEAD_AND_HURT: frozenset[Measure | None] = frozenset({"killed", "injured"})
_STATE_TAGS = frozenset({"VBN", "JJ"})  # "killed and wounded", "dead and wounded"


def _dead_and_hurt(run: list[Token]) -> bool:
    """ "lost 900 troops killed and wounded": the dead and the hurt joined by "and" over one
    count; no one is both, so the count sums them. Not "were shot and killed" (one death),
    nor "were wounded and died in hospital" (a finite verb: what befell the same people
    next)."""
    # "stabbed and killed": a way of harm, then the death, of the same people; only the plain
    # words of the hurt ("wounded", "injured", "hurt") name a second group
    hurt = word_set("event_types", "hurt_words")
    return (
        _measures(run) == _DEAD_AND_HURT
        and all(t.tag_ in _STATE_TAGS for t in run)
        and any(t.lower_ in hurt for t in run)
    )


def told_dead_and_hurt(word: Token) -> bool:
    """ "900 casualties, including killed and wounded", "casualties in killed and wounded":
    the words after a count's noun say it holds the dead and the hurt, with no figure of
    their own."""
    first = word
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    run = _run_of(word, [word.doc[i] for i in sorted(_chain(first))])
    return len(run) > 1 and all(t.pos_ in _HARM_POS for t in run) and (
        _measures(run) == _DEAD_AND_HURT
    )


_HARM_POS = frozenset({"VERB", "ADJ"})  # "killed or maimed", "dead or missing"
_JOINING = frozenset({"or", "and", "either", ",", "otherwise"})


def _run_of(anchor: Token, words: list[Token]) -> list[Token]:
    """The words joined to ``anchor`` by nothing but a comma, "and" or "or" ("killed,
    injured or abducted"), not across another clause's words ("killed and two others were
    wounded or missing": "killed" is no part of the second pair)."""
    runs: list[list[Token]] = []
    for word in words:
        gap = word.doc[runs[-1][-1].i + 1 : word.i] if runs else None
        # "killed, either shot or burned": how they died, set off after a comma
        manner = gap is not None and [t.lower_ for t in gap] == [",", "either"]
        # no words between is no joining ("the 640 killed and wounded included": the verb)
        if gap and not manner and all(t.lower_ in _JOINING for t in gap):
            runs[-1].append(word)
        else:
            runs.append([word])
    return next((r for r in runs if anchor in r), [anchor])


def _chain(first: Token) -> set[int]:
    """The indices of ``first`` and the words conjoined to it, one after another."""
    found, todo = {first.i}, [first]
    while todo:
        tok = todo.pop()
        for c in tok.children:
            # "killed, injured or abducted": the parser may take the middle item for a clause
            listed = c.dep_ == "advcl" and c.i > tok.i and c.doc[c.i - 1].text == ","
            if (c.dep_ == "conj" or listed) and c.i not in found:
                found.add(c.i)
                todo.append(c)
    return found
