"""Where a name NER read as a place stands in a role only a person fills: set off with an
age ("Chad, 22,"), after a person's title ("Mr. Jordan", "Sgt. Chad"), with a person's noun
set beside it ("Israel, the brother of a victim,"), or as the one a wound or a death befell
("Jordan was shot", "Chad died"). Given names are as often countries or towns ("Jordan",
"Chad", "Florence"); the report's place is never read from them.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.cues import cues
from core.extract.incident_words import death_verbs, harm_verbs
from core.extract.measures import lexicon
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The measures of the casualties a person may be "among" ("among the wounded").
_CASUALTIES = frozenset({"killed", "injured"})
# Courtesy titles British papers write without a dot ("Mr Karim").
_COURTESY = frozenset({"mr", "mrs", "ms", "dr"})
# What owns a noun beside the name when the name is a party, not a person ("Jordan, Syria's
# neighbour", "Chad, a member of the bloc"): a place or a body.
_PARTY_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG"})


def a_persons_role(ent: Span) -> bool:
    """The name is a person's by its role in the sentence (see the module's doc)."""
    root = ent.root
    return _aged(ent) or _titled(ent) or _described_as_person(root) or _harmed(root)


def _aged(ent: Span) -> bool:
    """ "Mendoza, 17,": the name set off with an age."""
    after = ent.doc[ent.end : ent.end + 3]
    return (
        len(after) == 3
        and after[0].text == ","
        and after[1].like_num
        and after[2].text in (",", ")")
    )


def _titled(ent: Span) -> bool:
    """ "Mr. Jordan", "Sgt. Chad", "Mr Karim": a person's title written just before the name,
    abbreviated (a ministry's word, "Interior", "Air", opens an office's name, not a person's)."""
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    c = cues()
    if before.text in c.abbreviated_titles:
        return True
    short = before.text.endswith(".") or before.lower_ in _COURTESY
    return short and before.text[:1].isupper() and before.lower_.rstrip(".") in c.titles


# where a scene stands ("in Lagos"), which the parser may give the speaker after it
_SCENE_PREPS = frozenset({"in", "at", "near"})


def _a_stranded_speaker(root: Token, role: Token) -> bool:
    """ "... in Lagos, the command's spokesman, Ada Obi, said": the parser hangs the speaker's
    role on the place before it; a role named by its own person after it, on a place after a
    preposition of where, is the speaker's, not the place's."""
    return (
        root.dep_ == "pobj"
        and root.head.lower_ in _SCENE_PREPS
        and any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in role.children)
    )


def _described_as_person(root: Token) -> bool:
    """ "Israel, the brother of one victim, said": the appositive beside the name is a
    person's noun, not a party's place among others ("Jordan, Syria's neighbour")."""
    for child in root.children:
        if child.dep_ != "appos" or child.lemma_.lower() not in cues().person_nouns:
            continue
        if _a_stranded_speaker(root, child):
            continue
        owners = [
            t
            for t in child.subtree
            if t.i != child.i and t.ent_type_ in _PARTY_LABELS and t.pos_ == "PROPN"
        ]
        if not owners:
            return True
    return False


@functools.cache
def _person_harms() -> frozenset[str]:
    """Verbs of a wound or a death that befall people, not the place an event strikes
    ("a quake hit Tarnland": ``struck_verbs``)."""
    struck = frozenset(str(w) for w in load_rules("places")["struck_verbs"])
    return frozenset(v for v in harm_verbs() if v not in struck)


def _harmed(root: Token) -> bool:
    """ "Jordan was shot", "Chad died of his wounds", "Florence and Victoria were among the
    wounded": the one wounded or dead (a conjunct shares the first's role)."""
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    verb = root.head
    lemma = verb.lemma_.lower()
    if root.dep_ == "nsubjpass":
        return lemma in _person_harms()
    if root.dep_ != "nsubj":
        return False
    return lemma in death_verbs() or (lemma == "be" and _among_the_harmed(verb))


def _among_the_harmed(verb: Token) -> bool:
    """ "were among the wounded", "was among the dead": one of the casualties."""
    nouns = lexicon().nouns
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "among"
        and any(
            o.dep_ == "pobj" and nouns.get(o.lower_) in _CASUALTIES for o in prep.children
        )
        for prep in verb.children
    )
