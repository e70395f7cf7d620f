"""A relative clause on "who" set off by a comma right after a verb's object, "Troops shot one
of them, who later died": the parser may hang the clause on the verb (as a relative clause or
as its complement), which leaves the object without the clause that tells what befell it (a
death read as a bare shot). "who" names a person, never the verb's deed: re-hung after the
parser on the object it follows, as "shot one of the smugglers, who later died" parses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import DEP

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_object_relatives"
# a relative clause, or one the parser took for the verb's complement ("who" opens none)
_CLAUSES = frozenset({"relcl", "ccomp"})
_PERSONAL = "who"
_OBJECT = "dobj"
_COMMA = ","


def rehang_object_relatives(doc: Doc) -> Doc:
    """Hang each "..., who ..." clause the parser hung on a verb on that verb's object."""
    # only the clauses: the re-hanging makes none
    for at in positions(doc, DEP, _CLAUSES):
        clause = doc[at]
        obj = _object_before(clause)
        if obj is not None:
            clause.head, clause.dep_ = obj, "relcl"
    return doc


def _object_before(clause: Token) -> Token | None:
    """The verb's object whose phrase ends right before the comma that opens the clause."""
    verb = clause.head
    opening = clause.left_edge
    # by tags: this repair runs before the attribute ruler sets parts of speech
    if clause.dep_ not in _CLAUSES or not verb.tag_.startswith("VB") or (
        opening.lower_ != _PERSONAL or opening.dep_ != "nsubj"
    ):
        return None
    comma = opening.i - 1
    if comma < 1 or clause.doc[comma].text != _COMMA:
        return None
    return next(
        (c for c in verb.children if c.dep_ == _OBJECT and c.right_edge.i == comma - 1), None
    )
