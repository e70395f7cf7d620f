"""Towns a report names for what was done beside its incident, not at it.

News copy tells the incident at its scene, then what followed elsewhere: the dead were buried
in their home town, a funeral or a vigil was held in another, people protested in a third,
the suspect was produced before a court in the district's seat; the convoy hit had been
heading towards a town further on. Such a town is named once, in
a sentence that counts no harm; the figures told after it ("Four others were wounded in the
blast") are still the incident's, at its scene. So the sentence reader does not hand such a
town on to the sentences after it (``sentence_carry._carried_place``): the scene carried so
far goes on.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.place_words import attack_verbs, lexicon_places, places_incident
from core.extract.scene_statements import fighting_nouns, happening_verbs
from core.rules import load_rules

if TYPE_CHECKING:
    from spacy.tokens import Token

# the words that hold a place up to the deed it was the place of ("in the town of X",
# "before a court in X", "sealed off the town of X"): prepositions (a particle the parser
# took for one), their objects, a name's words, an apposition
_HOLDING_DEPS = frozenset({"pobj", "prep", "compound", "appos", "conj", "poss", "prt"})
_CLIMB = 6  # the words read up from the place to its verb
# the nouns that name the deed as a verb's subject or object ("the funeral was held in X",
# "held a vigil in Y"), with a noun's compound ("funeral prayers were offered in Z")
_DEED_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_PURPOSE_DEPS = frozenset({"xcomp", "advcl"})  # "gathered ... to mourn", "... to protest"


@functools.cache
def _deed_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs and nouns of a deed done beside an incident (places.json side_deeds)."""
    table = load_rules("places")["side_deeds"]
    return frozenset(table["verbs"]), frozenset(table["nouns"])


def a_side_deed_place(tok: Token) -> bool:
    """ "were buried in their home town of X", "a vigil was held in Y", "protested in Z",
    "produced before a court in W": the place is where a deed beside the incident was done,
    no word of the incident ("killed in", "the blast in", "broke out during a protest in")
    on the way up to its verb."""
    if places_incident(tok):
        return False
    verbs, nouns = _deed_words()
    chain = _chain(tok)
    if any(t.lemma_.lower() in _incident_words() for t in chain):
        return False  # "at the funeral of those killed in X": X is the killing's
    if any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in nouns for t in chain[1:]):
        return True  # "before a court in X", "at a vigil in Y"
    verb = chain[-1]
    return verb.pos_ in ("VERB", "AUX") and (
        verb.lemma_.lower() in verbs
        or any(c.dep_ in _DEED_DEPS and _names_deed(c, nouns) for c in verb.children)
        # "gathered at a church in X to mourn the victims": the deed the gathering was for
        or any(_a_purpose(c, verbs) for c in verb.children)
    )


def _a_purpose(clause: Token, verbs: frozenset[str]) -> bool:
    """ "to mourn the victims", "to protest the killings": an infinitive clause of a deed's
    verb, what the people were there for ("as commuters were heading home" is no purpose)."""
    return (
        clause.dep_ in _PURPOSE_DEPS
        and clause.lemma_.lower() in verbs
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    )


def _chain(tok: Token) -> list[Token]:
    """The place's token and the words that hold it, up to its verb (or as far as
    ``_CLIMB`` goes)."""
    chain = [tok]
    node = tok
    for _ in range(_CLIMB):
        if node.dep_ not in _HOLDING_DEPS or node.head.i == node.i:
            break
        node = node.head
        chain.append(node)
        if node.pos_ in ("VERB", "AUX"):
            break
    return chain


@functools.cache
def _incident_words() -> frozenset[str]:
    """The words that tell the incident itself: its nouns and verbs, a happening's verbs
    ("broke out"), an attack's ("stormed", "opened fire")."""
    return lexicon_places().incident_words | happening_verbs() | attack_verbs() | fighting_nouns()


def _names_deed(noun: Token, nouns: frozenset[str]) -> bool:
    """The noun, or a compound before it, names a deed ("the funeral", "funeral prayers")."""
    return noun.lemma_.lower() in nouns or any(
        c.dep_ == "compound" and c.lemma_.lower() in nouns for c in noun.children
    )
