"""A verb joined to a perfect one shares its auxiliaries: "in which 37 people have been
killed and 25 injured" tells the injured in the present perfect too, a count running up to
the telling like the killed before it, though the parser gives "injured" no "have"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_PARTICIPLE = "VBN"
# the tagger may read the bare participle as a past ("had registered 45 cases and arrested 78")
_SHARED_TAGS = frozenset({_PARTICIPLE, "VBD"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_HAVE = "have"


def _has_have(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == _HAVE for c in verb.children)


def perfect_holder(anchor: Token) -> Token | None:
    """The perfect verb whose auxiliaries the figure's bare participle shares ("37 have been
    killed and 25 injured": "killed" for the 25; "had registered 45 cases and arrested 78",
    the participle tagged a past), else None: a verb with its own auxiliary, tense or
    subject ("and 25 were injured", "and police arrested 78") keeps its own."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ == "VERB"), None)
    if verb is None or verb.tag_ not in _SHARED_TAGS or verb.dep_ != "conj":
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    # a past with a subject of its own ("and police arrested 78") tells its own time
    if verb.tag_ != _PARTICIPLE and any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    head = verb.head
    if head.pos_ != "VERB" or head.tag_ != _PARTICIPLE or not _has_have(head):
        return None
    return head
