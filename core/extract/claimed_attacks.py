"""The doer a report names by its claim ("The Islamic State group claimed responsibility for
the attack", "Responsibility was claimed by the Baloch Liberation Army", "The TTP claimed the
bombing"): the doer of the casualty figures of one incident that name none of their own, told
in the claim's sentence, its paragraph before it or the paragraph before that, back to a
sentence that opens another incident ("Separately, ..."); a tally over weeks is no one
attack's. "No group has claimed responsibility" names none, nor a pronoun ("It claimed")."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from core.extract.apart_sentences import opens_apart
from core.extract.cues import cues
from core.extract.incident_doers import DOER_LABELS, an_agent_word, an_attack
from core.extract.measures import lexicon
from core.extract.nlp import lemmatised_as, negated
from core.extract.source_names import np_text

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from core.extract.nlp import Chunk
    from core.model import Claim

_CLAIM = "claim"
_OWNED = "responsibility"  # "claimed responsibility"; "claimed credit for arresting" is no attack
# words that make the attack claimed another than the report's ("for similar attacks", "for
# such attacks in the past", "for an earlier attack")
_OTHER_ATTACKS = frozenset(
    {"similar", "such", "previous", "earlier", "past", "other", "another", "last", "prior"}
)
_HABIT = frozenset({"often", "usually", "frequently", "regularly", "typically", "routinely"})
# the words of a sentence that tell an attack (its figures may be a claimed attack's), besides
# the attack nouns and the doers'
_ATTACK_VERBS = frozenset({"shoot", "stab", "gun", "bomb", "ambush", "attack", "storm"})
TALLY_DAYS = 7  # a figure over more days than this is a tally, not one attack's
# relative pronouns ("which", "that", "who"): the clause's own subject
_RELATIVE_TAGS = frozenset({"WDT", "WP"})
_NONE = frozenset({"no", "none", "nobody", "noone"})
# the figures a claim of an attack names the doer of
CLAIMED_MEASURES = frozenset({"killed", "injured", "kidnapped"})


def with_claimed_doers(claims: list[Claim], chunks: Sequence[Chunk], text: str) -> list[Claim]:
    """``claims`` with each casualty figure no doer names given the group that claimed its
    attack (see the module); ``text``, the report's."""
    if not any(c.actor is None and c.measure in CLAIMED_MEASURES for c in claims):
        return claims
    apart = 0  # where the incident the claim speaks of opens
    doers: list[tuple[int, int, str]] = []  # (from, to, doer): the span of text it covers
    attacks: set[int] = set()  # the starts of the sentences that tell an attack
    for chunk in sorted(chunks, key=lambda c: c.offset):
        for sent in chunk.doc.sents:
            start = chunk.offset + sent.start_char
            if _tells_an_attack(sent):
                attacks.add(start)
            if opens_apart(sent):
                apart = start
            doer = _claimer(sent)
            if doer is not None:
                told = max(apart, _paragraph_before(text, start))
                doers.append((told, chunk.offset + sent.end_char, doer))
    if not doers:
        return claims
    return [_given(c, doers, attacks) for c in claims]


def _tells_an_attack(sent: Span) -> bool:
    """The sentence tells an attack (a bombing, gunmen, "were shot dead"), no flood or crash."""
    return any(
        an_attack(t) or an_agent_word(t) or t.lemma_.lower() in _ATTACK_VERBS for t in sent
    )


def _attackers(claim: Claim) -> bool:
    """The figure counts the attackers ("Three of the attackers were also killed")."""
    words = (claim.subject or "").lower().replace(",", " ").split()
    suspects = lexicon().suspect_nouns
    return any(w in suspects or w.removesuffix("s") in suspects for w in words)


def _paragraph_before(text: str, at: int) -> int:
    """Where the paragraph before the one holding ``at`` opens (blank lines skipped)."""
    start = text.rfind("\n", 0, at) + 1
    end = start - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    return text.rfind("\n", 0, end) + 1 if end > 0 else 0


def _given(claim: Claim, doers: list[tuple[int, int, str]], attacks: set[int]) -> Claim:
    """The claim with the doer whose span holds it: a casualty figure no doer names, of a
    sentence that tells an attack (``attacks``: their starts), counting no attackers."""
    if (
        claim.actor is not None
        or claim.measure not in CLAIMED_MEASURES
        or _a_tally(claim)
        or claim.sentence_start not in attacks
        or _attackers(claim)
    ):
        return claim
    doer = next((d for lo, hi, d in doers if lo <= claim.start < hi), None)
    return claim if doer is None else dataclasses.replace(claim, actor=doer)


