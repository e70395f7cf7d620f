"""A preposition left without its object, the name after it taken for a second subject of the
verb: "The attack on the village of Wad al-Noura on Wednesday also wounded dozens" parses "of"
with nothing under it and "Wad al-Noura" as a subject of "wounded" beside "the attack", so the
village became the doer and the scene was lost. Re-hung after the parser, the name is the
object of its preposition, as "the village of Tarvel" parses."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.attrs import TAG

from core.extract.word_positions import positions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

COMPONENT = "claimdesk_orphaned_objects"
NAME_TAGS = frozenset({"NNP", "NNPS"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def rehang_orphaned_objects(doc: Doc) -> Doc:
    """Give each object-less preposition the name after it that its verb took for a subject."""
    for at in positions(doc, TAG, ("IN",)):
        prep = doc[at]
        if prep.dep_ == "prep" and not prep.n_rights and not prep.n_lefts:
            name = _second_subject_after(prep)
            if name is not None:
                _rehang(prep, name)
    return doc


def _second_subject_after(prep: Token) -> Token | None:
    """The head of the name right after ``prep`` when the parser made it a subject of a verb
    that has a subject of its own before the preposition."""
    doc = prep.doc
    end = prep.i + 1
    while end < len(doc) and (doc[end].tag_ in NAME_TAGS or doc[end].text == "-"):
        end += 1
    if end == prep.i + 1:
        return None
    run = doc[prep.i + 1 : end]
    heads = [t for t in run if t.dep_ in SUBJECTS]
    if len(heads) != 1:
        return None
    name = heads[0]
    verb = name.head
    # the preposition stands in the verb's first subject ("the attack on the village of")
    first = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < prep.i), None)
    if first is None or all(a.i != first.i for a in prep.ancestors):
        return None
    return name if all(t.head.i in (name.i, verb.i) or t.i == name.i for t in run) else None


def _rehang(prep: Token, name: Token) -> None:
    verb = name.head
    for tok in name.doc[prep.i + 1 : name.i]:
        if tok.head.i == verb.i:
            tok.head = name  # "Wad" of "Wad al-Noura", hung on the verb
    name.head, name.dep_ = prep, "pobj"
