"""An object after a verb's result adjective, "A man shot dead his two sisters": with a
possessive (and sometimes with no determiner at all) the parser hangs the object on "dead",
and an adjective's object is no verb's, so the victims go uncounted ("shot dead the two
sisters" parses right). English adjectives take no direct object: re-hung after the parser,
the object is the verb's, as the parser reads "killed his two sisters"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import DEP

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "claimdesk_adjective_objects"
_OBJECTS = frozenset({"dobj"})
# how the parser hangs a result adjective on its verb: "shot dead", "beaten unconscious"
_RESULT_DEPS = frozenset({"oprd", "acomp", "advcl", "xcomp"})


def rehang_adjective_objects(doc: Doc) -> Doc:
    """Hang each object of a verb's result adjective, written right after it, on the verb."""
    for at in positions(doc, DEP, _OBJECTS):
        noun = doc[at]
        adjective = noun.head
        verb = adjective.head
        if (
            adjective.tag_ != "JJ"
            or adjective.dep_ not in _RESULT_DEPS
            or not verb.tag_.startswith("VB")
            or not verb.i < adjective.i < noun.i
            or noun.left_edge.i != adjective.i + 1  # "shot dead | his two sisters"
        ):
            continue
        noun.head = verb
    return doc
