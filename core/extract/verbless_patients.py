"""A figure with no verb of its own whose own "in" phrase says it is in care or in a patient's
condition, set after a toll: "The blast killed 14 people, with 9 in hospital", "Fourteen dead,
9 in hospital", "killed 14, with nine others still in hospital", "with two in critical
condition". Those are patients, hurt; the figure borrowed the toll before it (an ellipsis)
only when nothing said what befell it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.care import in_condition
from core.extract.condition_counts import COUNT_RULE
from core.extract.measures import Reading, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

RULE = "in_care"
WITH = "with"
_IN = "in"
# the roles of a figure set beside a toll without a verb: "with 9 in hospital" (pobj),
# "14 dead, 9 in hospital" (appos), the parser's stray attachments
_VERBLESS = frozenset({"pobj", "appos", "npadvmod", "conj", "ROOT"})
_OWN_CLAUSES = frozenset({"acl", "relcl"})


def verbless_patient(node: Token) -> Reading | None:
    """Hurt: a bare figure ("9") or a counted noun ("nine others") after "with" or beside a
    figure, whose own "in" phrase names a place of care or a patient's condition."""
    if not _counted(node):
        return None
    if node.dep_ == "nsubj" and _in_care(node.head):
        # "with nine others still in hospital": the parser's small clause, the "in" its head
        return Reading(measure="injured", anchor=node, rule=RULE)
    if node.dep_ not in _VERBLESS:
        return None
    if node.dep_ == "pobj" and node.head.lower_ != WITH:
        return None  # "killed in 9 hospitals", "among 9 in hospital": no state of its own
    if any(c.dep_ in _OWN_CLAUSES for c in node.children):
        return None  # "with 9 taken to hospital": its own verb reads it
    if in_condition(node):  # "one dead, one in critical condition": read so by its state
        return Reading(measure="injured", anchor=node, rule=COUNT_RULE)
    if not any(_in_care(c) for c in node.children):
        return None
    return Reading(measure="injured", anchor=node, rule=RULE)


def _counted(node: Token) -> bool:
    """A number alone, or a noun a numeral counts ("nine others", "two people")."""
    return node.like_num or (
        node.pos_ == "NOUN" and any(c.dep_ == "nummod" and c.like_num for c in node.children)
    )


def _in_care(prep: Token) -> bool:
    """ "in hospital", "in the hospital", "in a nearby clinic": the place its object names is
    one of care itself, not a thing named after one ("in a hospital raid")."""
    if prep.dep_ != "prep" or prep.lower_ != _IN:
        return False
    places = lexicon().care_places
    return any(
        o.dep_ == "pobj" and (o.lemma_.lower() in places or o.lower_ in places)
        for o in prep.children
    )
