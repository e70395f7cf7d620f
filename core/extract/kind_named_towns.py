"""A town NER gave another label, known by the town's kind written beside it: "the border town
of Chaman", "the village of Doru", "in Malawi's commercial capital Blantyre"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.rules import word_set
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Span

# the labels NER gives a town's name it does not know, not those of a day, a time or a count
MISLABELLED = frozenset(
    {"ORG", "PERSON", "NORP", "PRODUCT", "WORK_OF_ART", "LANGUAGE", "EVENT", "LAW"}
)


def named_by_its_kind(ent: Span) -> bool:
    """The name follows "the <kind> of" where the kind is a town's ("the southern city of
    Odesa", "the border town of Chaman", "the village of Doru"): a town, whatever label NER
    gave it; not "the city of God" in lower case nor a body ("the town of Hope council")."""
    root = ent.root
    prep = root.head
    kind = prep.head
    return (
        ent.label_ in MISLABELLED
        and root.dep_ == "pobj"
        and prep.lower_ == "of"
        and kind.lower_ in word_set("places", "town_kind_nouns")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kind.children)
        and all(t.is_title or t.is_upper for t in ent if t.is_alpha)
        and ent.end == root.i + 1
        and ent.start == prep.i + 1
        # "the city of Light and Hope": a name of two joined words is no town's
        and (ent.end >= len(ent.doc) or ent.doc[ent.end].lower_ not in ("and", "&"))
        and not any(c.dep_ == "cc" for c in root.children)
    )


def named_after_its_kind(ent: Span) -> bool:
    """The name stands beside its kind as an appositive ("in Malawi's commercial capital
    Blantyre", "the border town Chaman"): a place the gazetteer knows, whatever label NER
    gave it; not a kind's person ("the town's mayor, Ann Roe") nor a name it does not know."""
    root = ent.root
    kind = root.head
    return (
        ent.label_ in MISLABELLED
        and root.dep_ == "appos"
        and kind.i < root.i
        and kind.lower_ in word_set("places", "appositive_kinds")
        and any(c.dep_ in ("det", "poss") for c in kind.children)
        and all(t.is_title or t.is_upper for t in ent if t.is_alpha)
        and places.lookup(ent.text) is not None
    )
