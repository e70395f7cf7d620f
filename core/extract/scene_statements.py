"""A sentence that only says where the report's incident happened ("The blast occurred near
Pusnar village", "The incident took place in the Domel area"): South Asian copy often gives the
figures with the district ("killed in Bijapur district") and the village in a sentence of its
own. ``scene_verb`` finds the saying; the place it names refines the scene the lead gives the
figures (``core.extract.incident_scene``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from core.extract.place_words import a_scene, lexicon_places
from core.extract.tree_distance import nearest

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_HAPPENING = frozenset({"occur", "happen"})  # "took place" is read by its object
# words of another, earlier incident told beside the report's ("a similar blast occurred")
_RECALLING = frozenset({"similar", "earlier", "last", "previous", "ago", "another", "also"})


# the words of the saying, for a cheap test before any parse (``core.extract.regions``)
SCENE_WORDS = re.compile(r"\b(?:took place|takes place|occurred|happened)\b")


def may_tell_scene(text: str) -> bool:
    """A cheap lexical test: the sentence may say where the incident happened."""
    return SCENE_WORDS.search(text) is not None


def scene_verb(sent: Span) -> Token | None:
    """The verb by which the sentence says where the incident (its subject: "the incident",
    "the blast", "the attack") happened; None when it speaks of another, earlier one."""
    if any(t.lower_ in _RECALLING or (t.like_num and len(t.text) == 4) for t in sent):
        return None
    for tok in sent:
        lemma = tok.lemma_.lower()
        taken = lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in tok.children
        )
        if tok.pos_ != "VERB" or not (lemma in _HAPPENING or taken):
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lemma_.lower() in lexicon_places().incident_words:
            return tok
    return None


def told_place(verb: Token, found: list[tuple[Token, str]]) -> str | None:
    """The place the saying names: the one nearest its verb, a town or village rather than
    a venue or a street in it."""
    towns = [(t, name) for t, name in found if not a_scene(name)]  # not "the X mosque"
    return nearest(verb, towns) if towns else None
