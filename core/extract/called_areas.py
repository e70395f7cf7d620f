"""A name NER missed or took for a person's that its own clause calls an area: the subject of
a copula whose complement is an area noun ("X remained the worst-hit province", "Y was the
deadliest district"), as a statistics review ranks its provinces."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.place_words import lexicon_places

if TYPE_CHECKING:
    from spacy.tokens import Token

_COPULAS = frozenset({"be", "remain", "become"})


def called_an_area(tok: Token, labels: frozenset[str]) -> bool:
    """The proper noun, not read as a place (``labels``), is the subject of a copula whose
    complement is an area noun with "the" ("the worst-hit province"), not a word a sentence
    opens with ("This is a country ...")."""
    verb = tok.head
    if tok.dep_ != "nsubj" or tok.ent_type_ in labels or verb.lemma_.lower() not in _COPULAS:
        return False
    if not tok.text[:1].isupper() or tok.is_stop:
        return False  # "This is a country of ...": no name
    # the area ranked among the report's ("the worst-hit province"), not one described
    areas = lexicon_places().area_nouns
    return any(
        c.dep_ == "attr" and c.lemma_.lower() in areas
        and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
        for c in verb.children
    )
