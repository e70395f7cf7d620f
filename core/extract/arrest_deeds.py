"""The deed an arrest or a charge is for, whose time is not the arrest's: "a neighbour has been
charged in the 1981 killings of two clerks", "police arrested a man in the 2003 killing of a
shopkeeper". The year names which deed (its victims' figure takes it); the arrest is news of
the report's own days."""

from __future__ import annotations

from typing import TYPE_CHECKING

from core.extract.incident_words import incident_noun
from core.extract.measures import lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

# the prepositions by which an arrest or a charge names its deed
DEED_PREPOSITIONS = frozenset({"in", "for", "over", "with"})


def dates_the_deed(anchor: Token, date: Token) -> bool:
    """The figure's verb arrests or charges, and the date stands inside the phrase by which it
    names the deed ("charged in the 1981 killings", "arrested over the Easter Sunday
    bombings"), on the verb or on the person arrested."""
    verb = next((t for t in (anchor, *anchor.ancestors) if t.pos_ == "VERB"), None)
    if verb is None or not _takes_in(verb):
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))]
    if anchor.i not in {h.i for h in holders}:
        return False  # "convicted of double murder in the 2010 rampage": the victims' figure
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ not in DEED_PREPOSITIONS:
                continue
            deeds = [p for p in prep.children if p.dep_ == "pobj" and incident_noun(p)]
            # the date before the deed's noun names it ("the 1981 killings"); one after it
            # may be the arrest's own ("charged in the March shooting on Thursday")
            if any(date.i in {w.i for left in d.lefts for w in left.subtree} for d in deeds):
                return anchor.i not in {t.i for t in prep.subtree}
    return False


def _takes_in(verb: Token) -> bool:
    """An arrest or a charge: "arrested", "detained", "charged", "indicted"."""
    lex, lemma = lexicon(), verb.lemma_.lower()
    return lex.verbs.get(lemma) == "arrested" or lemma in lex.charge_words
