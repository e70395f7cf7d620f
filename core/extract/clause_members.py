"""A list's member that opens a clause of its own: "the fire left a woman dead and *a man
injured*", "killed a welder and *another was* hurt". The parser joins such a noun to the list
before it, but it tells someone else, with a harm of their own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.measures import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

    from core.extract.victim_names import Found
    from core.model import Measure

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a verb with a tense of its own ("was")
AUXILIARIES = frozenset({"aux", "auxpass"})


def own_members(members: list[Token], measure: Measure) -> list[Token]:
    """A list's members up to one that opens a clause of its own: a participle ("left a
    woman dead and another *injured*"), a noun with a harm participle other than the list's
    ``measure`` ("a woman dead and a man *injured*"; "two children and a woman injured" share
    theirs) or such a harm word the parser took for a noun ("a customer *hurt*"), or a noun
    the parser took from the verb right after it ("killed a worker and another *was* hurt")."""
    for at, member in enumerate(members[1:], start=1):
        if member.tag_.startswith("VB") or _own_clause(member, measure):
            return members[:at]
    return members


def _own_clause(member: Token, measure: Measure) -> bool:
    verbs = lexicon().verbs
    told = any(
        c.dep_ == "acl" and c.tag_ == "VBN" and verbs.get(c.lemma_.lower()) not in (None, measure)
        for c in member.children
    )
    # "a guard dead and a customer *hurt*": the harm word taken for a noun, the person its
    # compound
    harm_noun = verbs.get(member.lemma_.lower()) not in (None, measure) and any(
        c.dep_ == "compound" and c.i == member.i - 1 for c in member.children
    )
    after = member.right_edge.i + 1
    verb = member.doc[after] if after < len(member.doc) else None
    return (
        told
        or harm_noun
        or (verb is not None and verb.tag_ in FINITE_TAGS and verb.dep_ in AUXILIARIES)
    )


def cut_member(noun: Token, found: list[Found]) -> bool:
    """ "left a woman dead and *a man injured*": a conjunct with its own harm, cut from the
    list of the victim before it (``own_members``) or joined to its verb, someone else."""
    return noun.dep_ == "conj" and any(
        noun.head.i in {t.i for t in (f[3].noun, f[3].anchor) if t is not None}
        and not f[2].start <= noun.i < f[2].end  # a member the list counts is no one more
        for f in found
    )
