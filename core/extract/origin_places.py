"""Where people come from, not where the harm was: "six labourers from Punjab", "two of the
dead were from Multan", "three cousins from Tarn who had been working in Wend"."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from core.extract.measures import lexicon, people_noun
from core.extract.place_words import custody, lexicon_places, taken_from
from core.rules import load_rules
from core.text import places

if TYPE_CHECKING:
    from spacy.tokens import Token


def an_origin(tok: Token) -> bool:
    """ "six labourers from Punjab", "pilgrims from Iran": where people come from, told of a
    noun, not where the harm was ("fled from Kabul" is a journey, read elsewhere). South Asian
    copy arrests people "from" where it arrests them ("arrested two men from Thane"). The
    name may qualify the place noun ("refugees from the Tarn hills region of Wend")."""
    while tok.dep_ in ("compound", "conj") and tok.head.i != tok.i:
        tok = tok.head  # "the Tarn hills region"; "Mexico" of "from Guatemala and Mexico"
    if _holding_an_origin(tok) or _a_life_place(tok):
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.dep_ == "pobj":
        tok = tok.head.head  # "Wend" of "the Tarn hills region of Wend"
    prep = tok.head
    noun = prep.doc[prep.i - 1] if prep.i > 0 else prep
    verb = prep.head if prep.head.pos_ == "VERB" else noun.head if noun.dep_ == "dobj" else None
    if (verb is not None and custody(verb) in ("arrested", "kidnapped")) or taken_from(tok):
        return False
    if prep.lower_ == "from" and an_arrest_part(noun):
        return False  # "arrested 23, 12 of them from X": where the twelve were picked up
    if tok.dep_ == "pobj" and prep.lower_ == "from" and _people_were_from(prep.head):
        return True  # "two of the dead were from Multan": where they came from
    return (
        tok.dep_ == "pobj"
        and prep.lower_ == "from"
        and prep.dep_ == "prep"
        # the parser often hangs "from" on the verb: the noun before it still governs it
        and prep.i > 0
        and _people(prep.doc[prep.i - 1])
        # "among the dead were three labourers from X": the copula's attribute too
        and prep.doc[prep.i - 1].dep_ in ("dobj", "nsubj", "nsubjpass", "pobj", "appos", "attr")
    )


def _holding_an_origin(tok: Token) -> bool:
    """ "three labourers from Tarn in Wend district": the unit written right after the town
    people came from, on the same people, holds that town; no scene either."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "in" or prep.i < 2:
        return False
    if tok.lower_ not in lexicon_places().area_nouns and not _a_wide_unit(tok.text):
        return False
    origin = prep.doc[prep.i - 1]
    while origin.dep_ in ("compound", "conj") and origin.head.i > origin.i:
        origin = origin.head
    held_by = prep.head.i in (origin.i, origin.head.head.i)  # on the town, or its people
    # "workers from Tarn province in Osk district": a province they came from holds no town in
    # a district, which is the scene
    name = [t.text for t in origin.subtree if t.i <= origin.i and t.dep_ != "det"]
    town = places.resolve(" ".join(name))
    return (
        held_by
        and origin.dep_ == "pobj"
        and origin.head.lower_ == "from"
        and _people(origin.head.head)
        and origin.pos_ == "PROPN"
        and (town is None or town.level == "city")
    )


def _a_wide_unit(name: str) -> bool:
    found = places.resolve(name)
    return found is not None and found.level in ("admin1", "district", "country")


# Verbs and nouns ("a home", "after working") between a place and the clause on people it
# is in, up to which the path is read.
_LIFE_CLIMB = 6


def _a_life_place(tok: Token) -> bool:
    """ "three cousins from Tarn who had been working in Wend": a place in a
    relative clause on people that says where they lived, worked or studied (``life_verbs``)
    and tells no harm is their life's, not the scene ("who were shot in Wend" is)."""
    node, lived = tok, False
    for _ in range(_LIFE_CLIMB):
        if node.head.i == node.i:
            return False
        node = node.head
        lemma = node.lemma_.lower()
        if lemma in lexicon_places().incident_words:
            return False
        lived = lived or (node.pos_ == "VERB" and lemma in life_verbs())
        if node.dep_ == "relcl":
            return lived and _people(node.head)
    return False


@functools.cache
def life_verbs() -> frozenset[str]:
    """ "work", "live": verbs of where people live, work or study (``rules/places.json``)."""
    return frozenset(str(w) for w in load_rules("places")["life_verbs"])


def an_arrest_part(word: Token) -> bool:
    """ "12 of them", "including five": a part of a count custody took, the word before a
    "from" that tells where that part was picked up."""
    part = word
    if word.pos_ == "PRON" and word.head.lower_ == "of":
        part = word.head.head  # "12" of "12 of them"
    if part.pos_ != "NUM":
        return False
    verb = part
    # "including" is tagged a verb: the count's own verb is above it
    while (verb.pos_ != "VERB" or verb.dep_ == "prep") and verb.head.i != verb.i:
        verb = verb.head
    return custody(verb) == "arrested"


def a_tallys_part(word: Token) -> bool:
    """ "four deaths were reported from Tarn district, three from Osk": a bare count (no
    noun of its own) that the "from" after it hangs on, the part of a tally by place that
    the place holds; "three men from Osk" is an origin (``an_origin``), and so is a part
    "including five from Osk" takes of the victims."""
    return (
        word.pos_ == "NUM"
        and word.dep_ not in ("nummod", "quantmod", "compound", "pobj")
        and any(c.dep_ == "prep" and c.lower_ == "from" for c in word.children)
    )


def _people_were_from(verb: Token) -> bool:
    """ "Two of the dead were from Multan", "the victims were from Swat": a copula whose
    subject is people or a count of them."""
    if verb.lemma_ != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.pos_ in ("ADJ", "DET", "PRON"):
        # "several of the victims", "most of them": the people a quantifier takes a part of
        subject = next(
            (p for c in subject.children if c.lower_ == "of" for p in c.children
             if p.dep_ == "pobj"),
            None,
        )
    return subject is not None and (
        subject.pos_ == "NUM"
        or subject.lemma_.lower() in lexicon().people_nouns
        or subject.lower_ in _PEOPLE_PRONOUNS
    )


# pronouns that stand for people counted before them ("most of them from Bhutan")
_PEOPLE_PRONOUNS = frozenset({"them", "whom"})
# Endings of nouns for people by what they do ("labourers", "refugees", "tourists").
_AGENT_ENDINGS = ("er", "or", "ist", "ee", "ant", "ian", "ent")


def _people(noun: Token) -> bool:
    """A noun for people ("workers from Sindh"), not a thing ("responses from Dubai", "the
    coast from Bandar Abbas")."""
    if noun.pos_ == "PROPN" or noun.ent_type_ == "NORP" or noun.lower_ in _PEOPLE_PRONOUNS:
        return True  # "refugees, most of them from Bhutan"
    if noun.dep_ == "appos" and noun.head.i != noun.i and people_noun(noun.head):
        return True  # "the two people in the car, a couple from X": what the people are
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (
        lemma in lexicon().people_nouns or lemma.endswith(_AGENT_ENDINGS)
    )