def _a_claim(lemma: str) -> bool:
    return lemma.lower() == _CLAIM


def _claimer(sent: Span) -> str | None:
    """Who the sentence says claimed the attack, or None."""
    for verb in lemmatised_as(sent, _a_claim):  # a Token only for the verb's forms
        if verb.pos_ != "VERB" or negated(verb):
            continue
        owned = [  # "claimed responsibility", "claimed the bombing"
            c
            for c in verb.children
            if (c.lower_ == _OWNED or _this_attack(c)) and c.dep_ in ("dobj", "nsubjpass")
        ]
        if not owned or _another_attack(owned[0]) or _habitual(verb):
            continue
        for child in verb.children:
            who = child if child.dep_ == "nsubj" else _agent(child)
            if who is not None and _names_a_doer(who):
                return np_text(who)
    return None


def _agent(child: Token) -> Token | None:
    """The object of a passive's "by" ("was claimed by the Baloch Liberation Army")."""
    if child.dep_ != "agent":
        return None
    return next((o for o in child.children if o.dep_ == "pobj"), None)


def _names_a_doer(who: Token) -> bool:
    """A group, a people or a person by name or by a doer's word; not "no group", nor a
    pronoun."""
    words = list(who.subtree)
    if who.pos_ == "PRON" or any(t.lower_ in _NONE for t in words):
        return False
    return any(t.ent_type_ in DOER_LABELS or an_agent_word(t) for t in words) or (
        who.pos_ == "PROPN"
    )


def _a_tally(claim: Claim) -> bool:
    """The figure counts over more than a week: a tally of many attacks, no one attack's."""
    start, end = claim.date_start, claim.date_end
    return start is not None and end is not None and (end - start).days > TALLY_DAYS


def _this_attack(noun: Token) -> bool:
    """ "the bombing", "Friday's attack": an attack named as one, not "the shooting down of
    20 drones" nor "the killing of the militant"."""
    return (
        an_attack(noun)
        and any(c.dep_ in ("det", "poss") for c in noun.children)
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    )


def _another_attack(owned: Token) -> bool:
    """The attack claimed is another than the report's: "for similar attacks", "for the
    March attack on Tower 22", "for attacks" (plural: a series), "for an earlier bombing"."""
    named = [owned] + [
        o for p in owned.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
    ]
    return any(
        t.lower_ in _OTHER_ATTACKS or t.ent_type_ == "DATE" or (t is n and t.tag_ == "NNS")
        for n in named
        for t in _own_words(n)
    )


def _own_words(noun: Token) -> list[Token]:
    """The attack's words less the relative clause that tells what it did ("responsibility
    for the attack, which killed 12 on Monday", "the bombing that killed 15"): its day there
    is the attack's own, no other attack's ("the attack carried out in May" is another); a
    clause that tells another deed too keeps its words ("which came a day after a car bomb
    killed 6 on Monday", "which followed a blast that killed 9")."""
    words = list(noun.subtree)
    clauses = [c for c in words if c.dep_ == "relcl"]
    told = {
        t.i
        for c in clauses
        if not _another_deed(c) and not any(c in k.subtree for k in clauses if k is not c)
        for t in c.subtree
    }
    return [t for t in words if t.i not in told]


def _another_deed(clause: Token) -> bool:
    """The relative clause names an attack of its own ("which followed a blast"), or holds a
    clause with a subject of its own ("which came after gunmen killed 6"; not "in which 9
    were killed", nor a report's "which police said killed 9")."""
    own = {clause.i} | {c.i for c in clause.children if c.dep_ == "conj"}
    reporting = cues().reporting
    return any(
        (an_attack(t) and t.i != clause.i)
        or (
            t.dep_ in ("nsubj", "nsubjpass")
            and t.head.i not in own
            and t.tag_ not in _RELATIVE_TAGS
            and t.head.lemma_.lower() not in reporting
        )
        for t in clause.subtree
    )


def _habitual(verb: Token) -> bool:
    """ "Al-Shabaab often claims such attacks", "groups have claimed attacks in the past"."""
    return any(c.lower_ in _HABIT for c in verb.children) or any(
        t.lower_ == "past" for t in verb.subtree
    )
