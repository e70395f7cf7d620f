"""One more person after a count, with a harm participle the parser read as a verb in the past
and gave them as its subject: "... left two drivers dead and a third employee wounded".

After "and", a person told as one more ("a third employee", "another guard") whose verb has
no object, auxiliary or clause of its own is told what befell them, not what they did: the
reduced passive of a list of casualties. The parser may also keep the first noun of the
sentence as a second subject of that verb; the participle is the nearer one's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.place_words import PLACE_LABELS
from core.extract.victim_names import one_more

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# what a verb in the past has of its own when it is no participle: an object, an auxiliary,
# a clause
REDUCED_NOT = frozenset({"dobj", "aux", "auxpass", "ccomp", "xcomp", "dative", "attr"})
PAST_TAGS = frozenset({"VBD", "VBN"})


def nearer_subject(subj: Token) -> bool:
    """One more person the parser made a second subject of the verb between this one and it
    ("found a clerk guilty ... and a third employee wounded"): the participle is theirs."""
    head = subj.head
    return any(
        c.dep_ in SUBJECTS and subj.i < c.i < head.i and reduced_passive(head, c)
        for c in head.children
    )


def reduced_passive(verb: Token, subj: Token) -> bool:
    """ "... left two dead and a third employee wounded": after "and", one more person with a
    harm participle the parser read as a verb in the past with them as its subject; with no
    object, auxiliary or clause of its own it says what befell them."""
    opening = subj.left_edge.i
    return (
        verb.dep_ in ("conj", "ccomp")
        and opening > 0
        and subj.doc[opening - 1].lower_ == "and"
        and verb.tag_ in PAST_TAGS
        and one_more(subj)
        and not any(c.dep_ in REDUCED_NOT for c in verb.children)
    )


def relatives_place(subj: Token, head: Token) -> bool:
    """A second subject the parser made of the town that closes a relative clause on the
    first ("a man who was shot in north Tulsa has died": "north" its preposition's object,
    "Tulsa" a subject of "died")."""
    first = next((c for c in head.children if c.dep_ in SUBJECTS and c.i < subj.i), None)
    return (
        first is not None
        and subj.ent_type_ in PLACE_LABELS
        and any(c.dep_ == "relcl" and c.i < subj.i for c in first.children)
    )

