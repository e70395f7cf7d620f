"""A headline's "<one person>, N others" after a verb ("Militants kill nurse, two others in
Yobe") is one list, the verb's object: the parser hangs "others" on the verb (a conjunct, a
noun adverb, a second object), which leaves the one person and the others apart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.headline_sentences import headline_sentence
from core.extract.measures import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "claimdesk_headline_others"
OTHERS = "others"
COMMA = ","
ON_THE_VERB = frozenset({"conj", "npadvmod", "dobj"})


def rehang_headline_others(doc: Doc) -> Doc:
    """Hang a headline's counted "others" right after the verb's object and a comma on that
    object as its conjunct (the list reader counts the one person with them,
    ``victim_lists``); not after a group ("family")."""
    for others in doc:
        verb = others.head
        if (
            others.lower_ != OTHERS
            or others.dep_ not in ON_THE_VERB
            or verb.pos_ != "VERB"
            or not any(c.dep_ == "nummod" for c in others.children)
            or not headline_sentence(others.sent)
        ):
            continue
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < others.i), None)
        if obj is None or obj.lemma_.lower() in lexicon().collective_nouns:
            continue  # "kill family, two others": a group is no one of the others
        after = obj.right_edge.i + 1
        if others.left_edge.i == after + 1 and doc[after].text == COMMA:
            others.head, others.dep_ = obj, "conj"
    return doc
